//! The countries of the world, for fields that ask for a citizenship, a country of birth or an
//! address abroad.
//!
//! The list is ISO 3166-1 as it stands: every one of the 249 officially assigned alpha-2 codes.
//! Forms store the two-letter code, never the name, because names change (Swaziland became
//! Eswatini, Turkey asked to be called Türkiye) while the code does not, and because the same
//! answer must read correctly in every language.

/// Every ISO 3166-1 alpha-2 code, two letters each, in order. There is no table of names: the
/// browser takes them from its own CLDR data (`Intl.DisplayNames`), in any language the applicant
/// reads, so they are current and cost the download nothing.
pub const CODES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

/// The codes in [`CODES`], one by one.
pub fn codes() -> impl Iterator<Item = &'static str> {
    // By chunks of the bytes, not by slicing the text, so that nothing here can panic.
    CODES.as_bytes().chunks(2).map(|code| std::str::from_utf8(code).unwrap_or(""))
}

/// Whether `code` (either case) is a country code.
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && codes().any(|c| c.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_all_249_iso_codes_two_upper_case_letters_each_sorted_and_unique() {
        let codes: Vec<&str> = codes().collect();
        assert_eq!(codes.len(), 249);
        for code in &codes {
            assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
        }
        for pair in codes.windows(2) {
            assert!(pair[0] < pair[1], "{} before {}", pair[0], pair[1]);
        }
        assert_eq!((codes[0], codes[248]), ("AD", "ZW"), "the first and the last");
    }

    #[test]
    fn a_code_is_known_in_either_case_and_nothing_else_is() {
        assert!(is_country_code("SE") && is_country_code("se") && is_country_code("Gb"));
        for wrong in ["XX", "UK", "", "S", "SWE", " SE", "Ö", "ÖÖ"] {
            assert!(!is_country_code(wrong), "{wrong:?}");
        }
    }
}
