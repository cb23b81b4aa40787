//! The `document` question: files an applicant uploads, from a phone as much as from a computer.
//! The browser checks each file against the question's limits before sending it (the rule the
//! backend runs too, `DocumentLimits::admits`), sends it with its progress shown, lists what is
//! uploaded with a Remove button each, and keeps the question's answer (the documents' ids) in
//! step through the engine, so that autosave saves it like any answer. A problem is the engine's
//! error of the question (`FormRun::show_error`), shown like Next's.

use super::question::{on_event, Field};
use super::attr;
use crate::{api, browser};
use blankett_core::answers::Answer;
use blankett_core::contract::{Document, Failure};
use blankett_core::messages::{self, Message, Ui};
use blankett_core::run::FieldState;
use blankett_core::schema::{Form, Question, QuestionKind};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyView;
use leptos::task::spawn_local;

/// The draft's id and its uploaded documents, for the document questions and for any page that
/// shows the answers. The form route provides it and fills it once the draft is known; without
/// it (a preview of a form) the file input is disabled.
#[derive(Clone, Copy)]
pub struct Documents {
    pub draft: RwSignal<Option<String>>,
    pub list: RwSignal<Vec<Document>>,
}

impl Documents {
    fn new() -> Self {
        Documents { draft: RwSignal::new(None), list: RwSignal::new(Vec::new()) }
    }
    pub fn provide() -> Self {
        let documents = Documents::new();
        provide_context(documents);
        documents
    }
    pub fn use_context() -> Option<Self> {
        use_context::<Documents>()
    }
    /// The draft is known: its id, and its documents if the form asks for any.
    pub async fn fill(self, form: &Form, draft: &str) {
        fn asks(q: &Question) -> bool {
            q.kind == QuestionKind::Document || q.questions.iter().any(asks)
        }
        self.draft.set(Some(draft.to_string()));
        if form.pages.iter().flat_map(|p| &p.questions).any(asks) {
            self.list.set(api::documents(draft).await.unwrap_or_default());
        }
    }
}

/// The uploaded files of an answer, in its order. An id the list lacks is not shown, and is
/// dropped from the answer with the next change.
fn uploaded(state: &FieldState, list: &[Document]) -> Vec<Document> {
    let ids = state.answer.as_ref().map(Answer::choices).unwrap_or_default();
    ids.iter().filter_map(|id| list.iter().find(|d| &d.id == id).cloned()).collect()
}

/// What the applicant asked for: one task (one compiled future) does either.
enum Act {
    Upload(web_sys::File),
    /// The document's id.
    Remove(String),
}

pub(super) fn document(mut field: Field) -> AnyView {
    let language = field.language;
    let Documents { draft, list } = Documents::use_context().unwrap_or_else(Documents::new);
    let limits = field.question.document_limits();
    // What the question takes is part of its hint, in every language of the form.
    field.question.hint = Some(field.run.with_untracked(|r| messages::document_hint(&field.question, &r.form().languages)));
    let (max, run, path, state) = (limits.max_files as usize, field.run, field.path.clone(), field.state);
    let question_id = field.question.id.clone().unwrap_or_default();
    let dom_id = field.dom_id.clone();
    let accept = limits.file_types.join(",");
    // While a file is sent: its name and the percentage sent. (Signals of the draft id's type,
    // so that they add no signal code of their own.)
    let (sending_name, sent) = (RwSignal::new(None::<String>), RwSignal::new(None::<String>));
    // Numbers, like the form's other memos. The files and the input are redrawn only when these
    // change: never when a problem is shown, which would take the focus away.
    let count = Memo::new(move |_| state.with(|s| list.with(|l| uploaded(s, l).len())));
    let sending = Memo::new(move |_| sent.with(|s| usize::from(s.is_some())));
    let now_uploaded = move || state.with_untracked(|s| list.with_untracked(|l| uploaded(s, l)).into_iter().map(|d| d.id).collect::<Vec<_>>());
    let show_error = {
        let path = path.clone();
        move |problem: Option<Message>| run.update(|r| r.show_error(&path, problem))
    };

    // An upload or a removal, then the answer and the problem shown; then the focus, whose control
    // may be gone: to the uploaded file's Remove button (its name says which file is uploaded), or
    // to the file input.
    let act = {
        let (dom_id, limits, show_error) = (dom_id.clone(), limits.clone(), show_error.clone());
        move |act: Act| {
            let Some(draft) = draft.get_untracked() else { return };
            let (dom_id, limits, question, path, show_error) = (dom_id.clone(), limits.clone(), question_id.clone(), path.clone(), show_error.clone());
            spawn_local(async move {
                let mut ids = now_uploaded();
                let done = match act {
                    Act::Upload(file) => {
                        let progress = move |percent: u32| sent.set(Some(percent.to_string()));
                        match api::upload(&draft, &question, &file, progress).await {
                            Ok(document) => {
                                ids.push(document.id.clone());
                                list.update(|l| l.push(document));
                                Ok(ids)
                            }
                            Err(failure) => Err(failure.upload_problem(&limits)),
                        }
                    }
                    Act::Remove(id) => match api::remove_document(&draft, &id).await {
                        // Gone already is as good.
                        Ok(()) | Err(Failure::NotFound) => {
                            ids.retain(|d| *d != id);
                            list.update(|l| l.retain(|d| d.id != id));
                            Ok(ids)
                        }
                        Err(failure) => Err(Message::Failed(failure.message())),
                    },
                };
                let uploaded = sent.with_untracked(Option::is_some) && done.is_ok();
                match done {
                    Ok(ids) => {
                        run.update(|r| r.set_answer(&path, Answer::Choices(ids)));
                        show_error(None);
                    }
                    Err(problem) => show_error(Some(problem)),
                }
                sent.set(None);
                let count = count.get_untracked();
                let target = if count < max && !uploaded { dom_id } else { format!("{dom_id}-{}", count.saturating_sub(1)) };
                request_animation_frame(move || browser::focus_id(&target));
            });
        }
    };

    let choose = {
        let (act, show_error, progress) = (act.clone(), show_error.clone(), format!("{dom_id}-progress"));
        move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Choosing the same file again is a change again.
            input.set_value("");
            if let Err(refusal) = limits.admits(&file.type_(), file.size() as u64, count.get_untracked() as u32) {
                return show_error(Some(Message::DocumentRefused(refusal)));
            }
            sending_name.set(Some(file.name()));
            sent.set(Some("0".into()));
            act(Act::Upload(file));
            // The input is gone while the file is sent: the progress takes the focus.
            let progress = progress.clone();
            request_animation_frame(move || browser::focus_id(&progress));
        }
    };

    // The uploaded files, the progress of one being sent, and the file input. Redrawn when a
    // file comes or goes, and in another language.
    let body = move || {
        let (count, sending, locale) = (count.get(), sending.get(), language.get());
        let shown = state.with_untracked(|s| list.with_untracked(|l| uploaded(s, l)));
        let remove = Ui::RemoveEntry.text(&locale);
        let files = shown.into_iter().enumerate().map(|(index, document)| {
            let act = act.clone();
            let id = document.id.clone();
            view! {
                <li>
                    <span>{format!("{} ({})", document.name, messages::file_size(document.size, &locale))}</span>" "
                    <button type="button" class="link-button" id=format!("{dom_id}-{index}") on:click=move |_| act(Act::Remove(id.clone()))>
                        {remove.clone()}<span class="visually-hidden">{format!(" {}", document.name)}</span>
                    </button>
                </li>
            }
            .into_any()
        });
        // The progress is named by the label around it.
        let progress = (sending == 1).then(|| {
            let text = Signal::derive(move || {
                let percent = sent.with(|s| s.as_deref().and_then(|s| s.parse().ok()).unwrap_or(0));
                format!("{} {} {}", language.ui(Ui::Uploading), sending_name.get().unwrap_or_default(), language.ui(Ui::Percent { percent }))
            });
            view! {
                <label class="upload-progress">{text}<progress id=format!("{dom_id}-progress") {..attr("tabindex", "-1")} {..attr("max", "100")} {..super::reactive_attr("value", move || sent.get())}></progress></label>
            }
            .into_any()
        });
        let input = (count < max && sending == 0).then(|| {
            view! {
                <input type="file" id=dom_id.clone() class="file-input" {..attr("accept", accept.clone())}
                    {..attr("disabled", draft.with_untracked(Option::is_none).then_some(""))}
                    {..on_event("change", choose.clone())} />
                <label {..attr("for", dom_id.clone())} class="button button-secondary">{Ui::ChooseFile.text(&locale)}</label>
            }
            .into_any()
        });
        view! { <ul class="documents">{files.collect_view()}</ul>{progress}{input} }.into_any()
    };

    // A problem is said by the error summary (an alert).
    field.grouped(None, body.into_any())
}
