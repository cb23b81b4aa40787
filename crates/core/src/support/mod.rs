//! The pages around the forms (issue 16): checking an application without signing in (R12), the
//! support page with its advice, common questions and contacts (R13, R14), and "Did this page
//! help you?" (R14). The rules and the words; the reference backend renders the pages
//! (`crates/server/src/support/`), and the app shows the feedback prompt at the end of its pages.
//!
//! Times are the service's: the backend turns a moment into a [`WallTime`] in its time zone, and
//! the words here say it the applicant's way.

// Only the backend renders the pages; the app asks for feedback only, and its download carries
// none of the rest (the feature is the server's).
#[cfg(feature = "pages")]
pub mod contacts;
pub mod feedback;
#[cfg(feature = "pages")]
pub mod questions;
#[cfg(feature = "pages")]
pub mod status;
#[cfg(feature = "pages")]
mod words;

#[cfg(feature = "pages")]
pub use words::Tell;

use crate::basics::text::{Lang, Locale};

/// A moment as a clock on the wall shows it in the service's time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct WallTime {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

const SV_MONTHS: [&str; 12] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const EN_MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

impl WallTime {
    /// "2 December 2026", "2 december 2026".
    pub fn date(self, locale: &Locale) -> String {
        let months = if locale.chrome() == Lang::Sv { SV_MONTHS } else { EN_MONTHS };
        let month = months[(self.month.clamp(1, 12) - 1) as usize];
        format!("{} {month} {}", self.day, self.year)
    }

    /// "2 December", for a day this year.
    pub fn day_and_month(self, locale: &Locale) -> String {
        let months = if locale.chrome() == Lang::Sv { SV_MONTHS } else { EN_MONTHS };
        format!("{} {}", self.day, months[(self.month.clamp(1, 12) - 1) as usize])
    }

    /// "14:05" in English, "14.05" in Swedish (as Swedish writes the time of day).
    pub fn time(self, locale: &Locale) -> String {
        clock(self.hour, self.minute, locale)
    }

    pub fn same_day(self, other: WallTime) -> bool {
        (self.year, self.month, self.day) == (other.year, other.month, other.day)
    }
}

/// A time of day the language's way.
pub fn clock(hour: u32, minute: u32, locale: &Locale) -> String {
    let separator = if locale.chrome() == Lang::Sv { '.' } else { ':' };
    format!("{hour:02}{separator}{minute:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_are_said_each_language_s_way() {
        let at = WallTime { year: 2026, month: 12, day: 2, hour: 9, minute: 5 };
        assert_eq!(at.date(&Locale::new("en")), "2 December 2026");
        assert_eq!(at.date(&Locale::new("sv")), "2 december 2026");
        assert_eq!(at.time(&Locale::new("en")), "09:05");
        assert_eq!(at.time(&Locale::new("sv")), "09.05");
        assert!(at.same_day(WallTime { hour: 23, ..at }));
        assert!(!at.same_day(WallTime { day: 3, hour: 0, ..at }));
    }
}
