//! The support team's contacts as the deployment configures them (R14): a phone number with its
//! opening hours, and an email address. The backend reads its configuration file into strings;
//! these check them, each problem named by its setting, and say them in the applicant's language.

use super::clock;
use crate::basics::text::Locale;
use crate::run::validate::is_email;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contacts {
    pub phone: Option<Phone>,
    /// When the phone is answered, in the service's time zone.
    pub hours: Vec<Hours>,
    pub email: Option<String>,
}

/// A phone number as people read it (`+46 771-235 235`) and as a `tel:` link dials it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub shown: String,
    pub dialled: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

use crate::messages::catalog::page_words::key as k;

/// A day's name in the service file, the day, and its name's message.
const WEEKDAYS: [(&str, Weekday, usize); 7] = [
    ("monday", Weekday::Monday, k::MONDAY),
    ("tuesday", Weekday::Tuesday, k::TUESDAY),
    ("wednesday", Weekday::Wednesday, k::WEDNESDAY),
    ("thursday", Weekday::Thursday, k::THURSDAY),
    ("friday", Weekday::Friday, k::FRIDAY),
    ("saturday", Weekday::Saturday, k::SATURDAY),
    ("sunday", Weekday::Sunday, k::SUNDAY),
];

impl Weekday {
    fn parse(text: &str) -> Option<Weekday> {
        WEEKDAYS.iter().find(|(name, ..)| *name == text).map(|(_, day, ..)| *day)
    }

    fn name(self, locale: &Locale) -> String {
        let (_, _, key) = WEEKDAYS[self as usize];
        crate::messages::catalog::say_page(locale, key, &[])
    }
}

/// Days the phone is answered, and from when to when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hours {
    pub first: Weekday,
    pub last: Weekday,
    /// Hour and minute.
    pub opens: (u32, u32),
    pub closes: (u32, u32),
}

impl Hours {
    /// `days` is `monday-friday` or one day (`saturday`); `opens` and `closes` are `09:00`.
    pub fn parse(days: &str, opens: &str, closes: &str) -> Result<Hours, String> {
        let days = days.trim().to_ascii_lowercase();
        let (first, last) = days.split_once('-').unwrap_or((&days, &days));
        let day = |name: &str| Weekday::parse(name.trim()).ok_or_else(|| format!("days: \"{name}\" is not a day of the week; write them in English, like monday-friday"));
        let (first, last) = (day(first)?, day(last)?);
        if last < first {
            return Err("days: the first day must come before the last in the week, like monday-friday".into());
        }
        let time = |name: &str, text: &str| {
            let wrong = || format!("{name}: \"{text}\" is not a time of day; write it as 09:00");
            let (hour, minute) = text.trim().split_once([':', '.']).ok_or_else(wrong)?;
            let two_digits = minute.len() == 2;
            match (hour.parse::<u32>(), minute.parse::<u32>()) {
                (Ok(hour), Ok(minute)) if hour < 24 && minute < 60 && two_digits => Ok((hour, minute)),
                _ => Err(wrong()),
            }
        };
        let (opens, closes) = (time("opens", opens)?, time("closes", closes)?);
        if closes <= opens {
            return Err("closes: the phone must close after it opens".into());
        }
        Ok(Hours { first, last, opens, closes })
    }

    /// "Monday–Friday 09:00–15:00", "Måndag–fredag 09.00–15.00".
    pub fn text(&self, locale: &Locale) -> String {
        let days = if self.first == self.last { capitalised(&self.first.name(locale)) } else { format!("{}–{}", capitalised(&self.first.name(locale)), self.last.name(locale)) };
        format!("{days} {}–{}", clock(self.opens.0, self.opens.1, locale), clock(self.closes.0, self.closes.1, locale))
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

impl Phone {
    /// A number as people should read it: digits, spaces, `-`, and `+` first.
    pub fn parse(text: &str) -> Result<Phone, String> {
        let shown = text.trim();
        let fits = shown.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0));
        let dialled: String = shown.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        if !fits || dialled.trim_start_matches('+').len() < 5 {
            return Err(format!("phone: \"{shown}\" is not a phone number; write it as people should dial it, like +46 771-235 235"));
        }
        Ok(Phone { shown: shown.to_string(), dialled })
    }
}

/// Checks an email address for the contacts.
pub fn email(text: &str) -> Result<String, String> {
    let text = text.trim();
    if is_email(text) {
        Ok(text.to_string())
    } else {
        Err(format!("email: \"{text}\" is not an email address"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_are_read_and_said_in_both_languages() {
        let hours = Hours::parse("monday-friday", "09:00", "15:00").unwrap();
        assert_eq!(hours.text(&Locale::new("en")), "Monday–Friday 09:00–15:00");
        assert_eq!(hours.text(&Locale::new("sv")), "Måndag–fredag 09.00–15.00");
        let saturday = Hours::parse("Saturday", "10.00", "13:30").unwrap();
        assert_eq!(saturday.text(&Locale::new("sv")), "Lördag 10.00–13.30");
    }

    #[test]
    fn wrong_opening_hours_say_which_setting_and_how_to_write_it() {
        assert!(Hours::parse("mon-fri", "09:00", "15:00").unwrap_err().starts_with("days: \"mon\""));
        assert!(Hours::parse("friday-monday", "09:00", "15:00").unwrap_err().starts_with("days:"));
        assert!(Hours::parse("monday", "9", "15:00").unwrap_err().starts_with("opens:"));
        assert!(Hours::parse("monday", "09:00", "25:00").unwrap_err().starts_with("closes:"));
        assert!(Hours::parse("monday", "09:0", "15:00").unwrap_err().starts_with("opens:"));
        assert!(Hours::parse("monday", "15:00", "09:00").unwrap_err().starts_with("closes:"));
    }

    #[test]
    fn a_phone_number_is_shown_as_written_and_dialled_as_digits() {
        assert_eq!(Phone::parse(" +46 771-235 235 ").unwrap(), Phone { shown: "+46 771-235 235".into(), dialled: "+46771235235".into() });
        assert!(Phone::parse("call us").is_err());
        assert!(Phone::parse("12+34").is_err());
        assert!(Phone::parse("+46").is_err());
        assert_eq!(email(" support@example.se ").unwrap(), "support@example.se");
        assert!(email("support").unwrap_err().starts_with("email:"));
    }
}
