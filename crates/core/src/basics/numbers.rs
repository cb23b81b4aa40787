//! Numbers as designers and applicants write them, without the standard library's float
//! formatting and parsing (their code would add to the app's download).

/// A number as a designer wrote it in a rule: `18`, `0.5`, `12.25`. Written by hand because
/// the standard library's float formatting adds about 20 KB to the app's download; six decimals
/// are more than any rule in a form needs.
pub fn format_number(n: f64) -> String {
    if !n.is_finite() {
        return String::from("?");
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let scaled = (n.abs() * 1_000_000.0).round() as u64;
    let (whole, fraction) = (scaled / 1_000_000, scaled % 1_000_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}


/// Reads a decimal number: an optional sign, digits with an optional point, and an optional
/// exponent (`18`, `-0.5`, `35000.50`, `1e3`); the same shapes Rust's `str::parse::<f64>` takes,
/// without `inf` or `NaN`. Written by hand because the standard library's float parser adds about
/// 2 KB to the app's download. Exact (correctly rounded) for up to 15 significant digits and
/// exponents up to 22, which covers every number a form or an applicant writes; beyond that it
/// may be off in the last bit.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => { i = 1; true }
        Some(b'+') => { i = 1; false }
        _ => false,
    };
    let (mut mantissa, mut exponent, mut digits, mut point) = (0u64, 0i32, 0usize, false);
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(bytes[i] - b'0');
                    exponent -= i32::from(point);
                } else {
                    // Digits past the nineteenth only move the point.
                    exponent += i32::from(!point);
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if i < bytes.len() {
        if !matches!(bytes[i], b'e' | b'E') {
            return None;
        }
        let t = text.get(i + 1..).unwrap_or_default();
        let written: i32 = if let Some(t) = t.strip_prefix('+') {
            parse_exponent(t)?
        } else if let Some(t) = t.strip_prefix('-') {
            -parse_exponent(t)?
        } else {
            parse_exponent(t)?
        };
        exponent = exponent.saturating_add(written);
    }
    // Powers of ten up to 10^22 are exact, so for such exponents the one multiplication or
    // division below is the only rounding (Clinger's fast path).
    let mut power = 1.0f64;
    for _ in 0..exponent.unsigned_abs().min(400) {
        power *= 10.0;
    }
    let value = if exponent < 0 { mantissa as f64 / power } else { mantissa as f64 * power };
    Some(if negative { -value } else { value })
}

fn parse_exponent(digits: &str) -> Option<i32> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.bytes().fold(0i32, |n, b| n.saturating_mul(10).saturating_add(i32::from(b - b'0'))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_designers_wrote_them() {
        assert_eq!(format_number(18.0), "18");
        assert_eq!(format_number(0.5), "0.5");
        assert_eq!(format_number(-12.25), "-12.25");
        assert_eq!(format_number(1_000_000.125), "1000000.125");
        assert_eq!(format_number(f64::NAN), "?");
    }

    #[test]
    fn decimals_read_as_the_standard_library_reads_them() {
        let same = [
            "0", "18", "-0.5", "+3", "35000.50", "12.25", "0.1", "0.3", "1e3", "2.5E-3", "5.", ".5", "-.5", "007", "123456789012345",
            "0.000001", "1e22", "9007199254740991", "1e-22", "99.99", "1.5e300", "-2.5e-300",
        ];
        for text in same {
            let expected: f64 = text.parse().unwrap();
            let got = parse_decimal(text).unwrap_or_else(|| panic!("{text} was refused"));
            let close = (got - expected).abs() <= expected.abs() * 1e-15;
            assert!(close, "{text}: {got} against {expected}");
        }
        for text in ["0.1", "0.3", "35000.50", "12.25", "2.5E-3", "99.99", "1e-22"] {
            assert_eq!(parse_decimal(text), text.parse().ok(), "{text} is exact");
        }
        for text in ["", "-", ".", "e5", "1e", "1e+", "1.2.3", "--1", "1-2", "1,5", "inf", "NaN", " 1", "1 "] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
            assert!(text.parse::<f64>().is_err() || matches!(text, "inf" | "NaN"), "{text:?} is refused by Rust too");
        }
        assert_eq!(parse_decimal("1e999").map(f64::is_finite), Some(false));
    }
}
