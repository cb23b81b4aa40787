use super::*;

const EN: &str = "\
-reference-number = reference number
next = Next
step-of = Step { $step } of { $total }
wait = Wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} and try again.
quote = Quote the { -reference-number }.
";

fn en() -> Catalog {
    let (catalog, issues) = read("catalogs/en.ftl", EN);
    assert_eq!(issues, []);
    catalog
}

fn issues_of(file: &str, source: &str) -> Vec<String> {
    let (catalog, mut issues) = read(file, source);
    issues.extend(check(&en(), &catalog));
    issues.iter().map(Issue::to_string).collect()
}

#[test]
fn a_message_compiles_to_text_placeholders_and_choices() {
    let en = en();
    let compiled = compile(&en, &en);
    assert_eq!(compiled[0].as_deref(), Some("Next"));
    assert_eq!(compiled[1].as_deref(), Some("Step \u{1}0 of \u{1}1"));
    assert_eq!(compiled[2].as_deref(), Some("Wait \u{2}0one\u{3}one minute\u{4}*other\u{3}\u{1}0 minutes\u{5} and try again."));
    assert_eq!(compiled[3].as_deref(), Some("Quote the reference number."), "a term is written into the message");
}

#[test]
fn a_translation_may_reorder_placeholders_and_is_numbered_by_the_english() {
    let (sv, issues) = read("catalogs/sv.ftl", "-reference-number = referensnummer\nstep-of = { $total } steg, nu { $step }\n");
    assert_eq!(issues, []);
    assert_eq!(compile(&en(), &sv)[1].as_deref(), Some("\u{1}1 steg, nu \u{1}0"));
    assert_eq!(compile(&en(), &sv)[0], None, "a missing message falls back");
}

#[test]
fn a_broken_catalog_is_reported_by_file_line_and_key() {
    let ar = "\
### Awaiting review by a native translator.
-reference-number = الرقم المرجعي
next = التالي
step-of = الخطوة { $stp } من { $total }
wait = انتظر { $minutes ->
    [one] دقيقة
    [dozens] دقائق
   *[other] { $minutes } دقائق
}
quote = { -reference-numbr }
login = تسجيل الدخول
";
    assert_eq!(
        issues_of("catalogs/ar.ftl", ar),
        [
            "catalogs/ar.ftl:5: wait: [dozens] is not a plural category; use zero, one, two, few, many, other, or a number",
            "catalogs/ar.ftl:10: quote: the term -reference-numbr is not defined in this catalog",
            "catalogs/ar.ftl:4: step-of: { $stp } is not a placeholder of this message; it has { $step }, { $total }",
            "catalogs/ar.ftl:11: login: the engine has no message by this key (catalogs/en.ftl does not)",
        ]
    );
    let (catalog, _) = read("catalogs/ar.ftl", ar);
    assert!(catalog.awaiting_review);
}

#[test]
fn a_missing_message_or_placeholder_is_named() {
    let issues = issues_of("catalogs/so.ftl", "-reference-number = lambarka tixraaca\nnext = Xiga\nstep-of = Tallaabo { $step }\nquote = Sheeg { -reference-number }.\n");
    assert_eq!(
        issues,
        [
            "catalogs/so.ftl:3: step-of: leaves out the placeholder { $total }",
            "catalogs/so.ftl:4: wait: missing: the engine shows it in English (\"Wait { $minutes } and try again.\")",
        ]
    );
}

#[test]
fn a_syntax_error_is_located_and_the_rest_is_read() {
    let (catalog, issues) = read("catalogs/uk.ftl", "next = Далі\nstep-of = Крок { $step з { $total }\nquote = Вкажіть номер.\n");
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!((issues[0].line, issues[0].key.as_str()), (2, "-"));
    assert!(issues[0].message.starts_with("not Fluent syntax"), "{}", issues[0]);
    assert!(catalog.get("next").is_some() && catalog.get("quote").is_some());
}

#[test]
fn the_fetched_file_holds_one_line_per_english_message_and_is_named_by_its_content() {
    let (sv, _) = read("catalogs/sv.ftl", "next = Nästa\nquote = Ange numret\n  på raden.\n");
    let file = compiled_file(&en(), &sv);
    assert_eq!(file, "blankett-catalog sv\nNästa\n\n\nAnge numret\u{6}på raden.\n");
    assert_ne!(content_name("sv", &file), content_name("sv", &file.replace("Nästa", "Nästa sida")));
    assert!(content_name("sv", &file).starts_with("sv-") && content_name("sv", &file).ends_with(".txt"));
}
