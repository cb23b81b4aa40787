//! One question, rendered by its type. Labels, hints and error messages are tied to the input
//! (`for`, `aria-describedby`) so that a screen reader reads them together; radios and checkboxes
//! sit in a fieldset whose legend is the question.

use super::{attr, fields::Fields, reactive_attr};
use crate::Language;
use blankett_core::run::answers::{Answer, FieldPath, INCOMPLETE_DATE};
use blankett_core::run::FieldState;
use blankett_core::messages::{Message, Ui};
use blankett_core::schema::{Question, QuestionKind};
use blankett_core::basics::text::Text;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyView;

/// `group` is the repeating group and entry this question belongs to, if any; `fields` is the
/// engine state of the form and its questions' states (passed down rather than read from a
/// context, which compiles a context lookup for its type into the download).
#[component]
pub fn QuestionView(question: Question, group: Option<(String, usize)>, fields: Fields) -> impl IntoView {
    let language = Language::use_context();
    if question.kind.is_static() {
        let text = question.text.clone().unwrap_or(Text::Plain(String::new()));
        let text = language.text(text);
        // Static blocks are text nodes only: schema text is never interpreted as HTML.
        return match question.kind {
            QuestionKind::Heading => view! { <h2 class="content-heading">{text}</h2> }.into_any(),
            _ => view! { <p class="content-paragraph">{text}</p> }.into_any(),
        };
    }
    let id = question.id.clone().unwrap_or_default();
    let path = match &group {
        Some((g, i)) => FieldPath::in_entry(g, *i, &id),
        None => FieldPath::top(&id),
    };
    let state = fields.state(&path);
    // Its own memo: the field is rebuilt only when it is shown or hidden, never on a keystroke
    // (which changes the state's answer, and would otherwise replace the input being typed in).
    // (1 when shown: a number, so that it shares the compiled memo code of the other counts.)
    let shown = Memo::new(move |_| state.with(|s| usize::from(s.shown)));
    (move || {
        (shown.get() == 1).then(|| {
            let field = Field::new(question.clone(), path.clone(), state, fields);
            match question.kind {
                QuestionKind::SingleChoice | QuestionKind::YesNo | QuestionKind::MultipleChoice => field.choices().into_any(),
                QuestionKind::Dropdown | QuestionKind::Country => field.select().into_any(),
                QuestionKind::RepeatingGroup => field.repeating_group().into_any(),
                QuestionKind::Document => super::document::document(field),
                QuestionKind::Date if question.memorable => field.memorable_date(),
                _ => field.input().into_any(),
            }
        })
    })
    .into_any()
}

/// What every answerable question needs: its definition, where its answer lives, and its state
/// (answer, error, required-ness) as the engine gives it.
#[derive(Clone)]
pub(super) struct Field {
    pub(super) question: Question,
    pub(super) path: FieldPath,
    pub(super) dom_id: String,
    pub(super) fields: Fields,
    pub(super) language: Language,
    pub(super) state: RwSignal<FieldState>,
}

impl Field {
    fn new(question: Question, path: FieldPath, state: RwSignal<FieldState>, fields: Fields) -> Self {
        let language = Language::use_context();
        let dom_id = path.dom_id();
        Field { question, path, dom_id, fields, language, state }
    }

    pub(super) fn has_error(&self) -> impl Fn() -> bool + Send + Sync + Copy + 'static {
        let state = self.state;
        move || state.with(|s| s.error.is_some())
    }

    fn text(&self, text: &Option<Text>) -> Signal<String> {
        self.language.text(text.clone().unwrap_or(Text::Plain(String::new())))
    }

    pub(super) fn set(&self, answer: Answer) {
        let path = self.path.clone();
        self.fields.run.update(|r| r.set_answer(&path, answer));
    }

    fn answer_text(&self) -> impl Fn() -> String + Send + Sync + Clone + 'static {
        let state = self.state;
        move || state.with(|s| s.answer.as_ref().map(|a| a.as_text().to_string()).unwrap_or_default())
    }

    /// The ids of the hint and the error message, for `aria-describedby`.
    pub(super) fn described_by(&self) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        let has_hint = self.question.hint.is_some();
        let has_error = self.has_error();
        let dom_id = self.dom_id.clone();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(format!("{dom_id}-hint"));
            }
            if has_error() {
                ids.push(format!("{dom_id}-error"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    pub(super) fn label_text(&self) -> Signal<String> {
        let label = self.text(&self.question.label);
        let state = self.state;
        let language = self.language;
        Signal::derive(move || if state.with(|s| s.required) { label.get() } else { format!("{} {}", label.get(), language.ui(Ui::Optional)) })
    }

    pub(super) fn hint(&self) -> impl IntoView {
        let hint = self.question.hint.is_some().then(|| self.text(&self.question.hint));
        let id = format!("{}-hint", self.dom_id);
        hint.map(|hint| view! { <div class="hint" id=id>{hint}</div> })
    }

    pub(super) fn error_message(&self) -> impl IntoView {
        let state = self.state;
        let language = self.language;
        let id = format!("{}-error", self.dom_id);
        move || {
            state.with(|s| s.error.clone()).map(|message: Message| {
                view! {
                    <p class="error-message" id=id.clone()>
                        <span class="visually-hidden">{language.ui(Ui::ErrorLabel)}" "</span>
                        {Signal::derive(move || message.text(&language.get()))}
                    </p>
                }
                .into_any()
            })
        }
    }

    /// The field's `class`, as a [`reactive_attr`] (see there): the browser gets the same `class`
    /// attribute that a reactive `class=` sets.
    pub(super) fn field_class(&self) -> impl leptos::attr::Attribute {
        let has_error = self.has_error();
        reactive_attr("class", move || Some(if has_error() { "field field-error" } else { "field" }.to_string()))
    }

    /// Text, email, phone, number, date and identity numbers: one input.
    fn input(self) -> impl IntoView {
        let kind = self.question.kind;
        let (input_type, input_mode, autocomplete) = match kind {
            QuestionKind::Email => ("email", None, Some("email")),
            QuestionKind::Phone => ("tel", None, Some("tel")),
            QuestionKind::Date => ("date", None, None),
            // GOV.UK advises text with inputmode over type="number", which changes values on
            // scroll and rejects a decimal comma.
            QuestionKind::Number => ("text", Some("decimal"), None),
            QuestionKind::PersonalIdentityNumber => ("text", Some("numeric"), Some("off")),
            _ => ("text", None, None),
        };
        // The control gets its value once, when the page is drawn; after that the applicant owns
        // it. (Leptos would write a reactive value back on every change of the question's state,
        // and any write empties a half-typed date.) Answers that change from elsewhere, such as a
        // removed group entry, redraw the control. An incomplete date is drawn as the empty value
        // the browser reports for it.
        // Read untracked: the view around this one must not redraw on every keystroke.
        let value = self.state.with_untracked(|s| s.answer.as_ref().map(|a| a.as_text().to_string())).filter(|text| text != INCOMPLETE_DATE).unwrap_or_default();
        let field = self.clone();
        let on_input = move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let text = input.value();
            // A half-typed date reads as "" (with validity.badInput set); it becomes an answer the
            // engine refuses with "Enter the whole date", instead of silently no answer at all.
            let incomplete = kind == QuestionKind::Date && text.is_empty() && input.validity().bad_input();
            field.set(Answer::Text(if incomplete { INCOMPLETE_DATE.to_string() } else { text }));
        };
        // A date field fires no `input` while its value stays empty, so a half-typed date is also
        // read when a key is released (Enter submits from the field) and when focus leaves it.
        let read_date = {
            let read = on_input.clone();
            let is_date = kind == QuestionKind::Date;
            move |ev: leptos::ev::Event| {
                if is_date {
                    read(ev)
                }
            }
        };
        let has_error = self.has_error();
        let control = if kind == QuestionKind::LongText {
            view! {
                <textarea id=self.dom_id.clone() {..attr("name", self.dom_id.clone())} {..attr("rows", "5")}
                    {..reactive_attr("aria-describedby", self.described_by())}
                    {..reactive_attr("aria-invalid", move || has_error().then(|| "true".to_string()))}
                    prop:value=value.clone() {..on_event("input", on_input)}></textarea>
            }
            .into_any()
        } else {
            view! {
                <input id=self.dom_id.clone() {..attr("name", self.dom_id.clone())} type={input_type}
                    {..attr("inputmode", input_mode)}
                    {..attr("autocomplete", autocomplete)}
                    {..attr("spellcheck", (kind != QuestionKind::ShortText).then_some("false"))}
                    {..reactive_attr("aria-describedby", self.described_by())}
                    {..reactive_attr("aria-invalid", move || has_error().then(|| "true".to_string()))}
                    prop:value={value} {..on_event("input", on_input.clone())} {..on_event("keyup", read_date.clone())} {..on_event("blur", read_date)} />
            }
            .into_any()
        };
        self.labelled(control)
    }

    /// A question with one control: its label (tied by `for`), hint, error message and the
    /// control, in the order GOV.UK puts them so that the message is read before the input.
    fn labelled(&self, control: AnyView) -> impl IntoView {
        view! {
            <div {..self.field_class()}>
                <label {..attr("for", self.dom_id.clone())}>{self.label_text()}</label>
                {self.hint()}
                {self.error_message()}
                {control}
            </div>
        }
    }

    /// The options of a choice question, with yes/no as two built-in options in the engine's
    /// words (which follow its catalogs, fetched or not yet).
    fn options(&self) -> Vec<(String, Label)> {
        match self.question.kind {
            QuestionKind::YesNo => vec![("yes".into(), Label::Engine(Ui::Yes)), ("no".into(), Label::Engine(Ui::No))],
            _ => self.question.options.iter().map(|o| (o.value.clone(), Label::Form(o.label.clone().unwrap_or(Text::Plain(o.value.clone()))))).collect(),
        }
    }

    /// The id of one option's input; the first option carries the field's id so that the error
    /// summary's link lands on it.
    fn option_id(&self, index: usize) -> String {
        if index == 0 {
            self.dom_id.clone()
        } else {
            format!("{}-{index}", self.dom_id)
        }
    }

    /// Radios (one answer) or checkboxes (several), in a fieldset whose legend is the question.
    /// One view for both: a radio sets the answer to its value, a checkbox adds or removes its
    /// value from the list.
    fn choices(self) -> AnyView {
        let multiple = self.question.kind == QuestionKind::MultipleChoice;
        let (input_type, class) = match self.question.kind {
            QuestionKind::MultipleChoice => ("checkbox", "choices"),
            QuestionKind::YesNo => ("radio", "choices choices-inline"),
            _ => ("radio", "choices"),
        };
        let options = self.options();
        let state = self.state;
        self.grouped(None, view! {
                    <div class=class>
                        {options.into_iter().enumerate().map(|(i, (option, label))| {
                            let id = self.option_id(i);
                            let field = self.clone();
                            let checked = {
                                let option = option.clone();
                                move || state.with(|s| s.answer.as_ref().is_some_and(|a| a.as_text() == option || a.choices().contains(&option)))
                            };
                            let language = self.language;
                            let change = {
                                let option = option.clone();
                                move |ev: leptos::ev::Event| {
                                    if !multiple {
                                        return field.set(Answer::Text(option.clone()));
                                    }
                                    let mut ticked: Vec<String> = state.with_untracked(|s| s.answer.as_ref().map(|a| a.choices().to_vec()).unwrap_or_default());
                                    ticked.retain(|c| c != &option);
                                    if event_target_checked(&ev) {
                                        ticked.push(option.clone());
                                    }
                                    field.set(Answer::Choices(ticked));
                                }
                            };
                            view! {
                                <div class="choice">
                                    <input type=input_type id=id.clone() {..attr("name", self.dom_id.clone())} {..attr("value", option.clone())}
                                        prop:checked={checked} {..on_event("change", change)} />
                                    <label {..attr("for", id)}>{label.shown(language)}</label>
                                </div>
                            }.into_any()
                        }).collect_view()}
                    </div>
        }.into_any())
    }

    /// A question whose controls sit in a fieldset whose legend is the question, with its hint
    /// and error message before them. One view for choices, groups and documents.
    pub(super) fn grouped(&self, class: Option<&'static str>, controls: AnyView) -> AnyView {
        view! {
            <div {..self.field_class()}>
                <fieldset {..attr("class", class)} {..reactive_attr("aria-describedby", self.described_by())}>
                    <legend>{self.label_text()}</legend>
                    {self.hint()}
                    {self.error_message()}
                    {controls}
                </fieldset>
            </div>
        }
        .into_any()
    }

    /// Dropdowns and the country list.
    fn select(self) -> impl IntoView {
        let language = self.language;
        let is_country = self.question.kind == QuestionKind::Country;
        let options = self.options();
        let value = self.answer_text();
        let field = self.clone();
        let has_error = self.has_error();
        // The list changes only with the language, not with the answer: the view below reads
        // only the language (each option's `selected` follows the answer on its own).
        let choices = move || {
            let locale = language.get();
            if is_country {
                crate::browser::country_names(&locale)
            } else {
                options.iter().map(|(v, l)| (v.clone(), l.get(&locale))).collect::<Vec<_>>()
            }
        };
        let control = view! {
                <select id=self.dom_id.clone() {..attr("name", self.dom_id.clone())}
                    {..reactive_attr("aria-describedby", self.described_by())}
                    {..reactive_attr("aria-invalid", move || has_error().then(|| "true".to_string()))}
                    {..on_event("change", move |ev| field.set(Answer::Text(event_target_value(&ev))))}>
                    <option {..attr("value", "")}>{language.tr(Ui::Choose)}</option>
                    {move || {
                        choices().into_iter().map(|(code, name)| {
                            let value = value.clone();
                            let option = code.clone();
                            let is_selected = move || value() == option;
                            view! { <option {..attr("value", code)} prop:selected=is_selected>{name}</option> }.into_any()
                        }).collect_view()
                    }}
                </select>
        }
        .into_any();
        self.labelled(control)
    }

    /// A repeating group: one fieldset per entry with its questions, and buttons to add and
    /// remove entries.
    fn repeating_group(self) -> AnyView {
        let fields = self.fields;
        let run = fields.run;
        let language = self.language;
        let group_id = self.question.id.clone().unwrap_or_default();
        let count = Memo::new({
            let group_id = group_id.clone();
            move |_| run.with(|r| r.answers().entry_count(&group_id))
        });
        let max = self.question.max_entries;
        let here = crate::Here::current();
        let entry_title = self.question.entry_title.clone().unwrap_or(Text::Plain(String::new()));
        let children = self.question.questions.clone();
        let add = {
            let group_id = group_id.clone();
            move |_| {
                let index = run.try_update(|r| r.add_entry(&group_id)).unwrap_or(0);
                let group_id = group_id.clone();
                // Focus the new entry's heading so a keyboard or screen-reader user continues
                // there rather than on the Add button.
                request_animation_frame(move || crate::browser::focus_id(here, &format!("entry-{group_id}-{index}")));
            }
        };
        let add_title = entry_title.clone();
        let add_id = self.dom_id.clone();
        self.grouped(Some("repeating-group"), view! {
                    {move || {
                        let n = count.get();
                        if n == 0 {
                            return view! { <p class="no-entries">{language.tr(Ui::NoEntries)}</p> }.into_any();
                        }
                        (0..n).map(|index| {
                            let title = entry_title.clone();
                            let heading = Signal::derive(move || format!("{} {}", title.get(&language.get()), index + 1));
                            let heading_for_remove = heading;
                            let group_id = group_id.clone();
                            let remove_group = group_id.clone();
                            view! {
                                <fieldset class="entry">
                                    <legend id=format!("entry-{group_id}-{index}") tabindex="-1">{heading}</legend>
                                    {children.iter().cloned().map(|child| view! {
                                        <QuestionView question=child group=Some((group_id.clone(), index)) fields=fields />
                                    }).collect_view()}
                                    <button type="button" class="button button-secondary"
                                        on:click=move |_| {
                                            run.update(|r| r.remove_entry(&remove_group, index));
                                            // The button that had focus is gone; the group's Add
                                            // button is always there after a removal.
                                            let add = FieldPath::top(&remove_group).dom_id();
                                            request_animation_frame(move || crate::browser::focus_id(here, &add));
                                        }>
                                        {Signal::derive(move || format!("{} {}", language.ui(Ui::RemoveEntry), blankett_core::basics::text::lower_first(&heading_for_remove.get())))}
                                    </button>
                                </fieldset>
                            }.into_any()
                        }).collect_view().into_any()
                    }}
                    // Said before the most is reached and after, where Add was.
                    {max.map(|max| view! { <p class="hint">{Signal::derive(move || language.ui(Ui::EntriesAtMost { max }))}</p> })}
                    {move || (max.is_none_or(|max| (count.get() as u32) < max)).then(|| {
                        let add = add.clone();
                        let add_title = add_title.clone();
                        view! {
                            <button type="button" class="button button-secondary" id=add_id.clone() on:click=add>
                                {Signal::derive(move || format!("{} {}", language.ui(Ui::AddEntry), blankett_core::basics::text::lower_first(add_title.get(&language.get()))))}
                            </button>
                        }
                        .into_any()
                    })}
        }.into_any())
    }
}

/// An event handler. Each typed event (`on:input`, `on:keyup`, …) compiles its own attribute
/// code into the download; named events share one (`On<Custom, _>`, which `on:cancel` already
/// needs). The handler is attached and called exactly as a typed one is.
pub(super) fn on_event(name: &'static str, handler: impl FnMut(leptos::ev::Event) + 'static) -> impl leptos::attr::Attribute {
    leptos::tachys::html::event::on(leptos::ev::Custom::new(name), handler)
}

/// An engine word as a schema text, so yes/no options render like designers' options.
/// An option's words: the form's own, or the engine's.
enum Label {
    Form(Text),
    Engine(Ui),
}

impl Label {
    fn get(&self, locale: &blankett_core::basics::text::Locale) -> String {
        match self {
            Label::Form(text) => text.get(locale).to_string(),
            Label::Engine(word) => word.text(locale),
        }
    }
    fn shown(self, language: crate::Language) -> Signal<String> {
        match self {
            Label::Form(text) => language.text(text),
            Label::Engine(word) => language.tr(word),
        }
    }
}

