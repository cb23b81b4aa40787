//! The countries of the world, for fields that ask for a citizenship, a country of birth or an
//! address abroad.
//!
//! The list is ISO 3166-1 as it stands: every one of the 249 officially assigned alpha-2 codes,
//! sorted by code so that a lookup can use binary search. Forms store the two-letter code, never
//! the name, because names change (Swaziland became Eswatini, Turkey asked to be called Türkiye)
//! while the code does not, and because the same answer must read correctly in both languages.
//!
//! The English names follow the ISO short names, rewritten in the form people use in running text
//! ("Iran" rather than "Iran, Islamic Republic of"). The Swedish names are the ones commonly used
//! in Sweden and by Swedish authorities ("Storbritannien", "Elfenbenskusten", "USA"), not literal
//! translations of the ISO names.

/// One entry of ISO 3166-1.
#[derive(Debug, PartialEq, Eq)]
pub struct Country {
    /// The alpha-2 code in upper case, for example "SE".
    pub code: &'static str,
    /// The name in English, for example "Sweden".
    pub en: &'static str,
    /// The name in Swedish, for example "Sverige".
    pub sv: &'static str,
}

/// Every ISO 3166-1 country, sorted by code.
#[rustfmt::skip]
pub static COUNTRIES: &[Country] = &[
    Country { code: "AD", en: "Andorra", sv: "Andorra" },
    Country { code: "AE", en: "United Arab Emirates", sv: "Förenade Arabemiraten" },
    Country { code: "AF", en: "Afghanistan", sv: "Afghanistan" },
    Country { code: "AG", en: "Antigua and Barbuda", sv: "Antigua och Barbuda" },
    Country { code: "AI", en: "Anguilla", sv: "Anguilla" },
    Country { code: "AL", en: "Albania", sv: "Albanien" },
    Country { code: "AM", en: "Armenia", sv: "Armenien" },
    Country { code: "AO", en: "Angola", sv: "Angola" },
    Country { code: "AQ", en: "Antarctica", sv: "Antarktis" },
    Country { code: "AR", en: "Argentina", sv: "Argentina" },
    Country { code: "AS", en: "American Samoa", sv: "Amerikanska Samoa" },
    Country { code: "AT", en: "Austria", sv: "Österrike" },
    Country { code: "AU", en: "Australia", sv: "Australien" },
    Country { code: "AW", en: "Aruba", sv: "Aruba" },
    Country { code: "AX", en: "Åland Islands", sv: "Åland" },
    Country { code: "AZ", en: "Azerbaijan", sv: "Azerbajdzjan" },
    Country { code: "BA", en: "Bosnia and Herzegovina", sv: "Bosnien och Hercegovina" },
    Country { code: "BB", en: "Barbados", sv: "Barbados" },
    Country { code: "BD", en: "Bangladesh", sv: "Bangladesh" },
    Country { code: "BE", en: "Belgium", sv: "Belgien" },
    Country { code: "BF", en: "Burkina Faso", sv: "Burkina Faso" },
    Country { code: "BG", en: "Bulgaria", sv: "Bulgarien" },
    Country { code: "BH", en: "Bahrain", sv: "Bahrain" },
    Country { code: "BI", en: "Burundi", sv: "Burundi" },
    Country { code: "BJ", en: "Benin", sv: "Benin" },
    Country { code: "BL", en: "Saint Barthélemy", sv: "Saint-Barthélemy" },
    Country { code: "BM", en: "Bermuda", sv: "Bermuda" },
    Country { code: "BN", en: "Brunei", sv: "Brunei" },
    Country { code: "BO", en: "Bolivia", sv: "Bolivia" },
    Country { code: "BQ", en: "Bonaire, Sint Eustatius and Saba", sv: "Bonaire, Sint Eustatius och Saba" },
    Country { code: "BR", en: "Brazil", sv: "Brasilien" },
    Country { code: "BS", en: "Bahamas", sv: "Bahamas" },
    Country { code: "BT", en: "Bhutan", sv: "Bhutan" },
    Country { code: "BV", en: "Bouvet Island", sv: "Bouvetön" },
    Country { code: "BW", en: "Botswana", sv: "Botswana" },
    Country { code: "BY", en: "Belarus", sv: "Belarus" },
    Country { code: "BZ", en: "Belize", sv: "Belize" },
    Country { code: "CA", en: "Canada", sv: "Kanada" },
    Country { code: "CC", en: "Cocos (Keeling) Islands", sv: "Kokosöarna" },
    Country { code: "CD", en: "Democratic Republic of the Congo", sv: "Demokratiska republiken Kongo" },
    Country { code: "CF", en: "Central African Republic", sv: "Centralafrikanska republiken" },
    Country { code: "CG", en: "Republic of the Congo", sv: "Republiken Kongo" },
    Country { code: "CH", en: "Switzerland", sv: "Schweiz" },
    Country { code: "CI", en: "Côte d'Ivoire", sv: "Elfenbenskusten" },
    Country { code: "CK", en: "Cook Islands", sv: "Cooköarna" },
    Country { code: "CL", en: "Chile", sv: "Chile" },
    Country { code: "CM", en: "Cameroon", sv: "Kamerun" },
    Country { code: "CN", en: "China", sv: "Kina" },
    Country { code: "CO", en: "Colombia", sv: "Colombia" },
    Country { code: "CR", en: "Costa Rica", sv: "Costa Rica" },
    Country { code: "CU", en: "Cuba", sv: "Kuba" },
    Country { code: "CV", en: "Cabo Verde", sv: "Kap Verde" },
    Country { code: "CW", en: "Curaçao", sv: "Curaçao" },
    Country { code: "CX", en: "Christmas Island", sv: "Julön" },
    Country { code: "CY", en: "Cyprus", sv: "Cypern" },
    Country { code: "CZ", en: "Czechia", sv: "Tjeckien" },
    Country { code: "DE", en: "Germany", sv: "Tyskland" },
    Country { code: "DJ", en: "Djibouti", sv: "Djibouti" },
    Country { code: "DK", en: "Denmark", sv: "Danmark" },
    Country { code: "DM", en: "Dominica", sv: "Dominica" },
    Country { code: "DO", en: "Dominican Republic", sv: "Dominikanska republiken" },
    Country { code: "DZ", en: "Algeria", sv: "Algeriet" },
    Country { code: "EC", en: "Ecuador", sv: "Ecuador" },
    Country { code: "EE", en: "Estonia", sv: "Estland" },
    Country { code: "EG", en: "Egypt", sv: "Egypten" },
    Country { code: "EH", en: "Western Sahara", sv: "Västsahara" },
    Country { code: "ER", en: "Eritrea", sv: "Eritrea" },
    Country { code: "ES", en: "Spain", sv: "Spanien" },
    Country { code: "ET", en: "Ethiopia", sv: "Etiopien" },
    Country { code: "FI", en: "Finland", sv: "Finland" },
    Country { code: "FJ", en: "Fiji", sv: "Fiji" },
    Country { code: "FK", en: "Falkland Islands", sv: "Falklandsöarna" },
    Country { code: "FM", en: "Micronesia", sv: "Mikronesien" },
    Country { code: "FO", en: "Faroe Islands", sv: "Färöarna" },
    Country { code: "FR", en: "France", sv: "Frankrike" },
    Country { code: "GA", en: "Gabon", sv: "Gabon" },
    Country { code: "GB", en: "United Kingdom", sv: "Storbritannien" },
    Country { code: "GD", en: "Grenada", sv: "Grenada" },
    Country { code: "GE", en: "Georgia", sv: "Georgien" },
    Country { code: "GF", en: "French Guiana", sv: "Franska Guyana" },
    Country { code: "GG", en: "Guernsey", sv: "Guernsey" },
    Country { code: "GH", en: "Ghana", sv: "Ghana" },
    Country { code: "GI", en: "Gibraltar", sv: "Gibraltar" },
    Country { code: "GL", en: "Greenland", sv: "Grönland" },
    Country { code: "GM", en: "Gambia", sv: "Gambia" },
    Country { code: "GN", en: "Guinea", sv: "Guinea" },
    Country { code: "GP", en: "Guadeloupe", sv: "Guadeloupe" },
    Country { code: "GQ", en: "Equatorial Guinea", sv: "Ekvatorialguinea" },
    Country { code: "GR", en: "Greece", sv: "Grekland" },
    Country { code: "GS", en: "South Georgia and the South Sandwich Islands", sv: "Sydgeorgien och Sydsandwichöarna" },
    Country { code: "GT", en: "Guatemala", sv: "Guatemala" },
    Country { code: "GU", en: "Guam", sv: "Guam" },
    Country { code: "GW", en: "Guinea-Bissau", sv: "Guinea-Bissau" },
    Country { code: "GY", en: "Guyana", sv: "Guyana" },
    Country { code: "HK", en: "Hong Kong", sv: "Hongkong" },
    Country { code: "HM", en: "Heard Island and McDonald Islands", sv: "Heard- och McDonaldöarna" },
    Country { code: "HN", en: "Honduras", sv: "Honduras" },
    Country { code: "HR", en: "Croatia", sv: "Kroatien" },
    Country { code: "HT", en: "Haiti", sv: "Haiti" },
    Country { code: "HU", en: "Hungary", sv: "Ungern" },
    Country { code: "ID", en: "Indonesia", sv: "Indonesien" },
    Country { code: "IE", en: "Ireland", sv: "Irland" },
    Country { code: "IL", en: "Israel", sv: "Israel" },
    Country { code: "IM", en: "Isle of Man", sv: "Isle of Man" },
    Country { code: "IN", en: "India", sv: "Indien" },
    Country { code: "IO", en: "British Indian Ocean Territory", sv: "Brittiska territoriet i Indiska oceanen" },
    Country { code: "IQ", en: "Iraq", sv: "Irak" },
    Country { code: "IR", en: "Iran", sv: "Iran" },
    Country { code: "IS", en: "Iceland", sv: "Island" },
    Country { code: "IT", en: "Italy", sv: "Italien" },
    Country { code: "JE", en: "Jersey", sv: "Jersey" },
    Country { code: "JM", en: "Jamaica", sv: "Jamaica" },
    Country { code: "JO", en: "Jordan", sv: "Jordanien" },
    Country { code: "JP", en: "Japan", sv: "Japan" },
    Country { code: "KE", en: "Kenya", sv: "Kenya" },
    Country { code: "KG", en: "Kyrgyzstan", sv: "Kirgizistan" },
    Country { code: "KH", en: "Cambodia", sv: "Kambodja" },
    Country { code: "KI", en: "Kiribati", sv: "Kiribati" },
    Country { code: "KM", en: "Comoros", sv: "Komorerna" },
    Country { code: "KN", en: "Saint Kitts and Nevis", sv: "Saint Kitts och Nevis" },
    Country { code: "KP", en: "North Korea", sv: "Nordkorea" },
    Country { code: "KR", en: "South Korea", sv: "Sydkorea" },
    Country { code: "KW", en: "Kuwait", sv: "Kuwait" },
    Country { code: "KY", en: "Cayman Islands", sv: "Caymanöarna" },
    Country { code: "KZ", en: "Kazakhstan", sv: "Kazakstan" },
    Country { code: "LA", en: "Laos", sv: "Laos" },
    Country { code: "LB", en: "Lebanon", sv: "Libanon" },
    Country { code: "LC", en: "Saint Lucia", sv: "Saint Lucia" },
    Country { code: "LI", en: "Liechtenstein", sv: "Liechtenstein" },
    Country { code: "LK", en: "Sri Lanka", sv: "Sri Lanka" },
    Country { code: "LR", en: "Liberia", sv: "Liberia" },
    Country { code: "LS", en: "Lesotho", sv: "Lesotho" },
    Country { code: "LT", en: "Lithuania", sv: "Litauen" },
    Country { code: "LU", en: "Luxembourg", sv: "Luxemburg" },
    Country { code: "LV", en: "Latvia", sv: "Lettland" },
    Country { code: "LY", en: "Libya", sv: "Libyen" },
    Country { code: "MA", en: "Morocco", sv: "Marocko" },
    Country { code: "MC", en: "Monaco", sv: "Monaco" },
    Country { code: "MD", en: "Moldova", sv: "Moldavien" },
    Country { code: "ME", en: "Montenegro", sv: "Montenegro" },
    Country { code: "MF", en: "Saint Martin (French part)", sv: "Saint-Martin (franska delen)" },
    Country { code: "MG", en: "Madagascar", sv: "Madagaskar" },
    Country { code: "MH", en: "Marshall Islands", sv: "Marshallöarna" },
    Country { code: "MK", en: "North Macedonia", sv: "Nordmakedonien" },
    Country { code: "ML", en: "Mali", sv: "Mali" },
    Country { code: "MM", en: "Myanmar", sv: "Myanmar" },
    Country { code: "MN", en: "Mongolia", sv: "Mongoliet" },
    Country { code: "MO", en: "Macao", sv: "Macao" },
    Country { code: "MP", en: "Northern Mariana Islands", sv: "Nordmarianerna" },
    Country { code: "MQ", en: "Martinique", sv: "Martinique" },
    Country { code: "MR", en: "Mauritania", sv: "Mauretanien" },
    Country { code: "MS", en: "Montserrat", sv: "Montserrat" },
    Country { code: "MT", en: "Malta", sv: "Malta" },
    Country { code: "MU", en: "Mauritius", sv: "Mauritius" },
    Country { code: "MV", en: "Maldives", sv: "Maldiverna" },
    Country { code: "MW", en: "Malawi", sv: "Malawi" },
    Country { code: "MX", en: "Mexico", sv: "Mexiko" },
    Country { code: "MY", en: "Malaysia", sv: "Malaysia" },
    Country { code: "MZ", en: "Mozambique", sv: "Moçambique" },
    Country { code: "NA", en: "Namibia", sv: "Namibia" },
    Country { code: "NC", en: "New Caledonia", sv: "Nya Kaledonien" },
    Country { code: "NE", en: "Niger", sv: "Niger" },
    Country { code: "NF", en: "Norfolk Island", sv: "Norfolkön" },
    Country { code: "NG", en: "Nigeria", sv: "Nigeria" },
    Country { code: "NI", en: "Nicaragua", sv: "Nicaragua" },
    Country { code: "NL", en: "Netherlands", sv: "Nederländerna" },
    Country { code: "NO", en: "Norway", sv: "Norge" },
    Country { code: "NP", en: "Nepal", sv: "Nepal" },
    Country { code: "NR", en: "Nauru", sv: "Nauru" },
    Country { code: "NU", en: "Niue", sv: "Niue" },
    Country { code: "NZ", en: "New Zealand", sv: "Nya Zeeland" },
    Country { code: "OM", en: "Oman", sv: "Oman" },
    Country { code: "PA", en: "Panama", sv: "Panama" },
    Country { code: "PE", en: "Peru", sv: "Peru" },
    Country { code: "PF", en: "French Polynesia", sv: "Franska Polynesien" },
    Country { code: "PG", en: "Papua New Guinea", sv: "Papua Nya Guinea" },
    Country { code: "PH", en: "Philippines", sv: "Filippinerna" },
    Country { code: "PK", en: "Pakistan", sv: "Pakistan" },
    Country { code: "PL", en: "Poland", sv: "Polen" },
    Country { code: "PM", en: "Saint Pierre and Miquelon", sv: "Saint-Pierre och Miquelon" },
    Country { code: "PN", en: "Pitcairn Islands", sv: "Pitcairnöarna" },
    Country { code: "PR", en: "Puerto Rico", sv: "Puerto Rico" },
    Country { code: "PS", en: "Palestine", sv: "Palestina" },
    Country { code: "PT", en: "Portugal", sv: "Portugal" },
    Country { code: "PW", en: "Palau", sv: "Palau" },
    Country { code: "PY", en: "Paraguay", sv: "Paraguay" },
    Country { code: "QA", en: "Qatar", sv: "Qatar" },
    Country { code: "RE", en: "Réunion", sv: "Réunion" },
    Country { code: "RO", en: "Romania", sv: "Rumänien" },
    Country { code: "RS", en: "Serbia", sv: "Serbien" },
    Country { code: "RU", en: "Russia", sv: "Ryssland" },
    Country { code: "RW", en: "Rwanda", sv: "Rwanda" },
    Country { code: "SA", en: "Saudi Arabia", sv: "Saudiarabien" },
    Country { code: "SB", en: "Solomon Islands", sv: "Salomonöarna" },
    Country { code: "SC", en: "Seychelles", sv: "Seychellerna" },
    Country { code: "SD", en: "Sudan", sv: "Sudan" },
    Country { code: "SE", en: "Sweden", sv: "Sverige" },
    Country { code: "SG", en: "Singapore", sv: "Singapore" },
    Country { code: "SH", en: "Saint Helena, Ascension and Tristan da Cunha", sv: "Sankta Helena, Ascension och Tristan da Cunha" },
    Country { code: "SI", en: "Slovenia", sv: "Slovenien" },
    Country { code: "SJ", en: "Svalbard and Jan Mayen", sv: "Svalbard och Jan Mayen" },
    Country { code: "SK", en: "Slovakia", sv: "Slovakien" },
    Country { code: "SL", en: "Sierra Leone", sv: "Sierra Leone" },
    Country { code: "SM", en: "San Marino", sv: "San Marino" },
    Country { code: "SN", en: "Senegal", sv: "Senegal" },
    Country { code: "SO", en: "Somalia", sv: "Somalia" },
    Country { code: "SR", en: "Suriname", sv: "Surinam" },
    Country { code: "SS", en: "South Sudan", sv: "Sydsudan" },
    Country { code: "ST", en: "São Tomé and Príncipe", sv: "São Tomé och Príncipe" },
    Country { code: "SV", en: "El Salvador", sv: "El Salvador" },
    Country { code: "SX", en: "Sint Maarten (Dutch part)", sv: "Sint Maarten (nederländska delen)" },
    Country { code: "SY", en: "Syria", sv: "Syrien" },
    Country { code: "SZ", en: "Eswatini", sv: "Eswatini" },
    Country { code: "TC", en: "Turks and Caicos Islands", sv: "Turks- och Caicosöarna" },
    Country { code: "TD", en: "Chad", sv: "Tchad" },
    Country { code: "TF", en: "French Southern Territories", sv: "Franska sydterritorierna" },
    Country { code: "TG", en: "Togo", sv: "Togo" },
    Country { code: "TH", en: "Thailand", sv: "Thailand" },
    Country { code: "TJ", en: "Tajikistan", sv: "Tadzjikistan" },
    Country { code: "TK", en: "Tokelau", sv: "Tokelau" },
    Country { code: "TL", en: "Timor-Leste", sv: "Östtimor" },
    Country { code: "TM", en: "Turkmenistan", sv: "Turkmenistan" },
    Country { code: "TN", en: "Tunisia", sv: "Tunisien" },
    Country { code: "TO", en: "Tonga", sv: "Tonga" },
    Country { code: "TR", en: "Türkiye", sv: "Turkiet" },
    Country { code: "TT", en: "Trinidad and Tobago", sv: "Trinidad och Tobago" },
    Country { code: "TV", en: "Tuvalu", sv: "Tuvalu" },
    Country { code: "TW", en: "Taiwan", sv: "Taiwan" },
    Country { code: "TZ", en: "Tanzania", sv: "Tanzania" },
    Country { code: "UA", en: "Ukraine", sv: "Ukraina" },
    Country { code: "UG", en: "Uganda", sv: "Uganda" },
    Country { code: "UM", en: "United States Minor Outlying Islands", sv: "USA:s avlägset belägna öar" },
    Country { code: "US", en: "United States", sv: "USA" },
    Country { code: "UY", en: "Uruguay", sv: "Uruguay" },
    Country { code: "UZ", en: "Uzbekistan", sv: "Uzbekistan" },
    Country { code: "VA", en: "Holy See (Vatican City)", sv: "Vatikanstaten" },
    Country { code: "VC", en: "Saint Vincent and the Grenadines", sv: "Saint Vincent och Grenadinerna" },
    Country { code: "VE", en: "Venezuela", sv: "Venezuela" },
    Country { code: "VG", en: "British Virgin Islands", sv: "Brittiska Jungfruöarna" },
    Country { code: "VI", en: "U.S. Virgin Islands", sv: "Amerikanska Jungfruöarna" },
    Country { code: "VN", en: "Vietnam", sv: "Vietnam" },
    Country { code: "VU", en: "Vanuatu", sv: "Vanuatu" },
    Country { code: "WF", en: "Wallis and Futuna", sv: "Wallis och Futuna" },
    Country { code: "WS", en: "Samoa", sv: "Samoa" },
    Country { code: "YE", en: "Yemen", sv: "Jemen" },
    Country { code: "YT", en: "Mayotte", sv: "Mayotte" },
    Country { code: "ZA", en: "South Africa", sv: "Sydafrika" },
    Country { code: "ZM", en: "Zambia", sv: "Zambia" },
    Country { code: "ZW", en: "Zimbabwe", sv: "Zimbabwe" },
];

/// Looks a country up by its alpha-2 code, ignoring case ("se", "SE" and "Se" all find Sweden).
/// Every ISO 3166-1 alpha-2 code, two letters each, in order. Validation and the browser use this
/// compact list rather than [`COUNTRIES`]: the browser takes the names from its own CLDR data
/// (`Intl.DisplayNames`), in any language the applicant reads, and the name table stays out of
/// the download.
pub const CODES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

/// The codes in [`CODES`], one by one.
pub fn codes() -> impl Iterator<Item = &'static str> {
    (0..CODES.len()).step_by(2).map(|i| &CODES[i..i + 2])
}

/// Whether `code` (either case) is a country code.
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && codes().any(|c| c.eq_ignore_ascii_case(code))
}

pub fn country(code: &str) -> Option<&'static Country> {
    if code.len() != 2 || !code.is_ascii() {
        return None;
    }
    let upper = code.to_ascii_uppercase();
    COUNTRIES
        .binary_search_by(|c| c.code.cmp(upper.as_str()))
        .ok()
        .map(|i| &COUNTRIES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_all_249_iso_entries() {
        assert_eq!(COUNTRIES.len(), 249);
    }

    #[test]
    fn codes_are_two_upper_case_letters_unique_and_sorted() {
        for c in COUNTRIES {
            assert_eq!(c.code.len(), 2, "{}", c.code);
            assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()), "{}", c.code);
        }
        for pair in COUNTRIES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn every_entry_has_names_in_both_languages() {
        for c in COUNTRIES {
            assert!(!c.en.trim().is_empty(), "{} has no English name", c.code);
            assert!(!c.sv.trim().is_empty(), "{} has no Swedish name", c.code);
            assert_eq!(c.en, c.en.trim(), "{}", c.code);
            assert_eq!(c.sv, c.sv.trim(), "{}", c.code);
        }
    }

    #[test]
    fn lookup_ignores_case() {
        let se = country("SE").unwrap();
        assert_eq!((se.en, se.sv), ("Sweden", "Sverige"));
        assert_eq!(country("se"), Some(se));
        assert_eq!(country("Se"), Some(se));
    }

    #[test]
    fn well_known_names() {
        let gb = country("GB").unwrap();
        assert_eq!((gb.en, gb.sv), ("United Kingdom", "Storbritannien"));
        let us = country("us").unwrap();
        assert_eq!((us.en, us.sv), ("United States", "USA"));
        assert_eq!(country("CI").unwrap().sv, "Elfenbenskusten");
        assert_eq!(country("CI").unwrap().en, "Côte d'Ivoire");
        assert_eq!(country("DE").unwrap().sv, "Tyskland");
        assert_eq!(country("NL").unwrap().sv, "Nederländerna");
        assert_eq!(country("AE").unwrap().sv, "Förenade Arabemiraten");
        assert_eq!(country("SY").unwrap().en, "Syria");
        assert_eq!(country("IR").unwrap().en, "Iran");
        // The first and last entries, which a sorted lookup must still reach.
        assert_eq!(country("ad").unwrap().en, "Andorra");
        assert_eq!(country("zw").unwrap().en, "Zimbabwe");
    }

    #[test]
    fn unknown_or_malformed_codes_find_nothing() {
        assert_eq!(country("XX"), None);
        assert_eq!(country("UK"), None); // the United Kingdom is GB
        assert_eq!(country(""), None);
        assert_eq!(country("S"), None);
        assert_eq!(country("SWE"), None);
        assert_eq!(country(" SE"), None);
        assert_eq!(country("Ö"), None);
    }

    #[test]
    fn the_compact_code_list_is_the_table() {
        let from_table: Vec<&str> = COUNTRIES.iter().map(|c| c.code).collect();
        assert_eq!(codes().collect::<Vec<_>>(), from_table);
        assert!(is_country_code("se") && is_country_code("GB") && !is_country_code("UK") && !is_country_code("SWE"));
    }
}
