//! One application form: fetched from the backend, loaded and checked by the engine, then — once
//! the applicant is signed in — filled in page by page on a draft that the backend keeps. A
//! schema with issues is shown to the designer with each located issue instead of a blank page.

use crate::api;
use crate::form::{document::Documents, FormView};
use crate::Language;
use crate::session::{self, Session};
use blankett_core::session::{Event, Leaving, Welcome};
use blankett_core::contract::{Confirmed, Draft, Failure, Request};
use blankett_core::run::Snapshot;
use blankett_core::session::device::{self, Resume, Unsaved};
use blankett_core::schema::load::{read_form, SchemaIssue};
use blankett_core::messages::Ui;
use blankett_core::run::FormRun;
use blankett_core::schema::Form;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug)]
enum Load {
    Loading,
    /// The form, and where the signed-in applicant is in it.
    Ready(Arc<Form>, Snapshot),
    /// The applicant's application of this form is confirmed: it is only viewed (R8).
    Confirmed(Arc<Form>, Draft),
    Broken(Vec<SchemaIssue>),
    /// The form or the drafts could not be read, or nobody is signed in.
    Failed(Failure),
}

/// Reads the form, then the applicant's drafts: the newest unconfirmed draft of this form is
/// continued where it was left (R5), with any answers this device kept that the backend lacks;
/// without one, a draft is started, so that the first page's time is the backend's too (R2),
/// and a draft that expired before it is explained (R4).
/// With `early_answer`, the drafts asked for when the app started may be shown (see
/// `Command::Reload`).
async fn load(id: String, session: Session, documents: Documents, early_answer: bool) -> Load {
    let here = session.here;
    // No id: the address named no form at all.
    let file = if id.is_empty() { Err(Failure::NotFound) } else { api::form_file(here, &id).await };
    let form = match file {
        Err(error) => return Load::Failed(error),
        Ok(api::FormFile::Issues(issues)) => return Load::Broken(issues),
        // A backend that does not check its forms may still send one that cannot be read; that
        // too is shown located, never as a blank page.
        Ok(api::FormFile::Text(text)) => {
            let loaded = read_form(&format!("{id}.json"), &text);
            match loaded.form {
                Some(form) if loaded.issues.is_empty() => Arc::new(form),
                _ => return Load::Broken(loaded.issues),
            }
        }
    };
    let list = match api::drafts(here, early_answer).await {
        Err(failure) => return Load::Failed(failure),
        Ok(list) => list,
    };
    let found = list.drafts.into_iter().find(|d| d.form_id == id);
    let (written, welcome) = match found {
        Some(application) if application.receipt.is_some() => {
            documents.fill(&form, &application.id).await;
            return Load::Confirmed(form, application);
        }
        Some(draft) => {
            let welcome = draft.is_started().then_some(Welcome::Resumed);
            (api::written(draft, list.backend_now), welcome)
        }
        None => match api::perform(here, Request::Create { form_id: id.clone() }).await {
            Ok(written) => (written, list.expired.into_iter().find(|(form, _)| *form == id).map(|(_, at)| Welcome::Expired(at))),
            Err(failure) => return Load::Failed(failure),
        },
    };
    documents.fill(&form, &written.draft.id).await;
    // What this device kept is a cache: another format, or a copy that cannot be read, is dropped.
    let kept = crate::browser::kept(&device::key(&id)).and_then(|text| Unsaved::decode(&text));
    let resume = device::resume(&written.draft, kept);
    let snapshot = match &resume {
        Resume::Unsaved(snapshot) | Resume::Conflict(snapshot) => snapshot.clone(),
        Resume::Saved => Snapshot { answers: written.draft.answers.clone(), page: written.draft.page },
    };
    session.send(Event::Opened { form: form.clone(), written, resume, welcome });
    Load::Ready(form, snapshot)
}

/// Leaving the page with something typed that is not saved: it is saved now, and the browser
/// asks first.
#[cfg(feature = "widget")]
fn ask_before_leaving(session: Session, event: web_sys::Event) {
    session.send(Event::Hidden);
    event.prevent_default();
    let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"1".into());
}

/// One form for the signed-in applicant. Signing in is the backend's page (`/sign-in`, see
/// api/openapi.yaml); the app only links to it.
#[component]
pub fn FormRoute(id: String) -> impl IntoView {
    let language = Language::use_context();
    let state = RwSignal::new(Load::Loading);
    let session = Session::new(&id);
    let documents = Documents::provide();
    let here = session.here;
    // The drafts the page asked for while the app downloaded are taken now, whatever follows,
    // so that a later read is always a request of its own. (A widget's page asked for nothing.)
    #[cfg(not(feature = "widget"))]
    api::start_drafts();
    let fetch = move |early_answer: bool| {
        let id = id.clone();
        state.set(Load::Loading);
        crate::spawn(here, async move {
            let loaded = load(id, session, documents, early_answer).await;
            if matches!(loaded, Load::Failed(Failure::SignedOut)) {
                // Signed out while away: nothing personal stays in this browser.
                crate::browser::forget_personal_data();
            }
            // The page a widget is in hears why the form could not open.
            #[cfg(feature = "widget")]
            if let Load::Failed(failure) = &loaded {
                session.send(Event::LoadFailed(failure.clone()));
            }
            state.set(loaded);
        });
    };
    let reload = fetch.clone();
    session.reload.set_value(Some(Callback::new(move |early_answer| reload(early_answer))));
    // A widget whose host gives it a session token (sign-in "host") reads the draft again with it.
    #[cfg(feature = "widget")]
    crate::widget::on_new_token(here, move || {
        if matches!(state.get_untracked(), Load::Failed(Failure::SignedOut)) {
            session.reload.get_value().map(|reload| reload.run(false));
        }
    });
    // The draft is read once this tab knows it edits it: a tab that waits for another must not
    // send what this device kept (the editing tab does).
    session.begin();
    // The clocks are read from the wall clock every second, and at once when the tab is shown
    // again (after a sleep, or a background tab whose timers the browser slowed down). Hiding the
    // tab or leaving the page saves what is typed at once.
    if let Ok(every_second) = set_interval_with_handle(move || session.send(Event::Tick), std::time::Duration::from_secs(1)) {
        on_cleanup(move || every_second.clear());
    }
    let listeners = [
        window_event_listener_untyped("visibilitychange", move |_| {
            session.send(if crate::browser::is_hidden() { Event::Hidden } else { Event::Tick })
        }),
        window_event_listener_untyped("pagehide", move |_| session.send(Event::Hidden)),
        window_event_listener_untyped("online", move |_| session.send(Event::Online)),
        window_event_listener_untyped("popstate", move |_| {
            if let Some(entry) = crate::browser::history_state(here).as_deref().and_then(blankett_core::session::history::Entry::decode) {
                session.send(Event::Travelled(entry));
            }
        }),
        // A click on the host's page is not on this form: a widget hears the clicks in its own
        // root (where they have not been retargeted to the shadow root's host).
        #[cfg(not(feature = "widget"))]
        window_event_listener_untyped("click", move |event| {
            if crate::browser::is_button_or_link(&event) {
                session.send(Event::Clicked);
            }
        }),
    ];
    #[cfg(feature = "widget")]
    crate::widget::on_page_refused(here, move || session.send(Event::Refused));
    #[cfg(feature = "widget")]
    crate::widget::on_click(here, move |event| {
        if crate::browser::is_button_or_link(event) {
            session.send(Event::Clicked);
        }
    });
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    // Leaving the page asks first, but only while something typed is not saved: a listener
    // that is always there would also keep the page out of the browser's back-forward cache.
    #[cfg(not(feature = "widget"))]
    Effect::new(move |listening: Option<Option<WindowListenerHandle>>| match (listening.flatten(), session.unsaved()) {
        (Some(listener), false) => {
            listener.remove();
            None
        }
        (None, true) => Some(window_event_listener_untyped("beforeunload", move |event| {
            session.send(Event::Hidden);
            event.prevent_default();
            let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"1".into());
        })),
        (listening, _) => listening,
    });
    // The same in a widget, with the listener where its removal can end it.
    #[cfg(feature = "widget")]
    {
        let asking = StoredValue::new(None::<WindowListenerHandle>);
        Effect::new(move |_| {
            let unsaved = session.unsaved();
            asking.update_value(|slot| match (slot.take(), unsaved) {
                (Some(listener), false) => listener.remove(),
                (None, true) => *slot = Some(window_event_listener_untyped("beforeunload", move |event| ask_before_leaving(session, event))),
                (listening, _) => *slot = listening,
            });
        });
        on_cleanup(move || {
            if let Some(listener) = asking.try_update_value(Option::take).flatten() {
                listener.remove();
            }
        });
    }
    crate::browser::hear_other_tabs(here, move |text| {
        if let Some(message) = blankett_core::timing::TabMessage::decode(&text) {
            session.send(Event::Heard(message));
        }
    });
    on_cleanup(move || crate::browser::stop_hearing_other_tabs(here));
    let on_move = Callback::new(move |_: Snapshot| session.send(Event::Moved));

    let screen = move || match state.get() {
        Load::Loading if !session.shows_form() => ().into_any(),
        Load::Loading => view! { <p role="status">{language.tr(Ui::Loading)}</p> }.into_any(),
        Load::Ready(form, resume) => {
            let run = RwSignal::new(FormRun::resume(form.clone(), resume.answers, resume.page));
            session.shown(run);
            // Once confirmed, the form leaves the page: what is left is only to be viewed.
            // A `usize` memo: memos of a type the app already has cost no new compiled code.
            let is_confirmed = Memo::new(move |_| usize::from(session.receipt().is_some()));
            let form_or_receipt = move || {
                if is_confirmed.get() == 1 {
                    return confirmed(run, untrack(|| session.receipt()).unwrap_or_default()).into_any();
                }
                view! {
                    <div {..crate::form::reactive_attr("hidden", move || (!session.shows_form()).then(String::new))}>
                        <FormView form=form.clone() run=run on_move=on_move aside=ViewFn::from(move || session::draft_status(session))
                            end=ViewFn::from(move || session::confirm_section(session)) />
                        {session::time_warning(session)}
                    </div>
                }
                .into_any()
            };
            view! {
                {session::save_notice(session)}
                {session::notices(session)}
                <div {..crate::form::reactive_attr("hidden", move || (!session.hides_form()).then(String::new))}>{session::signed_out_page(session)}</div>
                {form_or_receipt}
                <form class="account-bar" method="post" action="/sign-out" node_ref=session.sign_out_form
                    {..crate::form::reactive_attr("hidden", move || (session.hides_form() || !session.fact(&mut |m| m.editing().is_here())).then(String::new))}
                    on:submit=move |event| { event.prevent_default(); session.send(Event::Leave(Leaving::Chosen)); }>
                    <button type="submit" class="link-button">{language.tr(Ui::SignOut)}</button>
                </form>
            }
            .into_any()
        }
        Load::Confirmed(form, application) => {
            confirmed(RwSignal::new(FormRun::resume(form, application.answers, 0)), application.receipt.unwrap_or_default()).into_any()
        }
        Load::Broken(issues) => schema_issues(issues).into_any(),
        // Signed out since the backend served the page (it sends anyone else to sign in first):
        // straight to its sign-in page, which names the form and brings the applicant back here.
        // The form's address is replaced, so that Back does not come back to be sent on again.
        #[cfg(not(feature = "widget"))]
        Load::Failed(Failure::SignedOut) => {
            crate::browser::replace_location(&untrack(super::sign_in_address));
            ().into_any()
        }
        // A widget stays on its host page: it offers the backend's sign-in, or asks the host
        // for a session token (`crate::widget`).
        #[cfg(feature = "widget")]
        Load::Failed(Failure::SignedOut) => crate::widget::sign_in_needed(here).into_any(),
        Load::Failed(error) => {
            let retry = fetch.clone();
            let retry = (error != Failure::NotFound).then(|| Arc::new(move || retry(false)) as Arc<dyn Fn() + Send + Sync>);
            // An address that names no form is the one refusal here with its own words.
            let text = if error == Failure::NotFound { Ui::FormNotFound } else { error.message() };
            #[cfg(not(feature = "widget"))]
            return view! {
                <h1>{language.tr(Ui::KindOther)}</h1>
                {super::request_failed(text, retry)}
                <p><a href="/">{language.tr(Ui::BackToForms)}</a></p>
            }
            .into_any();
            // A widget's host page has its own ways around; the list of forms is the backend's.
            #[cfg(feature = "widget")]
            view! {
                <h1>{language.tr(Ui::KindOther)}</h1>
                {super::request_failed(text, retry)}
            }
            .into_any()
        }
    };
    view! {
        {session::open_elsewhere(session)}
        {screen}
    }
}

/// A confirmed application, only to be viewed (R8): the receipt with its reference number, that
/// a confirmation was mailed (R9), Print, and every answer as text, with no way to change one.
fn confirmed(run: RwSignal<FormRun>, receipt: Confirmed) -> impl IntoView {
    use crate::form::review;
    let language = Language::use_context();
    crate::feedback::Part::show("receipt".into());
    let title = run.with_untracked(|r| r.form().title.clone());
    let form_title = language.text(title.clone());
    crate::browser::keep_title(Signal::derive(move || format!("{} – {}", language.ui(Ui::ReceiptTitle), title.get(&language.get()))));
    let sent = receipt.confirmed_at.clone();
    let sent = Signal::derive(move || {
        let locale = language.get();
        blankett_core::messages::dated(blankett_core::messages::Dated::SentOn, &crate::browser::long_date_time(&sent, &locale), &locale)
    });
    view! {
        <p class="caption">{form_title}</p>
        <div class="panel">
            <h1 id="receipt-heading" tabindex="-1">{language.tr(Ui::ReceiptTitle)}</h1>
            <p>{language.tr(Ui::YourReference)}<br /><strong class="reference">{receipt.reference.clone()}</strong></p>
        </div>
        <p>{sent}</p>
        <p>{language.tr(Ui::ReceiptEmail)}</p>
        <p>{language.tr(Ui::ReceiptNext)}</p>
        {review::print_button()}
        {review::print_header(run, Some(receipt))}
        {review::summary(run, None)}
    }
}

/// For the form designer: every issue with its file, line, column and field. Schema text is shown
/// as text only.
fn schema_issues(issues: Vec<SchemaIssue>) -> impl IntoView {
    let language = Language::use_context();
    let count = issues.len();
    crate::browser::keep_title(Signal::derive(move || format!("{}{}", language.ui(Ui::ErrorTitlePrefix), language.ui(Ui::SchemaHasIssues { count }))));
    // The list of forms is the backend's start page; a widget's host page has its own.
    #[cfg(not(feature = "widget"))]
    let back = view! { <p><a href="/">{language.tr(Ui::BackToForms)}</a></p> };
    #[cfg(feature = "widget")]
    let back = ();
    view! {
        <h1>{language.tr(Ui::SchemaHasIssues { count })}</h1>
        <p>{language.tr(Ui::SchemaIssuesIntro)}</p>
        <ul class="schema-issues">
            {issues.into_iter().map(|issue| view! {
                <li><code>{format!("{}:{}:{}", issue.file, issue.line, issue.column)}</code>" "
                    {(!issue.path.is_empty()).then(|| view! { <code>{issue.path.clone()}</code> }.into_any())}" "
                    <span>{issue.message.clone()}</span></li>
            }.into_any()).collect_view()}
        </ul>
        {back}
    }
}
