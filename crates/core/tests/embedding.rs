//! A session embedded in someone else's page (the widget): what it tells that page
//! ([`Report`], which the widget sends as DOM events) and how it uses that page's history
//! ([`HistoryMode`]). Driven as `session.rs` drives a tab, with a fake clock; a standalone
//! session, driven the same way, tells nothing.

mod common;
use common::{form_of, today, Page};
use blankett_core::basics::Millis;
use blankett_core::contract::{Confirmed, Draft, Failure, Written};
use blankett_core::messages::Ui;
use blankett_core::run::answers::{Answer, Answers, FieldPath};
use blankett_core::run::{FormRun, Snapshot};
use blankett_core::schema::Form;
use blankett_core::session::device::Resume;
use blankett_core::session::history::{Entry, HistoryMode, HistoryStep};
use blankett_core::session::{Answer as Reply, Claim, Command, Event, Leaving, Report, Screen, Session};
use std::sync::Arc;

const T0: Millis = 1_795_244_400_000;
const SECOND: Millis = 1000;
const MINUTE: Millis = 60 * SECOND;

fn form() -> Arc<Form> {
    let json = r#"{"id": "visa", "title": "Visa", "kind": "visit", "page_time_limit_minutes": 10, "time_warning_seconds": 60, "pages": [
        {"id": "about", "title": "About you", "questions": [{"id": "name", "type": "short_text", "label": "Name", "required": true}]},
        {"id": "more", "title": "More", "questions": [{"id": "note", "type": "short_text", "label": "Note"}]}
    ]}"#;
    form_of(json)
}

struct Widget {
    session: Session,
    page: Page,
    now: Millis,
    /// Every report so far, in order.
    heard: Vec<Report>,
    /// Every history step so far, in order.
    history: Vec<HistoryStep>,
}

impl Widget {
    fn open(session: Session) -> Widget {
        let mut widget = Widget { session, page: Page { run: None, history: None }, now: T0, heard: vec![], history: vec![] };
        assert_eq!(widget.session.first_commands(), [Command::Claim { take_over: false }]);
        widget.send(Event::Claimed(Claim::Held));
        let empty = Snapshot { answers: Answers::default(), page: 0 };
        let written = widget.written(1, &empty, T0 + 10 * MINUTE);
        widget.page.run = Some(FormRun::new(form()));
        widget.send(Event::Opened { form: form(), written, resume: Resume::Saved, welcome: None });
        widget.send(Event::Shown);
        widget
    }

    fn written(&self, version: u64, snapshot: &Snapshot, deadline: Millis) -> Written {
        let draft = Draft {
            id: "d1".into(),
            form_id: "visa".into(),
            receipt: None,
            version,
            answers: snapshot.answers.clone(),
            page: snapshot.page,
            expires_at: None,
            page_deadline: Some("set in `deadline`".into()),
            extensions_left: Some(10),
        };
        Written { draft, backend_now: Some(self.now), deadline: Some(deadline) }
    }

    fn send(&mut self, event: Event) -> Vec<Command> {
        let commands = self.session.handle(event, self.now, &mut self.page);
        for command in &commands {
            match command {
                Command::Report(report) => self.heard.push(report.clone()),
                Command::History(step) => self.history.push(step.clone()),
                _ => {}
            }
        }
        commands
    }

    fn later(&mut self, ms: Millis) -> Vec<Command> {
        self.now += ms;
        self.send(Event::Tick)
    }

    fn run(&mut self) -> &mut FormRun {
        self.page.run.as_mut().unwrap()
    }

    fn type_name(&mut self, text: &str) {
        self.run().set_answer(&FieldPath::top("name"), Answer::Text(text.into()));
        self.send(Event::Typed);
    }

    fn saved(&mut self, version: u64) -> Vec<Command> {
        let snapshot = self.page.snapshot().unwrap();
        let deadline = self.now + self.session.page_time_left().unwrap();
        let written = self.written(version, &snapshot, deadline);
        self.send(Event::Answered(Reply::Written { created: false, result: Ok(written) }))
    }

    /// Next as the form's button does it: the engine checks the page, and the session hears
    /// either the move or the refusal.
    fn next(&mut self) {
        let moved = self.run().next(today()) != blankett_core::run::Step::Invalid;
        self.send(if moved { Event::Moved } else { Event::Refused });
    }

    fn take_heard(&mut self) -> Vec<Report> {
        std::mem::take(&mut self.heard)
    }
}

fn shown(page: &str, number: usize) -> Report {
    Report::PageShown { page: page.into(), number }
}

#[test]
fn the_embedding_page_hears_what_happens_in_order() {
    let mut widget = Widget::open(Session::embedded("visa", HistoryMode::Entries));
    assert_eq!(widget.take_heard(), [shown("about", 1)], "the first page is shown");

    widget.next();
    assert_eq!(widget.take_heard(), [Report::ValidationFailed { page: "about".into(), problems: 1 }]);

    widget.type_name("Amina");
    widget.later(3 * SECOND);
    widget.saved(2);
    assert_eq!(widget.take_heard(), [Report::Saved { draft: "d1".into(), version: 2 }]);

    widget.next();
    assert_eq!(widget.take_heard(), [shown("more", 2)], "the move is saved: heard once the backend answers");
    widget.saved(3);
    widget.next();
    widget.saved(4);
    assert_eq!(widget.take_heard(), [Report::Saved { draft: "d1".into(), version: 3 }, shown("review", 3), Report::Saved { draft: "d1".into(), version: 4 }]);

    widget.send(Event::Confirm { declared: true });
    let receipt = Confirmed { reference: "MIG-2026-000042".into(), confirmed_at: "2026-12-02T15:00:00Z".into() };
    widget.send(Event::Answered(Reply::Confirmed(Ok(receipt))));
    assert_eq!(widget.take_heard(), [Report::Confirmed { reference: "MIG-2026-000042".into() }]);
}

#[test]
fn the_time_warning_the_time_out_and_the_sign_out_are_heard_once_each() {
    let mut widget = Widget::open(Session::embedded("visa", HistoryMode::Entries));
    widget.take_heard();
    widget.later(9 * MINUTE);
    let ends_at = T0 + 10 * MINUTE;
    assert_eq!(widget.take_heard(), [Report::TimeWarning { ends_at }]);
    widget.later(SECOND);
    assert!(widget.take_heard().is_empty(), "the warning is told when it opens, not every second");
    widget.later(MINUTE);
    assert_eq!(widget.take_heard(), [Report::TimedOut, Report::SignedOut], "nothing was typed, so nothing waits to be saved");
    widget.later(MINUTE);
    assert!(widget.take_heard().is_empty());

    let mut widget = Widget::open(Session::embedded("visa", HistoryMode::Entries));
    widget.type_name("Amina");
    widget.take_heard();
    widget.send(Event::Leave(Leaving::Chosen));
    widget.saved(2);
    assert_eq!(widget.take_heard(), [Report::Saved { draft: "d1".into(), version: 2 }, Report::SignedOut]);
}

#[test]
fn failures_are_told_with_the_contracts_problem_type_and_the_applicants_words() {
    let mut widget = Widget::open(Session::embedded("visa", HistoryMode::Entries));
    widget.type_name("Amina");
    widget.later(3 * SECOND);
    widget.send(Event::Answered(Reply::Written { created: false, result: Err(Failure::Stale) }));
    assert_eq!(widget.take_heard(), [shown("about", 1), Report::Failed { problem: "stale-version".into(), message: Ui::DraftStale }]);
    // The form or the drafts could not be read as it opened. Nobody signed in is no failure:
    // the page hears a sign-in instead (from the widget).
    widget.send(Event::LoadFailed(Failure::SignedOut));
    assert_eq!(widget.take_heard(), []);
    widget.send(Event::LoadFailed(Failure::Offline));
    assert_eq!(widget.take_heard(), [Report::Failed { problem: "network".into(), message: Ui::NetworkFailed }]);
}

#[test]
fn with_history_entries_the_form_moves_as_the_standalone_app_does() {
    let mut widget = Widget::open(Session::embedded("visa", HistoryMode::Entries));
    widget.type_name("Amina");
    widget.page.history = Some(Entry { form: "visa".into(), place: 0, previous: None });
    widget.next();
    let pushed = Entry { form: "visa".into(), place: 1, previous: Some(0) };
    assert_eq!(widget.history, [HistoryStep::Replace(Entry { form: "visa".into(), place: 0, previous: None }), HistoryStep::Push(pushed)]);
    widget.saved(2);
    widget.take_heard();
    // The host pushed an entry of its own over the form's (a section of its page): the form
    // marks it with its place before it moves on, so that Back to it shows that place.
    widget.page.history = None;
    widget.history.clear();
    widget.send(Event::Travelled(Entry { form: "visa".into(), place: 0, previous: None }));
    widget.page.history = None;
    widget.run().next(today());
    widget.send(Event::Moved);
    assert_eq!(widget.history, [
        HistoryStep::Replace(Entry { form: "visa".into(), place: 0, previous: None }),
        HistoryStep::Push(Entry { form: "visa".into(), place: 1, previous: Some(0) }),
    ]);
    widget.saved(3);
    widget.take_heard();
    widget.page.history = Some(Entry { form: "visa".into(), place: 0, previous: None });
    widget.send(Event::Travelled(Entry { form: "visa".into(), place: 0, previous: None }));
    assert_eq!(widget.run().place(), 0, "the browser's Back moves the form");
    assert_eq!(widget.take_heard(), [shown("about", 1)]);
}

#[test]
fn without_history_entries_only_the_forms_buttons_move_it() {
    let mut widget = Widget::open(Session::embedded("visa", HistoryMode::None));
    widget.type_name("Amina");
    widget.next();
    widget.saved(2);
    widget.next();
    assert_eq!(widget.run().place(), 2, "on the review");
    assert!(widget.history.is_empty(), "no entry was added or replaced: {:?}", widget.history);
    widget.take_heard();
    // The host's Back lands on an entry that happens to look like the form's: it is the host's.
    let commands = widget.send(Event::Travelled(Entry { form: "visa".into(), place: 0, previous: None }));
    assert_eq!(widget.run().place(), 2);
    assert!(commands.is_empty(), "{commands:?}");
    assert!(widget.take_heard().is_empty());
}

#[test]
fn a_standalone_session_tells_nothing() {
    let mut tab = Widget::open(Session::new("visa"));
    tab.next();
    tab.type_name("Amina");
    tab.later(3 * SECOND);
    tab.saved(2);
    tab.next();
    tab.later(10 * MINUTE);
    tab.saved(3);
    tab.send(Event::LoadFailed(Failure::Offline));
    assert!(tab.heard.is_empty(), "{:?}", tab.heard);
    assert!(!tab.history.is_empty(), "and owns the page's history");
}
