//! The applicant's answers, and how a single answer is addressed.

use serde::{Deserialize, Serialize};
use crate::basics::map::Map;

/// The answer to a date question whose date the applicant has only partly typed (a browser's date
/// field has no value for it). It is not a date, so validation asks for the whole date.
pub const INCOMPLETE_DATE: &str = "incomplete";

/// A memorable date's answer from its day, month and year fields, in the form a date field gives
/// (`1990-03-05`), or "" when all three are empty. A one-digit day or month is padded; anything
/// else is kept as typed, so that the applicant sees it again after a reload and validation
/// names what is wrong.
pub fn date_from_parts(day: &str, month: &str, year: &str) -> String {
    // Arabic-Indic and Persian digits first, so that "۴" is padded to "04" like "4".
    let clean = |part: &str| part.chars().map(crate::basics::text::ascii_digit).filter(|c| !c.is_whitespace() && *c != '-').collect::<String>();
    let (day, month, year) = (clean(day), clean(month), clean(year));
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return String::new();
    }
    let pad = |part: String| if part.len() == 1 && part.as_bytes()[0].is_ascii_digit() { format!("0{part}") } else { part };
    format!("{year}-{}-{}", pad(month), pad(day))
}

/// The day, month and year fields of a memorable date's answer: the reverse of
/// [`date_from_parts`].
pub fn date_parts(answer: &str) -> [String; 3] {
    if answer == INCOMPLETE_DATE {
        return Default::default();
    }
    let mut parts = answer.splitn(3, '-').map(String::from);
    let (year, month, day) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
    [day, month, year]
}

/// One answer. Text questions, dates, numbers, single choices, yes/no and countries hold text;
/// multiple choice holds the ticked values; a repeating group holds one set of answers per entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Text(String),
    Choices(Vec<String>),
    Entries(Vec<Answers>),
}

impl Answer {
    pub fn as_text(&self) -> &str {
        match self {
            Answer::Text(t) => t,
            _ => "",
        }
    }
    pub fn choices(&self) -> &[String] {
        match self {
            Answer::Choices(c) => c,
            _ => &[],
        }
    }
    /// The entries of a group. An empty list reads back from JSON as `Choices([])`; it is also
    /// zero entries.
    pub fn entries(&self) -> &[Answers] {
        match self {
            Answer::Entries(e) => e,
            _ => &[],
        }
    }
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::Choices(c) => c.is_empty(),
            Answer::Entries(e) => e.is_empty(),
        }
    }
}

/// Answers by question id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub Map<Answer>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    pub fn at(&self, path: &FieldPath) -> Option<&Answer> {
        match &path.group {
            None => self.0.get(&path.id),
            Some((group, index)) => self.0.get(group)?.entries().get(*index)?.0.get(&path.id),
        }
    }

    /// Stores an answer; an empty answer removes the question's entry so that "not answered" has
    /// one representation.
    pub fn set(&mut self, path: &FieldPath, answer: Answer) {
        let map = match &path.group {
            None => &mut self.0,
            Some((group, index)) => {
                let Some(Answer::Entries(entries)) = self.0.get_mut(group) else { return };
                let Some(entry) = entries.get_mut(*index) else { return };
                &mut entry.0
            }
        };
        if answer.is_empty() {
            map.remove(&path.id);
        } else {
            map.insert(path.id.clone(), answer);
        }
    }

    pub fn entry_count(&self, group: &str) -> usize {
        self.0.get(group).map_or(0, |a| a.entries().len())
    }

    pub fn add_entry(&mut self, group: &str) -> usize {
        let slot = self.0.get_or_insert_with(group, || Answer::Entries(Vec::new()));
        if !matches!(slot, Answer::Entries(_)) {
            *slot = Answer::Entries(Vec::new());
        }
        let Answer::Entries(entries) = slot else { unreachable!() };
        entries.push(Answers::default());
        entries.len() - 1
    }

    pub fn remove_entry(&mut self, group: &str, index: usize) {
        if let Some(Answer::Entries(entries)) = self.0.get_mut(group) {
            if index < entries.len() {
                entries.remove(index);
            }
            if entries.is_empty() {
                self.0.remove(group);
            }
        }
    }
}

/// Where an answer lives: a top-level question, or a question in one entry of a repeating group.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath {
    pub group: Option<(String, usize)>,
    pub id: String,
}

impl FieldPath {
    pub fn top(id: &str) -> Self {
        FieldPath { group: None, id: id.to_string() }
    }
    pub fn in_entry(group: &str, index: usize, id: &str) -> Self {
        FieldPath { group: Some((group.to_string(), index)), id: id.to_string() }
    }
    /// A DOM id for the input of this answer, stable across renders: `q-name`,
    /// `q-children-2-name`. Error-summary links point at it.
    pub fn dom_id(&self) -> String {
        match &self.group {
            None => format!("q-{}", self.id),
            Some((group, index)) => format!("q-{group}-{index}-{}", self.id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_through_json_and_empty_means_unanswered() {
        let json = r#"{"name":"Ada","langs":["sv","en"],"children":[{"name":"Bo"},{}]}"#;
        let mut answers: Answers = serde_json::from_str(json).unwrap();
        assert_eq!(answers.at(&FieldPath::in_entry("children", 0, "name")), Some(&Answer::Text("Bo".into())));
        assert_eq!(answers.entry_count("children"), 2);
        answers.set(&FieldPath::top("name"), Answer::Text("  ".into()));
        assert_eq!(answers.get("name"), None);
        answers.remove_entry("children", 0);
        answers.remove_entry("children", 0);
        assert_eq!(answers.get("children"), None);
        assert_eq!(serde_json::to_string(&answers).unwrap(), r#"{"langs":["sv","en"]}"#);
    }
}
