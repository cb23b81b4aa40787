//! Checking an application without signing in (R12): the reference number and the applicant's
//! date of birth, what is checked in what was typed, and what the answer says. Whether the pair
//! matches an application is the store's to say, and a pair that does not match gets one answer
//! whichever of the two is wrong.

use super::{Tell, WallTime};
use crate::run::validate::parse_date;
use chrono::NaiveDate;

/// What the applicant asks about, as checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookup {
    /// Upper case, without spaces: `BL-2026-4821-0736`.
    pub reference: String,
    pub date_of_birth: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Reference,
    DateOfBirth,
}

impl Field {
    /// The input's DOM id, which the error summary links to.
    pub fn dom_id(self) -> &'static str {
        match self {
            Field::Reference => "status-reference",
            Field::DateOfBirth => "status-date-of-birth",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub text: Tell,
}

/// A reference number as the service writes it: letters, then groups of digits, each after a
/// dash (`BL-2026-4821-0736`; older ones `BL-2026-000001`).
pub fn normal_reference(typed: &str) -> Option<String> {
    let reference: String = typed.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let mut groups = reference.split('-');
    let letters = groups.next()?;
    let digits: Vec<&str> = groups.collect();
    let fits = (1..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && !digits.is_empty()
        && digits.iter().all(|group| !group.is_empty() && group.len() <= 8 && group.bytes().all(|b| b.is_ascii_digit()));
    (fits && reference.len() <= 32).then_some(reference)
}

/// A date of birth as a date input sends it (`1990-03-27`), or as eight digits (`19900327`) where
/// the browser shows a plain text box.
pub fn parse_birth_date(typed: &str) -> Option<NaiveDate> {
    let typed = typed.trim();
    if let (8, Some(year), Some(month), Some(day)) = (typed.len(), typed.get(..4), typed.get(4..6), typed.get(6..)) {
        if typed.bytes().all(|b| b.is_ascii_digit()) {
            return parse_date(&format!("{year}-{month}-{day}"));
        }
    }
    parse_date(typed)
}

/// Checks what was typed; every problem, each at its field.
pub fn check(reference: &str, date_of_birth: &str, today: NaiveDate) -> Result<Lookup, Vec<Problem>> {
    let (reference_ascii, date_ascii) = (crate::basics::text::ascii_digits(reference), crate::basics::text::ascii_digits(date_of_birth));
    let reference = reference_ascii.as_deref().unwrap_or(reference);
    let date_of_birth = date_ascii.as_deref().unwrap_or(date_of_birth);
    let mut problems = Vec::new();
    let normal = normal_reference(reference);
    if reference.trim().is_empty() {
        problems.push(Problem { field: Field::Reference, text: Tell::EnterReference });
    } else if normal.is_none() {
        problems.push(Problem { field: Field::Reference, text: Tell::ReferenceFormat });
    }
    let date = parse_birth_date(date_of_birth);
    match date {
        _ if date_of_birth.trim().is_empty() => problems.push(Problem { field: Field::DateOfBirth, text: Tell::EnterDateOfBirth }),
        None => problems.push(Problem { field: Field::DateOfBirth, text: Tell::DateOfBirthFormat }),
        Some(date) if date >= today => problems.push(Problem { field: Field::DateOfBirth, text: Tell::DateOfBirthInPast }),
        Some(_) => {}
    }
    match (normal, date) {
        (Some(reference), Some(date_of_birth)) if problems.is_empty() => Ok(Lookup { reference, date_of_birth }),
        _ => Err(problems),
    }
}

/// What the check found, with the times on the service's clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Found { reference: String, registered: WallTime, decided: Option<WallTime> },
    /// No application has this reference number with this date of birth: one answer for both.
    NotFound,
    /// Too many checks: the next is allowed at this time (`now` is when it was refused).
    TryAgainAt { at: WallTime, now: WallTime },
}

impl Answer {
    /// Its words, paragraph by paragraph; the first is its heading where it has one.
    pub fn words(&self) -> Vec<Tell> {
        match self {
            Answer::Found { reference, registered, decided } => {
                let mut words = vec![Tell::Registered { reference: reference.clone(), at: *registered }];
                words.push(match decided {
                    Some(at) => Tell::Decided { at: *at },
                    None => Tell::NotDecided,
                });
                words
            }
            Answer::NotFound => vec![Tell::NotFound],
            Answer::TryAgainAt { at, now } => vec![Tell::TryAgainAt { at: *at, today: at.same_day(*now) }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::text::Locale;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    #[test]
    fn a_reference_number_is_read_as_the_service_writes_it() {
        assert_eq!(normal_reference(" bl-2026-4821-0736 ").as_deref(), Some("BL-2026-4821-0736"));
        assert_eq!(normal_reference("BL-2026 4821-0736").as_deref(), Some("BL-20264821-0736"));
        assert_eq!(normal_reference("BL-2026-000001").as_deref(), Some("BL-2026-000001"));
        for wrong in ["2026-4821-0736", "BL", "BL-", "BL--1", "BL-2026-48x1", "ÅÄ-2026", "BL-123456789", "' OR 1=1 --"] {
            assert_eq!(normal_reference(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn every_problem_is_at_its_field() {
        let fields = |r: &str, d: &str| check(r, d, today()).unwrap_err().into_iter().map(|p| (p.field, p.text)).collect::<Vec<_>>();
        assert_eq!(fields("", ""), vec![(Field::Reference, Tell::EnterReference), (Field::DateOfBirth, Tell::EnterDateOfBirth)]);
        assert_eq!(fields("reference", "1990-02-30"), vec![(Field::Reference, Tell::ReferenceFormat), (Field::DateOfBirth, Tell::DateOfBirthFormat)]);
        assert_eq!(fields("BL-2026-4821-0736", "2026-12-02"), vec![(Field::DateOfBirth, Tell::DateOfBirthInPast)]);
        assert_eq!(
            check("bl-2026-4821-0736", "19900327", today()),
            Ok(Lookup { reference: "BL-2026-4821-0736".into(), date_of_birth: NaiveDate::from_ymd_opt(1990, 3, 27).unwrap() })
        );
    }

    #[test]
    fn the_answer_says_registered_decided_or_when_to_try_again() {
        let at = |day, hour, minute| WallTime { year: 2026, month: 12, day, hour, minute };
        let en = Locale::new("en");
        let found = Answer::Found { reference: "BL-2026-4821-0736".into(), registered: at(1, 14, 5), decided: None };
        let words: Vec<String> = found.words().into_iter().map(|w| w.text(&en)).collect();
        assert_eq!(words[0], "Application BL-2026-4821-0736 is registered. It was registered on 1 December 2026 at 14:05.");
        assert!(words[1].starts_with("No decision has been made yet"));
        let decided = Answer::Found { reference: "BL-1".into(), registered: at(1, 14, 5), decided: Some(at(2, 9, 0)) };
        assert_eq!(decided.words()[1].clone().text(&Locale::new("sv")), "Ett beslut har fattats i ärendet den 2 december 2026.");
        let later_today = Answer::TryAgainAt { at: at(2, 14, 5), now: at(2, 13, 5) };
        assert!(later_today.words()[0].clone().text(&en).ends_with("try again at 14:05."));
        let tomorrow = Answer::TryAgainAt { at: at(3, 0, 4), now: at(2, 23, 4) };
        assert!(tomorrow.words()[0].clone().text(&Locale::new("sv")).ends_with("försöka igen den 3 december kl. 00.04."));
    }
}
