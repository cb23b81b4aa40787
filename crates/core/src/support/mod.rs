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
pub mod overview;
#[cfg(feature = "pages")]
pub mod questions;
#[cfg(feature = "pages")]
pub mod status;
#[cfg(feature = "pages")]
mod words;

#[cfg(feature = "pages")]
pub use words::Tell;

use crate::basics::text::Locale;

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

/// The month's name in `locale`'s language (1 to 12).
pub fn month_name(month: u32, locale: &Locale) -> String {
    use crate::messages::catalog::page_words::key as k;
    const MONTHS: [usize; 12] = [k::MONTH_1, k::MONTH_2, k::MONTH_3, k::MONTH_4, k::MONTH_5, k::MONTH_6, k::MONTH_7, k::MONTH_8, k::MONTH_9, k::MONTH_10, k::MONTH_11, k::MONTH_12];
    let key = MONTHS.get(month.clamp(1, 12) as usize - 1).copied().unwrap_or(k::MONTH_1);
    crate::messages::catalog::say_page(locale, key, &[])
}

/// "3 December 2026" in `locale`'s language.
pub fn date_words(year: i32, month: u32, day: u32, locale: &Locale) -> String {
    use crate::messages::catalog::page_words::key as k;
    crate::messages::catalog::say_page(locale, k::DATE, &[day.into(), (&month_name(month, locale)).into(), i64::from(year).into()])
}

impl WallTime {
    /// "2 December 2026", "2 december 2026".
    pub fn date(self, locale: &Locale) -> String {
        date_words(self.year, self.month, self.day, locale)
    }

    /// "2 December", for a day this year.
    pub fn day_and_month(self, locale: &Locale) -> String {
        use crate::messages::catalog::page_words::key as k;
        crate::messages::catalog::say_page(locale, k::DAY_AND_MONTH, &[self.day.into(), (&month_name(self.month, locale)).into()])
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
    use crate::messages::catalog::page_words::key as k;
    crate::messages::catalog::say_page(locale, k::TIME_OF_DAY, &[(&format!("{hour:02}")).into(), (&format!("{minute:02}")).into()])
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
