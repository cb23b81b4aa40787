//! One draft's session, driven as the browser drives it: events at times on a fake clock, the
//! backend's answers given by the test, and the commands the session returns checked as what the
//! applicant would see happen (a save sent, the warning opened, the signed-out page, focus).
//!
//! The form has two pages of ten minutes each with the warning a minute before the end; "the
//! tab" is a [`Tab`]: the session, a real `FormRun` on screen and the browser's history entry.

mod common;
use common::{form_of, today, Page};
use blankett_core::run::answers::{Answer, Answers, FieldPath};
use blankett_core::contract::{Confirmed, Draft, Failure, Request, Written};
use blankett_core::run::Snapshot;
use blankett_core::session::sync::SaveState;
use blankett_core::session::device::{Resume, Unsaved};
use blankett_core::session::editing::Editing;
use blankett_core::session::history::{Entry, HistoryStep};
use blankett_core::basics::Millis;
use blankett_core::session::confirmation::Confirmation;
use blankett_core::run::FormRun;
use blankett_core::schema::Form;
use blankett_core::session::{Answer as Reply, Claim, Command, Event, Focus, Leaving, Screen, Session};
use blankett_core::timing::{Reason, TabMessage, INACTIVITY_LIMIT};
use std::sync::Arc;

const T0: Millis = 1_795_244_400_000;
const SECOND: Millis = 1000;
const MINUTE: Millis = 60 * SECOND;
const PAGE: Millis = 10 * MINUTE;

fn form(on_time_out: &str, minutes: u32) -> Arc<Form> {
    let json = format!(
        r#"{{"id": "visa", "title": "Visa", "kind": "visit", "page_time_limit_minutes": {minutes}, "time_warning_seconds": 60,
            "on_time_out": "{on_time_out}", "pages": [
            {{"id": "about", "title": "About you", "questions": [{{"id": "name", "type": "short_text", "label": "Name", "required": true}}]}},
            {{"id": "more", "title": "More", "questions": [{{"id": "note", "type": "short_text", "label": "Note"}}]}}
        ]}}"#
    );
    form_of(&json)
}

/// One browser tab with the session in it.
struct Tab {
    session: Session,
    page: Page,
    now: Millis,
}

fn draft(version: u64, snapshot: &Snapshot) -> Draft {
    Draft {
        id: "d1".into(),
        form_id: "visa".into(),
        receipt: None,
        version,
        answers: snapshot.answers.clone(),
        page: snapshot.page,
        expires_at: Some("2026-12-30T15:00:00Z".into()),
        page_deadline: Some("set in `deadline`".into()),
        extensions_left: Some(10),
    }
}

impl Tab {
    /// A tab that asked to edit the draft and was told whether it may.
    fn new(claim: Claim) -> Tab {
        let mut session = Session::new("visa");
        assert_eq!(session.first_commands(), [Command::Claim { take_over: false }], "a tab first asks whether it edits the draft");
        let mut tab = Tab { session, page: Page { run: None, history: None }, now: T0 };
        let reload = tab.send(Event::Claimed(claim));
        let read = if claim == Claim::Held { vec![Command::Reload { early_answer: true }] } else { vec![] };
        assert_eq!(reload, read, "the draft is read once this tab edits it, from the answer asked for while the app downloaded");
        tab
    }

    /// The form opened on a new draft at version 1, on its first page, in this tab.
    fn open(form: Arc<Form>) -> Tab {
        let mut tab = Tab::new(Claim::Held);
        tab.opened(form, 1, Resume::Saved);
        tab
    }

    fn opened(&mut self, form: Arc<Form>, version: u64, resume: Resume) -> Vec<Command> {
        let empty = Snapshot { answers: Answers::default(), page: 0 };
        let limit = Millis::from(form.page_time_limit_minutes.unwrap_or(30)) * MINUTE;
        let written = self.written(version, &empty, self.now + limit);
        self.page.run = Some(FormRun::new(form.clone()));
        let mut commands = self.send(Event::Opened { form, written, resume, welcome: None });
        commands.extend(self.send(Event::Shown));
        commands
    }

    fn written(&self, version: u64, snapshot: &Snapshot, deadline: Millis) -> Written {
        Written { draft: draft(version, snapshot), backend_now: Some(self.now), deadline: Some(deadline) }
    }

    fn send(&mut self, event: Event) -> Vec<Command> {
        self.session.handle(event, self.now, &mut self.page)
    }

    /// `ms` later, the clock ticks.
    fn later(&mut self, ms: Millis) -> Vec<Command> {
        self.now += ms;
        self.send(Event::Tick)
    }

    fn run(&mut self) -> &mut FormRun {
        self.page.run.as_mut().expect("the form is on screen")
    }

    /// The applicant types into a question, as the app's effect tells the session.
    fn type_in(&mut self, id: &str, text: &str) -> Vec<Command> {
        self.run().set_answer(&FieldPath::top(id), Answer::Text(text.into()));
        let answers = self.run().answers().clone();
        assert!(self.session.is_change(&answers));
        self.send(Event::Typed)
    }

    /// The backend wrote the save under way as `version`, with the page's deadline unchanged.
    fn saved(&mut self, version: u64) -> Vec<Command> {
        let snapshot = self.page.snapshot().unwrap();
        let deadline = self.now + self.session.page_time_left().unwrap();
        let written = self.written(version, &snapshot, deadline);
        self.send(Event::Answered(Reply::Written { created: false, result: Ok(written) }))
    }

    fn failed(&mut self, failure: Failure) -> Vec<Command> {
        self.send(Event::Answered(Reply::Written { created: false, result: Err(failure) }))
    }

    fn answer_of(&self, id: &str) -> String {
        self.page.run.as_ref().unwrap().answers().at(&FieldPath::top(id)).map(|a| a.as_text().to_string()).unwrap_or_default()
    }
}

/// The saves among the commands, as (version it is based on, the answer to `name`).
fn saves(commands: &[Command]) -> Vec<(u64, String)> {
    commands
        .iter()
        .filter_map(|c| match c {
            Command::Send(Request::Save { version, body, .. }) => {
                let name = body.split("\"name\":").nth(1).and_then(|rest| rest.split('"').nth(1)).unwrap_or("").to_string();
                Some((*version, name))
            }
            _ => None,
        })
        .collect()
}

/// What the device was asked to keep, read back as the app would after a reload.
fn kept(commands: &[Command]) -> Option<Option<Unsaved>> {
    commands.iter().rev().find_map(|c| match c {
        Command::KeepOnDevice { key, text } => {
            assert_eq!(key, "blankett:unsaved:visa");
            Some(Some(Unsaved::decode(text).expect("the device copy reads back")))
        }
        Command::ForgetOnDevice { .. } => Some(None),
        _ => None,
    })
}

fn named(name: &str) -> Answers {
    let mut answers = Answers::default();
    answers.set(&FieldPath::top("name"), Answer::Text(name.into()));
    answers
}

fn signs_out(commands: &[Command]) -> bool {
    commands.contains(&Command::EndSession) || commands.contains(&Command::SubmitSignOut)
}

#[test]
fn typing_is_saved_after_a_pause_and_the_device_keeps_it_until_the_backend_has_it() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    assert!(tab.type_in("name", "Amina").is_empty(), "nothing is sent while the applicant types");
    assert!(saves(&tab.later(1500)).is_empty());
    let sent = tab.later(600);
    assert_eq!(saves(&sent), [(1, "Amina".to_string())], "a 2-second pause saves");
    let unsaved = kept(&sent).flatten().expect("kept on the device while on its way");
    assert_eq!((unsaved.draft.as_str(), unsaved.based_on), ("d1", 1));
    assert_eq!(tab.session.save_state(), &SaveState::Saving);
    assert!(tab.session.unsaved());

    let answered = tab.saved(2);
    assert_eq!(kept(&answered), Some(None), "the device forgets what the backend has");
    assert_eq!(tab.session.save_state(), &SaveState::Saved { at: tab.now });
    assert!(!tab.session.unsaved());
    assert!(saves(&tab.later(10 * SECOND)).is_empty(), "nothing new, nothing sent");
}

#[test]
fn typing_without_a_pause_is_saved_every_15_seconds() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    let mut sent = Vec::new();
    for i in 0..16 {
        tab.type_in("name", &"A".repeat(i + 1));
        sent.extend(saves(&tab.later(SECOND)));
    }
    assert_eq!(sent.len(), 1, "one save while typing on: {sent:?}");
}

#[test]
fn a_failed_save_keeps_everything_says_so_and_goes_through_on_try_again() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.later(3 * SECOND);
    let notices = tab.session.notices();
    let failed = tab.failed(Failure::Unexpected);
    assert_eq!(tab.session.save_state(), &SaveState::Failed(Failure::Unexpected));
    assert_ne!(tab.session.notices(), notices, "the notice says what happened");
    assert_eq!(kept(&failed).flatten().map(|u| u.snapshot.answers), Some(tab.run().answers().clone()), "the device keeps every answer");
    assert_eq!(tab.answer_of("name"), "Amina");
    assert!(tab.session.unsaved());
    let notices = tab.session.notices();
    tab.later(SECOND);
    assert_eq!(tab.session.notices(), notices, "a tick does not rebuild the notice (a screen reader would hear it again)");

    let again = tab.send(Event::Retry);
    assert_eq!(saves(&again), [(1, "Amina".to_string())], "Try again sends the same answers");
    tab.saved(2);
    assert_eq!(tab.session.save_state(), &SaveState::Saved { at: tab.now });
}

#[test]
fn offline_the_answers_wait_on_the_device_and_are_retried_sooner_at_first_and_at_once_when_online() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.later(3 * SECOND);
    tab.failed(Failure::Offline);
    assert!(saves(&tab.later(4 * SECOND)).is_empty());
    assert_eq!(saves(&tab.later(SECOND)).len(), 1, "tried again after 5 seconds");
    tab.failed(Failure::Offline);
    tab.type_in("name", "Amina Yusuf");
    let waiting = tab.later(3 * SECOND);
    assert!(saves(&waiting).is_empty(), "a failed save is not sent again on the next change");
    assert_eq!(kept(&waiting).flatten().map(|u| tab.answer_of("name") == u.snapshot.answers.at(&FieldPath::top("name")).unwrap().as_text()), Some(true), "the newest answers are on the device");
    assert!(saves(&tab.later(5 * SECOND)).is_empty(), "the second retry waits 10 seconds");
    let online = tab.send(Event::Online);
    assert_eq!(saves(&online), [(1, "Amina Yusuf".to_string())], "the network is back: sent at once, newest answers only");
    tab.saved(2);
    assert_eq!(tab.session.save_state(), &SaveState::Saved { at: tab.now });

    // A refusal that needs the applicant is not retried by itself.
    tab.type_in("name", "Amina");
    tab.later(3 * SECOND);
    tab.failed(Failure::SignedOut);
    assert!(saves(&tab.later(5 * MINUTE)).is_empty());
}

#[test]
fn the_warning_comes_a_minute_before_the_page_time_ends_saves_and_keeps_the_session_alive() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    assert!(!tab.later(PAGE - MINUTE - SECOND).contains(&Command::OpenWarning));
    // Typed a moment ago: the pause that saves has not come yet, the warning has.
    tab.type_in("name", "Amina");
    let warned = tab.later(SECOND);
    assert!(warned.contains(&Command::OpenWarning));
    assert_eq!(saves(&warned).len(), 1, "the warning saves the page at once");
    assert!(warned.contains(&Command::KeepAlive { at: tab.now }));
    assert_eq!(tab.session.warning(), Some((Reason::PageTime, MINUTE, true)));
    assert!(!tab.later(SECOND).contains(&Command::OpenWarning), "opened once");
}

#[test]
fn more_time_closes_the_warning_and_an_answer_that_crossed_it_on_the_network_does_not_take_it_back() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.later(3 * SECOND);
    // The save's answer left the backend before the extension and arrives after it.
    let deadline_before = T0 + PAGE;
    tab.later(PAGE - MINUTE - 3 * SECOND);
    let extended = tab.send(Event::MoreTime);
    assert!(extended.contains(&Command::Extend { draft: "d1".into() }));
    assert!(extended.contains(&Command::CloseWarning));
    assert!(extended.contains(&Command::TellOtherTabs(TabMessage::Activity { at: tab.now })), "the other tabs count it as activity");
    assert_eq!(tab.session.page_time_left(), Some(PAGE));
    let late = tab.written(2, &tab.page.snapshot().unwrap(), deadline_before);
    tab.send(Event::Answered(Reply::Written { created: false, result: Ok(late) }));
    assert_eq!(tab.session.page_time_left(), Some(PAGE), "the late answer does not undo the extension");
    assert!(tab.session.warning().is_none());

    // The backend's own answer to the extension sets the exact deadline, and other tabs hear it.
    let exact = tab.written(3, &tab.page.snapshot().unwrap(), tab.now + PAGE - 2 * SECOND);
    let told = tab.send(Event::Answered(Reply::Extended(exact)));
    assert!(told.iter().any(|c| matches!(c, Command::TellOtherTabs(TabMessage::Deadline { page: 0, .. }))));
}

#[test]
fn the_time_out_saves_before_signing_out_and_a_failed_save_holds_the_sign_out_until_it_goes_through() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.later(PAGE - MINUTE);
    tab.saved(2);
    tab.type_in("name", "Amina Yusuf");
    let ended = tab.later(MINUTE);
    assert_eq!(tab.session.leaving(), Some(Leaving::TimeOut(Reason::PageTime)));
    assert_eq!(saves(&ended), [(2, "Amina Yusuf".to_string())], "the last answers are saved first");
    assert!(!signs_out(&ended), "not signed out before the save");
    assert!(ended.contains(&Command::Focus(Focus::SignedOutHeading)) && ended.contains(&Command::SignedOutTitle));
    assert!(tab.session.hides_form());
    assert!(!tab.session.is_signed_out());

    let failed = tab.failed(Failure::Offline);
    assert!(!signs_out(&failed), "a failed save keeps the session and everything typed");
    assert!(!tab.session.is_signed_out());
    assert_eq!(kept(&failed).flatten().map(|u| u.based_on), Some(2));

    let retried = tab.later(5 * SECOND);
    assert_eq!(saves(&retried).len(), 1);
    let done = tab.saved(3);
    assert!(done.contains(&Command::EndSession));
    assert!(done.contains(&Command::ForgetPersonalData));
    assert!(done.contains(&Command::TellOtherTabs(TabMessage::SignedOut)), "every tab signs out");
    assert!(tab.session.is_signed_out());
    assert_eq!(tab.session.kept_until(), Some("2026-12-30T15:00:00Z"), "the signed-out page says until when the answers are kept");
}

#[test]
fn with_save_and_continue_the_page_starts_again_once_saved() {
    let mut tab = Tab::open(form("save-and-continue", 10));
    tab.type_in("name", "Amina");
    let ended = tab.later(PAGE);
    assert_eq!(saves(&ended).len(), 1);
    assert!(!tab.session.hides_form(), "the form stays");
    assert!(!tab.session.restarted(), "not before the save");
    let restarted = tab.saved(2);
    assert!(!signs_out(&restarted));
    assert!(tab.session.restarted());
    assert_eq!(tab.session.leaving(), None);
    assert_eq!(tab.session.page_time_left(), Some(PAGE));
    assert_eq!(tab.answer_of("name"), "Amina");
}

#[test]
fn thirty_minutes_without_a_click_signs_out_and_a_click_in_the_warning_stays_signed_in() {
    let mut tab = Tab::open(form("save-and-continue", 60));
    let warned = tab.later(INACTIVITY_LIMIT - MINUTE);
    assert!(warned.contains(&Command::OpenWarning));
    assert_eq!(tab.session.warning().map(|(reason, ..)| reason), Some(Reason::Inactivity));
    let stayed = tab.send(Event::Clicked);
    assert!(stayed.contains(&Command::CloseWarning));
    assert!(stayed.contains(&Command::KeepAlive { at: tab.now }), "the backend hears of the click");

    let ended = tab.later(INACTIVITY_LIMIT);
    assert_eq!(tab.session.leaving(), Some(Leaving::TimeOut(Reason::Inactivity)));
    assert!(tab.session.hides_form(), "inactivity always signs out, whatever the page's policy");
    assert!(ended.contains(&Command::EndSession), "nothing was left to save: signed out at once");
    assert!(tab.session.is_signed_out());
}

#[test]
fn another_tabs_sign_out_saves_this_tabs_answers_then_shows_the_signed_out_page() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    let heard = tab.send(Event::Heard(TabMessage::SignedOut));
    assert_eq!(tab.session.leaving(), Some(Leaving::Elsewhere));
    assert_eq!(saves(&heard), [(1, "Amina".to_string())]);
    assert!(tab.session.hides_form());
    let done = tab.saved(2);
    assert!(done.contains(&Command::ForgetPersonalData));
    assert!(!done.iter().any(|c| matches!(c, Command::TellOtherTabs(TabMessage::SignedOut))), "no echo to the other tabs");
    assert!(!done.contains(&Command::EndSession), "the session is already over");
    assert!(tab.session.is_signed_out());
    assert!(tab.send(Event::Heard(TabMessage::SignedOut)).is_empty(), "heard twice, left once");
}

#[test]
fn sign_out_saves_first_then_goes_to_the_backends_sign_out_page() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    let leaving = tab.send(Event::Leave(Leaving::Chosen));
    assert_eq!(saves(&leaving).len(), 1);
    assert!(!leaving.contains(&Command::SubmitSignOut));
    assert!(!tab.session.hides_form(), "the form stays until the backend's page replaces it");
    let failed = tab.failed(Failure::Offline);
    assert!(!signs_out(&failed), "a failed save keeps the applicant here, with Try again");
    assert_eq!(saves(&tab.send(Event::Retry)).len(), 1);
    let done = tab.saved(2);
    assert!(done.contains(&Command::SubmitSignOut));
    assert!(done.contains(&Command::TellOtherTabs(TabMessage::SignedOut)));
}

#[test]
fn a_tab_that_is_taken_over_saves_first_and_the_new_editor_shows_what_it_saved() {
    let mut first = Tab::open(form("save-and-sign-out", 10));
    first.type_in("name", "Amina");

    // A second tab opens the draft: it waits, and offers to edit here.
    let mut second = Tab::new(Claim::HeldElsewhere);
    assert_eq!(second.session.editing(), Editing::OpenElsewhere);
    assert!(!second.session.shows_form());
    assert_eq!(second.send(Event::EditHere), [Command::Claim { take_over: true }]);

    let lost = first.send(Event::Claimed(Claim::Lost));
    assert_eq!(first.session.editing(), Editing::TakenOver);
    assert!(!first.session.shows_form());
    assert_eq!(saves(&lost), [(1, "Amina".to_string())], "the tab that lost the draft saves what it has");
    let told = first.saved(2);
    assert!(told.contains(&Command::TellOtherTabs(TabMessage::Saved { draft: "d1".into(), version: 2 })));
    assert!(!first.later(PAGE).contains(&Command::OpenWarning), "a tab that does not edit keeps no clocks");

    // The new editor read version 1 before the save arrived: it reads again. It waited for the
    // other tab, so the answer its page asked for while it downloaded is out of date: a new read.
    assert_eq!(second.send(Event::Claimed(Claim::Held)), [Command::Reload { early_answer: false }]);
    second.opened(form("save-and-sign-out", 10), 1, Resume::Saved);
    let heard = second.send(Event::Heard(TabMessage::Saved { draft: "d1".into(), version: 2 }));
    assert!(heard.contains(&Command::Reload { early_answer: false }), "it shows the answers saved in the other tab");
    assert!(!second.send(Event::Heard(TabMessage::Saved { draft: "other".into(), version: 9 })).iter().any(|c| matches!(c, Command::Reload { .. })));
}

/// The tab that lost the draft saves while the new editor reads it: the save can land after the
/// read, and the other tab's word of it can come before the read's answer. The new editor then
/// reads again once it has opened the older version.
#[test]
fn a_save_the_new_editor_hears_of_before_its_read_arrives_is_read_again() {
    let mut second = Tab::new(Claim::HeldElsewhere);
    second.send(Event::EditHere);
    assert_eq!(second.send(Event::Claimed(Claim::Held)), [Command::Reload { early_answer: false }]);
    assert!(second.send(Event::Heard(TabMessage::Saved { draft: "d1".into(), version: 2 })).is_empty(), "nothing to read again before the first read");
    let opened = second.opened(form("save-and-sign-out", 10), 1, Resume::Saved);
    assert!(opened.contains(&Command::Reload { early_answer: false }), "version 1 read, version 2 saved: read again");
    let again = second.opened(form("save-and-sign-out", 10), 2, Resume::Saved);
    assert!(!again.iter().any(|c| matches!(c, Command::Reload { .. })), "the newest read: done");

    // A read that came after the save needs nothing more; nor does word of another draft.
    let mut third = Tab::new(Claim::HeldElsewhere);
    third.send(Event::EditHere);
    third.send(Event::Claimed(Claim::Held));
    third.send(Event::Heard(TabMessage::Saved { draft: "d1".into(), version: 2 }));
    third.send(Event::Heard(TabMessage::Saved { draft: "other".into(), version: 9 }));
    assert!(!third.opened(form("save-and-sign-out", 10), 2, Resume::Saved).iter().any(|c| matches!(c, Command::Reload { .. })));
}

#[test]
fn answers_kept_on_the_device_are_sent_on_opening_or_after_a_save_elsewhere_the_applicant_chooses() {
    let kept = Snapshot { answers: named("Amina"), page: 0 };
    let mut tab = Tab::new(Claim::Held);
    let opened = tab.opened(form("save-and-sign-out", 10), 1, Resume::Unsaved(kept.clone()));
    assert_eq!(saves(&opened), [(1, "Amina".to_string())], "what the backend lacked is sent at once");

    let mut tab = Tab::new(Claim::Held);
    let opened = tab.opened(form("save-and-sign-out", 10), 3, Resume::Conflict(kept));
    assert!(saves(&opened).is_empty(), "nothing is sent over the answers saved elsewhere");
    assert_eq!(tab.session.save_state(), &SaveState::Failed(Failure::Stale));
    assert!(saves(&tab.send(Event::Retry)).is_empty(), "Try again cannot save over them either");
    assert_eq!(tab.send(Event::KeepMine), [Command::ReadVersion { draft: "d1".into() }]);
    let read = tab.written(4, &Snapshot { answers: Answers::default(), page: 0 }, tab.now + PAGE);
    let mine = tab.send(Event::Answered(Reply::Read(Ok(read))));
    assert_eq!(saves(&mine), [(4, "Amina".to_string())], "kept: saved over the newest version");

    let mut tab = Tab::new(Claim::Held);
    tab.opened(form("save-and-sign-out", 10), 3, Resume::Conflict(Snapshot { answers: named("A"), page: 0 }));
    let shown = tab.send(Event::ShowSaved);
    assert_eq!(shown, [Command::ForgetOnDevice { key: "blankett:unsaved:visa".into() }, Command::Reload { early_answer: false }], "the saved answers are shown instead");
}

#[test]
fn next_adds_a_history_entry_and_the_browsers_back_moves_like_the_forms_back() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.page.history = Some(Entry { form: "visa".into(), place: 0, previous: None });
    tab.run().next(today());
    let moved = tab.send(Event::Moved);
    let pushed = Entry { form: "visa".into(), place: 1, previous: Some(0) };
    assert!(moved.contains(&Command::History(HistoryStep::Push(pushed.clone()))));
    assert_eq!(saves(&moved).len(), 1, "a move is saved at once");
    assert_eq!(tab.session.page_time_left(), Some(PAGE), "the new page has its own time");
    tab.saved(2);

    tab.page.history = Some(Entry { form: "visa".into(), place: 0, previous: None });
    let back = tab.send(Event::Travelled(Entry { form: "visa".into(), place: 0, previous: None }));
    assert_eq!(tab.run().place(), 0);
    assert!(back.contains(&Command::Focus(Focus::PageHeading)));
    assert!(!back.iter().any(|c| matches!(c, Command::History(_))), "the browser is where the form is");
    assert_eq!(tab.answer_of("name"), "Amina", "Back keeps every answer");

    // Forward over a page that has problems now stops there and says so.
    tab.run().set_answer(&FieldPath::top("name"), Answer::Text(String::new()));
    let forward = tab.send(Event::Travelled(pushed));
    assert_eq!(tab.run().place(), 0);
    assert!(forward.contains(&Command::Focus(Focus::ErrorSummary)));
    assert!(forward.contains(&Command::History(HistoryStep::GoBack)));
    // Another form's entry, or the browser's Back once leaving, is not the form's to follow.
    assert!(tab.send(Event::Travelled(Entry { form: "permit".into(), place: 1, previous: None })).is_empty());
}

#[test]
fn confirm_checks_every_page_first_waits_for_the_save_and_sends_once() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.run().next(today());
    tab.send(Event::Moved);
    tab.saved(2);
    tab.run().next(today());
    tab.send(Event::Moved);
    tab.saved(3);
    assert!(tab.run().is_finished(), "on the check-answers page");

    let undeclared = tab.send(Event::Confirm { declared: false });
    assert_eq!(tab.session.confirmation(), &Confirmation::NotDeclared);
    assert_eq!(undeclared, [Command::Focus(Focus::Declaration)]);

    // An answer emptied since: the first page with problems is shown, nothing is sent.
    tab.run().set_answer(&FieldPath::top("name"), Answer::Text(String::new()));
    let problems = tab.send(Event::Confirm { declared: true });
    assert!(problems.contains(&Command::Focus(Focus::ErrorSummary)));
    assert!(!problems.iter().any(|c| matches!(c, Command::Confirm { .. })));
    assert_eq!(tab.run().place(), 0);
    tab.saved(4);

    tab.type_in("name", "Amina");
    tab.run().next(today());
    tab.send(Event::Moved);
    let pressed = tab.send(Event::Confirm { declared: true });
    assert_eq!(tab.session.confirmation(), &Confirmation::Waiting, "the answers are saved first");
    assert!(!pressed.iter().any(|c| matches!(c, Command::Confirm { .. })));
    assert!(tab.send(Event::Confirm { declared: true }).is_empty(), "a second press sends nothing");
    let sent = tab.saved(5);
    assert!(sent.contains(&Command::Confirm { draft: "d1".into(), idempotency_key: "confirm-d1".into() }));
    assert_eq!(tab.session.confirmation(), &Confirmation::Sending);

    let receipt = Confirmed { reference: "MIG-2026-000042".into(), confirmed_at: "2026-12-02T15:00:00Z".into() };
    let done = tab.send(Event::Answered(Reply::Confirmed(Ok(receipt.clone()))));
    assert_eq!(tab.session.receipt(), Some(&receipt));
    assert!(done.contains(&Command::Focus(Focus::Receipt)));
    assert!(done.contains(&Command::ForgetOnDevice { key: "blankett:unsaved:visa".into() }));
    assert!(tab.later(PAGE).is_empty(), "a confirmed application has no clocks");
}

#[test]
fn a_confirmation_the_backend_refuses_shows_the_page_with_problems_or_the_application_confirmed_elsewhere() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.later(3 * SECOND);
    tab.saved(2);
    tab.run().next(today());
    tab.run().next(today());
    tab.send(Event::Moved);
    tab.saved(3);
    tab.send(Event::Confirm { declared: true });
    // The backend checks too (a browser can be tampered with): its refusal shows the page.
    tab.run().set_answer(&FieldPath::top("name"), Answer::Text(String::new()));
    tab.send(Event::Answered(Reply::Confirmed(Err(Failure::Refused { kind: "incomplete".into() }))));
    assert_eq!(tab.run().place(), 0);
    assert!(matches!(tab.session.confirmation(), Confirmation::Failed(_)));
    let elsewhere = tab.send(Event::Answered(Reply::Confirmed(Err(Failure::Locked))));
    assert_eq!(elsewhere, [Command::Reload { early_answer: false }], "confirmed in another tab: read again to show it");
}

#[test]
fn a_device_that_cannot_keep_answers_says_so_until_it_can_again() {
    let mut tab = Tab::open(form("save-and-sign-out", 10));
    tab.type_in("name", "Amina");
    tab.later(3 * SECOND);
    let notices = tab.session.notices();
    tab.send(Event::DeviceKept(false));
    assert!(tab.session.device_failed());
    assert_ne!(tab.session.notices(), notices, "the offline notice asks to keep the page open");
    tab.send(Event::DeviceKept(true));
    assert!(!tab.session.device_failed());
}
