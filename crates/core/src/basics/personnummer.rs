//! Swedish personal identity numbers (personnummer) and coordination numbers
//! (samordningsnummer), checked the way the Swedish Tax Agency defines them.
//!
//! Almost every Swedish form asks for one of these numbers, and applicants write them in many
//! ways: with or without the century, with a dash, a plus sign or nothing before the last four
//! digits. This module accepts every form that the Tax Agency itself uses, rejects everything
//! else, and turns an accepted number into one normalized spelling ("YYYYMMDD-NNNN") so that the
//! rest of the engine never has to care how it was typed.
//!
//! A number is checked in three steps, and the first failing step decides the error, so that an
//! applicant is told about the most basic mistake first: the shape of the text, then whether the
//! birth date exists, then the Luhn check digit. A coordination number is a personal identity
//! number with 60 added to the day of birth; the real birth date must still exist.
//!
//! A ten-digit number leaves out the century. The century is then chosen so that the person is
//! younger than 100 on the given day, unless the separator is a plus sign, which by law marks
//! a person who has turned 100. The current date is a parameter rather than read from the clock
//! so that the result is the same on the server and in the browser, and in tests.

/// Whether a number belongs to someone registered in Sweden or is a coordination number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentityNumberType {
    /// A personnummer: the day of birth is written as it is.
    PersonalIdentityNumber,
    /// A samordningsnummer: 60 is added to the day of birth (61–91).
    CoordinationNumber,
}

/// Why a text is not a valid identity number, in the order the checks are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentityNumberError {
    /// Not 10 or 12 digits with an allowed separator in the allowed place.
    WrongFormat,
    /// The birth date does not exist (month 13, 30 February, day 92 and so on).
    ImpossibleDate,
    /// The last digit does not match the Luhn check digit of the nine before it.
    WrongCheckDigit,
}

/// A valid identity number, with the birth date it encodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdentityNumber {
    pub kind: IdentityNumberType,
    /// The full year of birth, with the century worked out for ten-digit numbers.
    pub year: i32,
    pub month: u32,
    /// The real day of birth: for a coordination number, the written day minus 60.
    pub day: u32,
    /// Twelve digits with a dash before the last four, "YYYYMMDD-NNNN". The day is kept as
    /// written, so a coordination number keeps its day plus 60 ("19701063-1237").
    pub normalized: String,
}

/// Checks and normalizes a personal identity number or coordination number.
///
/// `today` is (year, month, day) and is used only for the century of 10-digit numbers.
///
/// # Errors
///
/// [`IdentityNumberError::WrongFormat`] if the text is not 10 or 12 digits with an allowed
/// separator, [`IdentityNumberError::ImpossibleDate`] if the birth date does not exist, and
/// [`IdentityNumberError::WrongCheckDigit`] if the Luhn check digit does not match; the first
/// of these that applies is returned.
pub fn parse_identity_number(
    input: &str,
    today: (i32, u32, u32),
) -> Result<IdentityNumber, IdentityNumberError> {
    let text = input.trim();
    let bytes = text.as_bytes();

    // Step 1: the shape. Byte positions are safe because any non-ASCII character makes at
    // least one byte fail the digit test.
    let (digits, separator): (Vec<u8>, Option<u8>) = match bytes.len() {
        10 | 12 => (bytes.to_vec(), None),
        // A space where the dash goes is how many people write the number; it means the dash.
        11 if matches!(bytes[6], b'-' | b'+' | b' ') => {
            let separator = if bytes[6] == b'+' { b'+' } else { b'-' };
            ([&bytes[..6], &bytes[7..]].concat(), Some(separator))
        }
        13 if matches!(bytes[8], b'-' | b' ') => ([&bytes[..8], &bytes[9..]].concat(), Some(b'-')),
        _ => return Err(IdentityNumberError::WrongFormat),
    };
    if !digits.iter().all(u8::is_ascii_digit) {
        return Err(IdentityNumberError::WrongFormat);
    }
    let digits: Vec<u32> = digits.iter().map(|b| u32::from(b - b'0')).collect();
    let number =
        |range: std::ops::Range<usize>| digits[range].iter().fold(0u32, |acc, d| acc * 10 + d);

    // The last ten digits are YYMMDDNNNC in both forms.
    let short = &digits[digits.len() - 10..];
    let offset = digits.len() - 10;
    let month = number(offset + 2..offset + 4);
    let written_day = number(offset + 4..offset + 6);
    let (kind, day) = if (61..=91).contains(&written_day) {
        (IdentityNumberType::CoordinationNumber, written_day - 60)
    } else {
        (IdentityNumberType::PersonalIdentityNumber, written_day)
    };

    // Step 2: the date, once the century is known.
    let year = if digits.len() == 12 {
        number(0..4) as i32
    } else {
        let two_digit_year = number(0..2) as i32;
        let (this_year, this_month, this_day) = today;
        // The latest year ending in these two digits that is not after this year ...
        let mut year = this_year - (this_year - two_digit_year).rem_euclid(100);
        // ... and a century earlier if the birthday would still be ahead of us this year.
        if year == this_year && (month, day) > (this_month, this_day) {
            year -= 100;
        }
        if separator == Some(b'+') {
            year -= 100;
        }
        year
    };
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return Err(IdentityNumberError::ImpossibleDate);
    }

    // Step 3: the check digit.
    if luhn_check_digit(&short[..9]) != short[9] {
        return Err(IdentityNumberError::WrongCheckDigit);
    }

    // The last four characters are digits: the shape was checked above.
    let tail = text.get(text.len() - 4..).unwrap_or_default();
    Ok(IdentityNumber {
        kind,
        year,
        month,
        day,
        normalized: format!("{year:04}{month:02}{written_day:02}-{tail}"),
    })
}

/// A valid number, "YYYYMMDD-NNNC", for someone born on `year-month-day` (a coordination number,
/// with 60 added to the day, if `coordination`): a form preview's example answer. The birth
/// number 980 is made up; the check digit is computed, so the number passes every check a real
/// one does.
pub fn example_number(year: i32, month: u32, day: u32, coordination: bool) -> String {
    let written_day = if coordination { day + 60 } else { day };
    let year_digits = year.rem_euclid(100) as u32;
    let short = [year_digits / 10, year_digits % 10, month / 10, month % 10, written_day / 10, written_day % 10, 9, 8, 0];
    format!("{year:04}{month:02}{written_day:02}-980{}", luhn_check_digit(&short))
}

/// The Luhn check digit of the given digits: every other digit, starting with the first, is
/// doubled, the digits of the products are summed, and the check digit tops the sum up to a
/// multiple of ten.
fn luhn_check_digit(digits: &[u32]) -> u32 {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let weighted = if i % 2 == 0 { d * 2 } else { d };
            weighted / 10 + weighted % 10
        })
        .sum();
    (10 - sum % 10) % 10
}

/// Gregorian leap years: divisible by 4, except centuries that are not divisible by 400.
fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::IdentityNumberError::*;
    use super::IdentityNumberType::*;
    use super::*;

    // Every check digit below was computed by hand (and cross-checked with an independent Luhn
    // script), never by the code under test.
    const TODAY: (i32, u32, u32) = (2026, 11, 21);

    fn parse(input: &str) -> Result<IdentityNumber, IdentityNumberError> {
        parse_identity_number(input, TODAY)
    }

    fn ok(input: &str) -> IdentityNumber {
        parse(input).unwrap_or_else(|e| panic!("{input:?} should be valid, got {e:?}"))
    }

    /// (year, month, day, normalized) of a valid number, for compact assertions.
    fn summary(input: &str) -> (i32, u32, u32, String) {
        let n = ok(input);
        (n.year, n.month, n.day, n.normalized)
    }

    #[test]
    fn an_example_number_passes_every_check() {
        for (year, month, day) in [(1996, 1, 1), (1990, 2, 28), (2000, 2, 29), (1985, 12, 31), (2024, 7, 9)] {
            let personal = ok(&example_number(year, month, day, false));
            assert_eq!((personal.kind, personal.year, personal.month, personal.day), (PersonalIdentityNumber, year, month, day));
            let coordination = ok(&example_number(year, month, day, true));
            assert_eq!((coordination.kind, coordination.year, coordination.month, coordination.day), (CoordinationNumber, year, month, day));
        }
        assert_eq!(example_number(1996, 1, 1, false).len(), 13, "twelve digits and a dash");
    }

    #[test]
    fn luhn_matches_known_numbers() {
        // 8 1 1 2 1 8 9 8 7 weighted 2,1,2,1,...: 16→7,1,2,2,2,8,18→9,8,14→5 = 44 → 6.
        assert_eq!(luhn_check_digit(&[8, 1, 1, 2, 1, 8, 9, 8, 7]), 6);
        // 1 2 1 2 1 2 1 2 1: nine digits all becoming 2 = 18 → 2.
        assert_eq!(luhn_check_digit(&[1, 2, 1, 2, 1, 2, 1, 2, 1]), 2);
        // A sum that is already a multiple of ten gives 0, not 10.
        assert_eq!(luhn_check_digit(&[8, 5, 0, 2, 3, 0, 1, 2, 3]), 0);
    }

    #[test]
    fn valid_twelve_digit_numbers_with_and_without_dash() {
        let n = ok("19811218-9876");
        assert_eq!(
            n,
            IdentityNumber {
                kind: PersonalIdentityNumber,
                year: 1981,
                month: 12,
                day: 18,
                normalized: "19811218-9876".to_string(),
            }
        );
        assert_eq!(ok("198112189876"), n);
        assert_eq!(
            summary("19121212-1212"),
            (1912, 12, 12, "19121212-1212".into())
        );
        assert_eq!(
            summary("191212121212"),
            (1912, 12, 12, "19121212-1212".into())
        );
    }

    #[test]
    fn valid_ten_digit_numbers_with_and_without_dash() {
        let n = ok("811218-9876");
        assert_eq!(n.kind, PersonalIdentityNumber);
        assert_eq!(
            summary("811218-9876"),
            (1981, 12, 18, "19811218-9876".into())
        );
        assert_eq!(
            summary("8112189876"),
            (1981, 12, 18, "19811218-9876".into())
        );
        // Without a plus sign the person is under 100, so 12 means 2012, not 1912.
        assert_eq!(
            summary("121212-1212"),
            (2012, 12, 12, "20121212-1212".into())
        );
        assert_eq!(
            summary("1212121212"),
            (2012, 12, 12, "20121212-1212".into())
        );
    }

    #[test]
    fn a_space_in_place_of_the_dash_is_read_as_the_dash() {
        let n = ok("198112189876");
        assert_eq!(ok("19811218 9876"), n);
        assert_eq!(ok("811218 9876"), n);
    }

    #[test]
    fn surrounding_whitespace_is_ignored() {
        assert_eq!(
            summary("  811218-9876\n"),
            (1981, 12, 18, "19811218-9876".into())
        );
        assert_eq!(
            summary("\t198112189876 "),
            (1981, 12, 18, "19811218-9876".into())
        );
    }

    #[test]
    fn wrong_check_digit() {
        assert_eq!(parse("811218-9875"), Err(WrongCheckDigit));
        assert_eq!(parse("8112189870"), Err(WrongCheckDigit));
        assert_eq!(parse("19811218-9877"), Err(WrongCheckDigit));
        assert_eq!(parse("191212121213"), Err(WrongCheckDigit));
        // Swapping two digits is the kind of typo Luhn is there to catch.
        assert_eq!(parse("811218-9786"), Err(WrongCheckDigit));
    }

    #[test]
    fn the_check_digit_ignores_the_century() {
        // The check digit covers YYMMDDNNN only, so these share the one of 811218-9876.
        assert_eq!(
            summary("18811218-9876"),
            (1881, 12, 18, "18811218-9876".into())
        );
        assert_eq!(
            summary("20811218-9876"),
            (2081, 12, 18, "20811218-9876".into())
        );
    }

    #[test]
    fn impossible_dates() {
        assert_eq!(parse("850230-1230"), Err(ImpossibleDate)); // 30 February
        assert_eq!(parse("850229-1233"), Err(ImpossibleDate)); // 1985 is not a leap year
        assert_eq!(parse("230229-1238"), Err(ImpossibleDate)); // nor is 2023
        assert_eq!(parse("19000229-1235"), Err(ImpossibleDate)); // a century, not by 400
        assert_eq!(parse("21000229-1235"), Err(ImpossibleDate)); // likewise
        assert_eq!(parse("811318-1237"), Err(ImpossibleDate)); // month 13
        assert_eq!(parse("810018-1232"), Err(ImpossibleDate)); // month 0
        assert_eq!(parse("810100-1231"), Err(ImpossibleDate)); // day 0
        assert_eq!(parse("850431-1237"), Err(ImpossibleDate)); // 31 April
        assert_eq!(parse("701060-1230"), Err(ImpossibleDate)); // day 60 is neither kind
    }

    #[test]
    fn leap_days_that_exist() {
        assert_eq!(
            summary("20000229-1235"),
            (2000, 2, 29, "20000229-1235".into())
        );
        // Ten digits: 00 is 2000 (under 100 in 2026), a leap year because divisible by 400.
        assert_eq!(
            summary("000229-1235"),
            (2000, 2, 29, "20000229-1235".into())
        );
        assert_eq!(
            summary("240229-1237"),
            (2024, 2, 29, "20240229-1237".into())
        );
    }

    #[test]
    fn the_date_is_checked_for_the_century_actually_chosen() {
        // 000229 is 2000-02-29 without a plus sign, but 1900-02-29 with one: 1900 is no leap year.
        assert!(parse("000229-1235").is_ok());
        assert_eq!(parse("000229+1235"), Err(ImpossibleDate));
    }

    #[test]
    fn coordination_numbers() {
        let n = ok("701063-1237");
        assert_eq!(
            n,
            IdentityNumber {
                kind: CoordinationNumber,
                year: 1970,
                month: 10,
                day: 3,
                normalized: "19701063-1237".to_string(),
            }
        );
        assert_eq!(ok("7010631237"), n);
        assert_eq!(ok("19701063-1237"), n);
        assert_eq!(ok("197010631237"), n);
        // Day 91 is the 31st.
        let last = ok("701091-1233");
        assert_eq!((last.kind, last.day), (CoordinationNumber, 31));
        // A coordination number on a leap day: 29 + 60 = 89.
        let leap = ok("240289-1234");
        assert_eq!(
            (leap.kind, leap.year, leap.month, leap.day),
            (CoordinationNumber, 2024, 2, 29)
        );
        assert_eq!(leap.normalized, "20240289-1234");
    }

    #[test]
    fn coordination_numbers_with_impossible_days() {
        assert_eq!(parse("701092-1232"), Err(ImpossibleDate)); // day 92 would be the 32nd
        assert_eq!(parse("851191-1233"), Err(ImpossibleDate)); // 31 November
    }

    #[test]
    fn plus_sign_means_a_hundred_or_older() {
        // Today is 2026-11-21 in these tests.
        assert_eq!(
            summary("811218+9876"),
            (1881, 12, 18, "18811218-9876".into())
        );
        assert_eq!(
            summary("121212+1212"),
            (1912, 12, 12, "19121212-1212".into())
        );
        assert_eq!(
            summary("991231+1231"),
            (1899, 12, 31, "18991231-1231".into())
        );
        // Turned 100 today.
        assert_eq!(
            summary("261121+1232"),
            (1926, 11, 21, "19261121-1232".into())
        );
        // Turns 100 tomorrow if born in 1926, so a plus sign means born in 1826.
        assert_eq!(
            summary("261122+1231"),
            (1826, 11, 22, "18261122-1231".into())
        );
    }

    #[test]
    fn without_plus_sign_the_person_is_under_a_hundred() {
        assert_eq!(summary("010101-1237"), (2001, 1, 1, "20010101-1237".into()));
        assert_eq!(
            summary("991231-1231"),
            (1999, 12, 31, "19991231-1231".into())
        );
        assert_eq!(summary("0101011237"), (2001, 1, 1, "20010101-1237".into()));
        assert_eq!(
            summary("9912311231"),
            (1999, 12, 31, "19991231-1231".into())
        );
        // Born today.
        assert_eq!(
            summary("261121-1232"),
            (2026, 11, 21, "20261121-1232".into())
        );
        // Tomorrow's date cannot be a birth date this year, so it is 99 years ago.
        assert_eq!(
            summary("261122-1231"),
            (1926, 11, 22, "19261122-1231".into())
        );
    }

    #[test]
    fn the_century_depends_on_today() {
        assert_eq!(
            parse_identity_number("010101-1237", (2000, 6, 1))
                .unwrap()
                .year,
            1901
        );
        assert_eq!(
            parse_identity_number("010101-1237", (2001, 1, 1))
                .unwrap()
                .year,
            2001
        );
        assert_eq!(
            parse_identity_number("010101+1237", (2001, 1, 1))
                .unwrap()
                .year,
            1901
        );
    }

    #[test]
    fn errors_come_in_order_format_date_check_digit() {
        // Impossible date and wrong check digit: the date is reported.
        assert_eq!(parse("850230-1231"), Err(ImpossibleDate));
        // A letter in an otherwise impossible date: the format is reported.
        assert_eq!(parse("85023O-1230"), Err(WrongFormat));
    }

    #[test]
    fn wrong_format() {
        for input in [
            "",
            "   ",
            "abcdefghij",
            "811218-987",    // too short
            "811218-98765",  // too long
            "81121898765",   // eleven digits
            "1981121898761", // thirteen digits
            "81121-89876",   // separator in the wrong place
            "8112-189876",
            "1981121-89876",
            "198112-189876",
            "811218/9876", // other separators
            "811218_9876",
            "811218--9876",
            "19811218+9876", // the plus sign belongs to ten-digit numbers only
            "+8112189876",
            "-8112189876",
            "811218-987a",
            "811218-9876-",
            "811218-9 876",
            "８１１２１８-９８７６", // full-width digits
            "811218\u{2013}9876",    // en dash
        ] {
            assert_eq!(parse(input), Err(WrongFormat), "{input:?}");
        }
    }
}
