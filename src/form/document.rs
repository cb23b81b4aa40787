//! The `document` question: files an applicant uploads, from a phone as much as from a computer.
//! The browser checks each file against the question's limits before sending it (the rule the
//! backend runs too, `DocumentLimits::admits`), sends it with its progress shown, lists what is
//! uploaded with a Remove button each, and keeps the question's answer (the documents' ids) in
//! step through the engine, so that autosave saves it like any answer. A problem is the engine's
//! error of the question (`FormRun::show_error`), shown like Next's.

use super::question::{on_event, Field};
use super::{attr, reactive_attr};
use crate::{api, browser, Language};
use blankett_core::run::answers::{Answer, FieldPath};
use blankett_core::contract::{Document, Failure};
use blankett_core::messages::{self, Message, Ui};
use blankett_core::run::{FieldState, FormRun};
use blankett_core::schema::{DocumentLimits, Form, Question, QuestionKind};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyView;
use std::sync::Arc;

/// The draft's id and its uploaded documents, for the document questions and for any page that
/// shows the answers. The form route provides it and fills it once the draft is known; without
/// it (a preview of a form) the file input is disabled.
#[derive(Clone, Copy)]
pub struct Documents {
    pub draft: RwSignal<Option<String>>,
    pub list: RwSignal<Vec<Document>>,
    here: crate::Here,
}

impl Documents {
    fn new() -> Self {
        Documents { draft: RwSignal::new(None), list: RwSignal::new(Vec::new()), here: crate::Here::current() }
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
            self.list.set(api::documents(self.here, draft).await.unwrap_or_default());
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

/// One document question as its handlers need it, shared by them (one `Arc` in each handler
/// rather than copies of its strings).
struct Upload {
    run: RwSignal<FormRun>,
    path: FieldPath,
    dom_id: String,
    question: String,
    limits: DocumentLimits,
    state: RwSignal<FieldState>,
    documents: Documents,
    /// While a file is sent: its name, and the percentage sent. (Signals of the draft id's type,
    /// so that they add no signal code of their own.)
    sending: RwSignal<Option<String>>,
    sent: RwSignal<Option<String>>,
}

impl Upload {
    /// The ids of the files shown as uploaded.
    fn ids(&self) -> Vec<String> {
        self.state.with_untracked(|s| self.documents.list.with_untracked(|l| uploaded(s, l))).into_iter().map(|d| d.id).collect()
    }

    /// The answer (if it changed) and the problem shown; then the focus, whose control may be
    /// gone: to the file input, or after an upload to the file's Remove button, whose name says
    /// which file is now uploaded.
    fn show(&self, answer: Option<Vec<String>>, problem: Option<Message>, at: Option<usize>) {
        self.run.update(|r| {
            if let Some(ids) = answer {
                r.set_answer(&self.path, Answer::Choices(ids));
            }
            r.show_error(&self.path, problem);
        });
        let target = at.map_or(self.dom_id.clone(), |at| format!("{}-{at}", self.dom_id));
        let here = self.documents.here;
        request_animation_frame(move || browser::focus_id(here, &target));
    }

    /// An upload or a removal, then its outcome shown.
    fn act(self: &Arc<Self>, act: Act) {
        let Some(draft) = self.documents.draft.get_untracked() else { return };
        let this = self.clone();
        let here = self.documents.here;
        crate::spawn(here, async move {
            let list = this.documents.list;
            match act {
                Act::Upload(file) => {
                    let sent = this.sent;
                    let result = api::upload(here, &draft, &this.question, &file, move |percent: u32| sent.set(Some(percent.to_string()))).await;
                    this.sending.set(None);
                    match result {
                        Ok(document) => {
                            let mut ids = this.ids();
                            ids.push(document.id.clone());
                            let at = ids.len() - 1;
                            list.update(|l| l.push(document));
                            this.show(Some(ids), None, Some(at));
                        }
                        Err(failure) => this.show(None, Some(failure.upload_problem(&this.limits)), None),
                    }
                }
                Act::Remove(id) => match api::remove_document(here, &draft, &id).await {
                    // Gone already is as good.
                    Ok(()) | Err(Failure::NotFound) => {
                        let ids = this.ids().into_iter().filter(|d| *d != id).collect();
                        list.update(|l| l.retain(|d| d.id != id));
                        this.show(Some(ids), None, None);
                    }
                    // The focus stays on its Remove button.
                    Err(failure) => {
                        let at = this.ids().iter().position(|d| *d == id);
                        this.show(None, Some(Message::Failed(failure.message())), at);
                    }
                },
            }
        });
    }

    /// A file chosen: checked here first (the backend's own rule), then sent.
    fn choose(self: &Arc<Self>, ev: leptos::ev::Event) {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        // Choosing the same file again is a change again.
        input.set_value("");
        if let Err(refusal) = self.limits.admits(&file.type_(), file.size() as u64, self.ids().len() as u32) {
            return self.show(None, Some(Message::DocumentRefused(refusal)), None);
        }
        self.sent.set(Some("0".into()));
        self.sending.set(Some(file.name()));
        self.act(Act::Upload(file));
        // The input is gone while the file is sent: its progress takes the focus.
        let progress = format!("{}-progress", self.dom_id);
        let here = self.documents.here;
        request_animation_frame(move || browser::focus_id(here, &progress));
    }

    /// The uploaded files, the progress of one being sent, and the file input; redrawn when a
    /// file comes, goes or is sent, when a problem is shown (the focus is put back), and in
    /// another language.
    fn body(self: &Arc<Self>, language: Language) -> AnyView {
        let (locale, dom_id, sent) = (language.get(), &self.dom_id, self.sent);
        let shown = self.state.with(|s| self.documents.list.with(|l| uploaded(s, l)));
        let count = shown.len();
        let remove = Ui::RemoveEntry.text(&locale);
        let files = shown.into_iter().enumerate().map(|(index, Document { id, name, size, .. })| {
            let this = self.clone();
            view! {
                <li>
                    <span>{format!("{name} ({})", messages::file_size(size, &locale))}</span>" "
                    <button type="button" class="link-button" id=format!("{dom_id}-{index}") on:click=move |_| this.act(Act::Remove(id.clone()))>
                        {remove.clone()}<span class="visually-hidden">{format!(" {name}")}</span>
                    </button>
                </li>
            }
            .into_any()
        });
        let progress = self.sending.get().map(|name| {
            // Named by the label around it.
            let text = Signal::derive(move || {
                let percent = sent.with(|s| s.as_deref().and_then(|s| s.parse().ok()).unwrap_or(0));
                format!("{} {name} {}", language.ui(Ui::Uploading), language.ui(Ui::Percent { percent }))
            });
            view! {
                <label class="upload-progress">{text}<progress {..attr("id", format!("{dom_id}-progress"))} {..attr("tabindex", "-1")} {..attr("max", "100")}
                    {..reactive_attr("value", move || sent.get())}></progress></label>
            }
            .into_any()
        });
        let input = (count < self.limits.max_files as usize && progress.is_none()).then(|| {
            let this = self.clone();
            view! {
                <input type="file" id=dom_id.clone() class="file-input" {..attr("accept", self.limits.file_types.join(","))}
                    {..attr("disabled", self.documents.draft.with_untracked(Option::is_none).then_some(""))}
                    {..on_event("change", move |ev| this.choose(ev))} />
                <label {..attr("for", dom_id.clone())} class="button button-secondary">{Ui::ChooseFile.text(&locale)}</label>
            }
            .into_any()
        });
        view! { <ul class="documents">{files.collect_view()}</ul>{progress}{input} }.into_any()
    }
}

pub(super) fn document(mut field: Field) -> AnyView {
    let language = field.language;
    let limits = field.question.document_limits();
    // What the question takes is part of its hint, in every language of the form.
    field.question.hint = Some(field.fields.run.with_untracked(|r| messages::document_hint(&field.question, &r.form().languages)));
    let upload = Arc::new(Upload {
        run: field.fields.run,
        path: field.path.clone(),
        dom_id: field.dom_id.clone(),
        question: field.question.id.clone().unwrap_or_default(),
        limits,
        state: field.state,
        documents: Documents::use_context().unwrap_or_else(Documents::new),
        sending: RwSignal::new(None),
        sent: RwSignal::new(None),
    });
    // A problem is said by the error summary (an alert).
    field.grouped(None, (move || upload.body(language)).into_any())
}
