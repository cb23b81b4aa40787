//! Time limits as the applicant meets them: the time on each page (R2) and signing out after
//! inactivity (R10), with a warning before either ends and more time on request (WCAG 2.2.1).
//!
//! Everything here is computed from deadlines on the wall clock, never by counting timer ticks:
//! a browser throttles timers in a background tab and stops them while the laptop sleeps, so a
//! tick may come a minute late or never. Whatever arrives, [`Timer::tick`] answers from the time
//! it is given. The backend keeps each page's deadline with the draft; its deadline wins over the
//! browser's (see [`Timer::server_deadline`]), which is how a reload keeps the remaining time.

use crate::basics::Millis;
use crate::schema::{Form, TimeOutPolicy, MIN_EXTENSIONS, MIN_WARNING_SECONDS};

/// A session ends after 30 minutes without activity (R10), as the service's sign-in pages
/// state, and in any case 12 hours after signing in. The server enforces it on every request;
/// the browser warns before the inactivity limit. Both use this rule, so they cannot disagree.
pub const INACTIVITY_LIMIT: Millis = 30 * 60 * 1000;
/// The longest a session lasts, however active: a session taken from a public computer, or a
/// cookie copied from it, is useless by the next day.
pub const MAX_SESSION: Millis = 12 * 60 * 60 * 1000;

/// Whether a session that began at `signed_in_at` and was last active at `last_activity` has
/// ended by `now`.
pub fn has_ended(signed_in_at: Millis, last_activity: Millis, now: Millis) -> bool {
    now - last_activity >= INACTIVITY_LIMIT || now - signed_in_at >= MAX_SESSION
}

pub const DEFAULT_PAGE_MINUTES: u32 = 30;
pub const DEFAULT_WARNING_SECONDS: u32 = 120;
/// A click is reported to the backend (which also counts inactivity) at most this often.
pub const KEEP_ALIVE_EVERY: Millis = 60 * 1000;

const SECOND: Millis = 1000;
const MINUTE: Millis = 60 * SECOND;

/// How long the applicant has on page `page` (an index into `form.pages`): the page's own limit,
/// else the form's, else 30 minutes.
pub fn page_limit(form: &Form, page: usize) -> Millis {
    let minutes = form.pages.get(page).and_then(|p| p.time_limit_minutes).or(form.page_time_limit_minutes).unwrap_or(DEFAULT_PAGE_MINUTES);
    Millis::from(minutes) * MINUTE
}

/// How long before an end the warning comes: the form's setting, never under 20 seconds.
pub fn warning_lead(form: &Form) -> Millis {
    Millis::from(form.time_warning_seconds.unwrap_or(DEFAULT_WARNING_SECONDS).max(MIN_WARNING_SECONDS)) * SECOND
}

/// How many times the applicant may get more time on one page: the form's setting, never under 10.
pub fn extensions(form: &Form) -> u32 {
    form.time_extensions.unwrap_or(MIN_EXTENSIONS).max(MIN_EXTENSIONS)
}

/// Which limit a warning or an end is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The time on this page (R2).
    PageTime,
    /// No click on a button or link for 30 minutes (R10).
    Inactivity,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Running,
    /// Show the warning dialog: `reason` ends at `ends_at`. `can_extend` is false once the page's
    /// extensions are used up; the dialog then says so and only closes.
    Warning { reason: Reason, ends_at: Millis, can_extend: bool },
    /// Time ran out. The page's answers are saved first; then [`after_time_out`] says what follows.
    Ended(Reason),
}

/// What a live region says, and no more often than this: every 5 minutes down to 5 minutes, then
/// every minute, then every 20 seconds in the last minute. A screen reader is told the time
/// without being talked over while the applicant types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Announcement {
    pub reason: Reason,
    pub minutes: u32,
    pub seconds: u32,
}

/// The clocks of one page of a draft: the page's deadline and the applicant's last activity.
#[derive(Clone, Debug, PartialEq)]
pub struct Timer {
    page: usize,
    limit: Millis,
    deadline: Millis,
    extensions_left: u32,
    warning: Millis,
    last_activity: Millis,
    told_backend_at: Millis,
    /// A deadline whose warning was closed with no more time to give; it is not shown again.
    dismissed: Option<Millis>,
    ended: Option<Reason>,
    announced: Option<Announcement>,
    /// Whether the backend has given this page's deadline yet.
    heard_backend: bool,
}

impl Timer {
    /// The clocks as page `page` of `form` is shown at `now`, which is also activity.
    pub fn new(form: &Form, page: usize, now: Millis) -> Timer {
        let limit = page_limit(form, page);
        Timer {
            page,
            limit,
            deadline: now + limit,
            extensions_left: extensions(form),
            warning: warning_lead(form),
            last_activity: now,
            told_backend_at: now,
            dismissed: None,
            ended: None,
            announced: None,
            heard_backend: false,
        }
    }

    /// Another page is shown: its time starts now. Inactivity is not reset here; the click that
    /// moved is reported through [`Timer::activity`] like any other.
    pub fn page_shown(&mut self, form: &Form, page: usize, now: Millis) {
        let last_activity = self.last_activity;
        let told = self.told_backend_at;
        *self = Timer { last_activity, told_backend_at: told, ..Timer::new(form, page, now) };
    }

    /// The page's time starts again after it ran out (the `save-and-continue` policy).
    pub fn restart(&mut self, form: &Form, now: Millis) {
        self.page_shown(form, self.page, now);
        self.last_activity = self.last_activity.max(now);
    }

    /// The backend's deadline for page `page`, read at `backend_now` on the backend's clock and
    /// received at `now` on ours. The backend's deadline wins; it is moved onto this clock so that
    /// a computer whose clock is wrong (a public computer an hour off) still counts right.
    /// A deadline for another page (an answer that arrived after the applicant moved on) or
    /// after the time ran out is ignored. After the first, a backend answer can only give more
    /// time, never take it back: answers cross on the network, and one that left the backend
    /// before an extension must not undo it.
    pub fn server_deadline(&mut self, page: usize, deadline: Millis, extensions_left: Option<u32>, backend_now: Option<Millis>, now: Millis) {
        if page != self.page || self.ended.is_some() {
            return;
        }
        // The Date header has whole seconds; a difference that small is rounding, not a wrong clock.
        let skew = backend_now.map(|b| b - now).filter(|s| s.abs() >= 2 * SECOND).unwrap_or(0);
        let deadline = deadline - skew;
        let left = extensions_left.unwrap_or(self.extensions_left);
        if self.heard_backend {
            self.deadline = self.deadline.max(deadline);
            self.extensions_left = self.extensions_left.min(left);
        } else {
            self.deadline = deadline;
            self.extensions_left = left;
        }
        self.heard_backend = true;
    }

    /// Another tab of the same draft and page got more time (see [`TabMessage`]).
    pub fn other_tab_deadline(&mut self, page: usize, deadline: Millis, extensions_left: u32) {
        if page == self.page && self.ended.is_none() {
            self.deadline = deadline;
            self.extensions_left = extensions_left;
        }
    }

    /// A click on a button or link at `at`, in this tab or another. Returns whether the backend
    /// should hear of it now, so that its own inactivity limit never ends a session before ours.
    pub fn activity(&mut self, at: Millis) -> bool {
        if self.ended.is_some() {
            return false;
        }
        self.last_activity = self.last_activity.max(at);
        at - self.told_backend_at >= KEEP_ALIVE_EVERY
    }

    /// A request reached the backend at `at`; it counts as activity there.
    pub fn told_backend(&mut self, at: Millis) {
        self.told_backend_at = self.told_backend_at.max(at);
    }

    /// The warning's one button (or Escape): the applicant is here. During a page-time warning
    /// with extensions left, the page gets its full time again from now; returns true when that
    /// happened, so that the backend is asked to extend too.
    pub fn extend(&mut self, now: Millis) -> bool {
        if self.ended.is_some() {
            return false;
        }
        let page_warning = matches!(self.phase(now), Phase::Warning { reason: Reason::PageTime, .. });
        self.last_activity = self.last_activity.max(now);
        if !page_warning {
            return false;
        }
        if self.extensions_left == 0 {
            self.dismissed = Some(self.deadline);
            return false;
        }
        self.extensions_left -= 1;
        self.deadline = now + self.limit;
        self.announced = None;
        true
    }

    /// Where the clocks stand at `now`, without changing anything.
    pub fn phase(&self, now: Millis) -> Phase {
        if let Some(reason) = self.ended {
            return Phase::Ended(reason);
        }
        let session_end = self.last_activity + INACTIVITY_LIMIT;
        // The end that comes first decides; after a long sleep both may have passed.
        let (reason, ends_at) = if self.deadline <= session_end { (Reason::PageTime, self.deadline) } else { (Reason::Inactivity, session_end) };
        if now >= ends_at {
            return Phase::Ended(reason);
        }
        let page_warned = now >= self.deadline - self.warning && self.dismissed != Some(self.deadline);
        let session_warned = now >= session_end - self.warning;
        match (page_warned, session_warned) {
            (true, true) => Phase::Warning { reason, ends_at, can_extend: reason == Reason::Inactivity || self.extensions_left > 0 },
            (true, false) => Phase::Warning { reason: Reason::PageTime, ends_at: self.deadline, can_extend: self.extensions_left > 0 },
            (false, true) => Phase::Warning { reason: Reason::Inactivity, ends_at: session_end, can_extend: true },
            (false, false) => Phase::Running,
        }
    }

    /// The phase at `now`; an end, once reached, stays (only [`Timer::restart`] leaves it).
    pub fn tick(&mut self, now: Millis) -> Phase {
        let phase = self.phase(now);
        if let Phase::Ended(reason) = phase {
            self.ended = Some(reason);
        }
        phase
    }

    /// Time left on this page at `now`, for the visible countdown: never more than the page's
    /// limit, though the backend's deadline (counted from when its answer left, after the page
    /// was shown here) or a clock read a moment early can put the deadline a little further.
    pub fn page_time_left(&self, now: Millis) -> Millis {
        (self.deadline - now).clamp(0, self.limit)
    }

    pub fn extensions_left(&self) -> u32 {
        self.extensions_left
    }

    pub fn page(&self) -> usize {
        self.page
    }

    pub fn deadline(&self) -> Millis {
        self.deadline
    }

    /// What the live region should say at `now`, if anything new. During a warning it speaks of
    /// the end the warning is about; otherwise of the page's time.
    pub fn announcement(&mut self, now: Millis) -> Option<Announcement> {
        let (reason, left) = match self.phase(now) {
            Phase::Ended(_) => return None,
            Phase::Warning { reason, ends_at, .. } => (reason, ends_at - now),
            Phase::Running => (Reason::PageTime, self.deadline - now),
        };
        let announcement = if left > MINUTE {
            let minutes = ((left + MINUTE - 1) / MINUTE) as u32;
            if minutes > 5 && minutes % 5 != 0 {
                return None;
            }
            Announcement { reason, minutes, seconds: 0 }
        } else {
            Announcement { reason, minutes: 0, seconds: ((left + 20 * SECOND - 1) / (20 * SECOND) * 20) as u32 }
        };
        if self.announced == Some(announcement) {
            return None;
        }
        self.announced = Some(announcement);
        Some(announcement)
    }
}

/// The time of the page a draft is on, as the backend keeps it with the draft (R2): when the
/// page's time started (or it last got more time) and how many times it got more time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageClock {
    pub page: usize,
    pub started_at: Millis,
    pub extensions: u32,
}

impl PageClock {
    /// A page shown at `now`: its full time, no extensions yet.
    pub fn start(page: usize, now: Millis) -> PageClock {
        PageClock { page, started_at: now, extensions: 0 }
    }

    /// When the page's time ends under `form`'s limits.
    pub fn deadline(self, form: &Form) -> Millis {
        self.started_at + page_limit(form, self.page)
    }

    /// How many more times the page may get more time.
    pub fn extensions_left(self, form: &Form) -> u32 {
        extensions(form).saturating_sub(self.extensions)
    }

    /// A save at `now` that leaves the draft on page `to`, under `form`'s rules (`None`: the
    /// form is no longer offered, and has no time limits). Moving to another page starts its
    /// time and its extensions afresh; saving on the same page keeps both. A save at or after the
    /// deadline is still saved (a time limit never costs an answer), and then the form's
    /// `on_time_out` policy applies, which is returned: `save-and-continue` starts the page's
    /// time again; `save-and-sign-out` is the caller's to carry out.
    pub fn saved(self, form: Option<&Form>, to: usize, now: Millis) -> (PageClock, Option<TimeOutPolicy>) {
        let timed_out = form.filter(|form| now >= self.deadline(form)).map(|form| form.on_time_out.unwrap_or_default());
        let clock = if to == self.page && timed_out != Some(TimeOutPolicy::SaveAndContinue) { self } else { PageClock::start(to, now) };
        (clock, timed_out)
    }

    /// A new sign-in at `now`: the page the draft is on gets its full time again, with all its
    /// extensions, so that an applicant signed out when a page's time ran out continues on that
    /// page rather than being timed out again at once.
    pub fn signed_in(self, now: Millis) -> PageClock {
        PageClock::start(self.page, now)
    }

    /// More time on the page, from `now`: at most `allowed` times on one page (WCAG 2.2.1).
    pub fn extended(self, allowed: u32, now: Millis) -> Option<PageClock> {
        (self.extensions < allowed).then_some(PageClock { started_at: now, extensions: self.extensions + 1, ..self })
    }
}

/// What follows once time ran out and the page's answers are saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterTimeOut {
    /// Sign out, and tell the applicant that the answers are kept and until when.
    SignOut,
    /// Stay, and start the page's time again.
    RestartPage,
}

/// Once `reason` ran out: nothing until the page's answers are saved (`saved`), so that a time
/// limit never costs an answer; then the form's policy. Inactivity always signs out (R10).
pub fn after_time_out(reason: Reason, policy: Option<TimeOutPolicy>, saved: bool) -> Option<AfterTimeOut> {
    if !saved {
        return None;
    }
    Some(match (reason, policy.unwrap_or_default()) {
        (Reason::PageTime, TimeOutPolicy::SaveAndContinue) => AfterTimeOut::RestartPage,
        _ => AfterTimeOut::SignOut,
    })
}

/// What the tabs of this service tell each other (over a BroadcastChannel), so that activity in
/// one counts for all, more time in one shows in all, and signing out in one signs out all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TabMessage {
    Activity { at: Millis },
    Deadline { draft: String, page: usize, deadline: Millis, extensions_left: u32 },
    SignedOut,
    /// A tab that lost the draft to another saved it as `version` (see [`crate::session::editing`]).
    Saved { draft: String, version: u64 },
}

impl TabMessage {
    pub fn encode(&self) -> String {
        match self {
            TabMessage::Activity { at } => format!("activity {at}"),
            TabMessage::Deadline { draft, page, deadline, extensions_left } => format!("deadline {draft} {page} {deadline} {extensions_left}"),
            TabMessage::SignedOut => "signed-out".into(),
            TabMessage::Saved { draft, version } => format!("saved {draft} {version}"),
        }
    }

    /// A message from another tab; anything else (another version of the app) is ignored.
    pub fn decode(text: &str) -> Option<TabMessage> {
        let words: Vec<&str> = text.split(' ').collect();
        // One number reader for every field: each `parse::<T>` costs the browser download its own code.
        let number = |i: usize| -> Option<Millis> { words.get(i)?.parse().ok().filter(|n: &Millis| *n >= 0) };
        Some(match words.as_slice() {
            ["activity", _] => TabMessage::Activity { at: number(1)? },
            ["saved", draft, _] => TabMessage::Saved { draft: draft.to_string(), version: number(2)? as u64 },
            ["deadline", draft, _, _, _] => TabMessage::Deadline {
                draft: draft.to_string(),
                page: number(2)? as usize,
                deadline: number(3)?,
                extensions_left: u32::try_from(number(4)?).ok()?,
            },
            ["signed-out"] => TabMessage::SignedOut,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backends_page_clock_keeps_the_time_on_a_page_and_starts_it_on_another() {
        use crate::schema::load::load_form;
        let text = |policy: &str| format!(r#"{{"id": "f", "title": "F", "kind": "visit", "page_time_limit_minutes": 10, "on_time_out": "{policy}",
            "pages": [{{"id": "a", "title": "A", "questions": [{{"type": "paragraph", "text": "A"}}]}}, {{"id": "b", "title": "B", "questions": [{{"type": "paragraph", "text": "B"}}]}}]}}"#);
        let sign_out = load_form("f.json", &text("save-and-sign-out")).form.unwrap();
        let carry_on = load_form("f.json", &text("save-and-continue")).form.unwrap();
        let t0 = 1_795_244_400_000;
        let clock = PageClock::start(0, t0);
        assert_eq!(clock.deadline(&sign_out), t0 + 10 * MINUTE);

        let extended = clock.extended(10, t0 + 9 * MINUTE).unwrap();
        assert_eq!((extended.started_at, extended.extensions), (t0 + 9 * MINUTE, 1));
        assert_eq!(extended.extensions_left(&sign_out), 9);
        assert_eq!(PageClock { extensions: 10, ..clock }.extended(10, t0), None, "no more than the form allows");

        assert_eq!(extended.saved(Some(&sign_out), 0, t0 + 12 * MINUTE), (extended, None), "a save on the page keeps its time and extensions");
        assert_eq!(extended.saved(Some(&sign_out), 1, t0 + 12 * MINUTE), (PageClock::start(1, t0 + 12 * MINUTE), None), "another page starts afresh");
        let late = t0 + 10 * MINUTE;
        assert_eq!(clock.saved(Some(&sign_out), 0, late), (clock, Some(TimeOutPolicy::SaveAndSignOut)), "saved, then signed out");
        assert_eq!(clock.saved(Some(&carry_on), 0, late), (PageClock::start(0, late), Some(TimeOutPolicy::SaveAndContinue)), "saved, and the time starts again");
        assert_eq!(clock.saved(None, 0, late + 60 * MINUTE), (clock, None), "a form no longer offered has no limits");

        let again = t0 + 40 * MINUTE;
        let signed_in = PageClock { extensions: 10, ..clock }.signed_in(again);
        assert_eq!(signed_in, PageClock::start(0, again), "signing in again: the same page, its full time and every extension");
        assert_eq!(signed_in.deadline(&sign_out), again + 10 * MINUTE);
    }

    #[test]
    fn a_session_ends_30_minutes_after_the_last_activity() {
        let t0 = 1_795_244_400_000;
        assert!(!has_ended(t0, t0, t0 + INACTIVITY_LIMIT - 1));
        assert!(has_ended(t0, t0, t0 + INACTIVITY_LIMIT));
        assert_eq!(INACTIVITY_LIMIT, 1_800_000);
    }

    #[test]
    fn a_session_ends_12_hours_after_signing_in_however_active() {
        let t0 = 1_795_244_400_000;
        let later = t0 + MAX_SESSION;
        assert!(!has_ended(t0, later - 60_000, later - 1));
        assert!(has_ended(t0, later - 60_000, later), "active a minute ago, but signed in 12 hours ago");
    }
    use crate::contract::Request;
    use crate::run::Snapshot;
    use crate::session::sync::DraftSync;

    const T0: Millis = 1_795_244_400_000;

    fn form(extra: &str) -> Form {
        let text = format!(
            r#"{{"id":"f","title":"F","kind":"visit","languages":["en"]{extra},"pages":[
            {{"id":"a","title":"A","questions":[]}},
            {{"id":"b","title":"B","time_limit_minutes":5,"questions":[]}}]}}"#
        );
        let loaded = crate::schema::load::read_form("f.json", &text);
        assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
        loaded.form.unwrap()
    }

    fn warning(reason: Reason, ends_at: Millis, can_extend: bool) -> Phase {
        Phase::Warning { reason, ends_at, can_extend }
    }

    #[test]
    fn a_page_has_its_own_limit_else_the_forms_else_thirty_minutes() {
        let mut form = form("");
        assert_eq!(page_limit(&form, 0), 30 * MINUTE);
        assert_eq!(page_limit(&form, 1), 5 * MINUTE);
        form.page_time_limit_minutes = Some(45);
        assert_eq!(page_limit(&form, 0), 45 * MINUTE);
        assert_eq!(page_limit(&form, 1), 5 * MINUTE);
        assert_eq!(page_limit(&form, 9), 45 * MINUTE, "a page that no longer exists gets the form's limit");
    }

    #[test]
    fn the_warning_comes_two_minutes_before_the_end_and_never_under_twenty_seconds() {
        assert_eq!(warning_lead(&form("")), 2 * MINUTE);
        assert_eq!(warning_lead(&form(r#","time_warning_seconds":300"#)), 5 * MINUTE);
        let mut short = form("");
        short.time_warning_seconds = Some(5);
        assert_eq!(warning_lead(&short), 20 * SECOND, "a schema that slipped past the check still gives 20 seconds");
        assert_eq!(extensions(&form("")), 10);
        assert_eq!(extensions(&form(r#","time_extensions":25"#)), 25);
    }

    #[test]
    fn the_countdown_runs_from_the_page_being_shown_and_warns_before_the_end() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        assert_eq!(timer.tick(T0), Phase::Running);
        assert_eq!(timer.page_time_left(T0 + 10 * MINUTE), 20 * MINUTE);
        assert_eq!(timer.tick(T0 + 28 * MINUTE - 1), Phase::Running);
        // The inactivity limit ends at the same moment here; the page's deadline is named first.
        assert_eq!(timer.tick(T0 + 28 * MINUTE), warning(Reason::PageTime, T0 + 30 * MINUTE, true));
        assert_eq!(timer.tick(T0 + 30 * MINUTE), Phase::Ended(Reason::PageTime));
        assert_eq!(timer.tick(T0 + 29 * MINUTE), Phase::Ended(Reason::PageTime), "an end stays even if the clock is set back");
    }

    #[test]
    fn the_countdown_never_shows_more_than_the_pages_limit() {
        let form = form(r#","page_time_limit_minutes":2"#);
        let mut timer = Timer::new(&form, 0, T0);
        // Read a moment before the timer started, and then the backend's deadline, 400 ms later
        // than ours because its answer left after the page was shown here.
        assert_eq!(crate::messages::clock(timer.page_time_left(T0 - 5)), "2:00");
        timer.server_deadline(0, T0 + 2 * MINUTE + 400, None, None, T0 + 300);
        assert_eq!(crate::messages::clock(timer.page_time_left(T0 + 300)), "2:00");
        assert_eq!(crate::messages::clock(timer.page_time_left(T0 + 1_300)), "2:00");
        assert_eq!(crate::messages::clock(timer.page_time_left(T0 + 1_500)), "1:59");
        // The page still ends at the backend's deadline, not the shown one.
        assert!(!matches!(timer.tick(T0 + 2 * MINUTE + 100), Phase::Ended(_)));
        assert_eq!(timer.tick(T0 + 2 * MINUTE + 400), Phase::Ended(Reason::PageTime));
    }

    #[test]
    fn the_next_page_starts_its_own_time() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        timer.activity(T0 + 29 * MINUTE);
        timer.page_shown(&form, 1, T0 + 29 * MINUTE);
        assert_eq!(timer.page_time_left(T0 + 29 * MINUTE), 5 * MINUTE, "page b has 5 minutes");
        assert_eq!(timer.tick(T0 + 32 * MINUTE), warning(Reason::PageTime, T0 + 34 * MINUTE, true));
    }

    #[test]
    fn throttled_ticks_and_a_sleeping_laptop_still_end_on_time() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        // A background tab ticks once a minute at best; the answer depends only on the time given.
        for minute in 0..28 {
            assert_eq!(timer.tick(T0 + minute * MINUTE + 37 * SECOND), Phase::Running);
        }
        // The laptop sleeps through the warning and the end: the first tick after waking is the end.
        assert_eq!(timer.tick(T0 + 3 * 60 * MINUTE), Phase::Ended(Reason::PageTime));
    }

    #[test]
    fn a_clock_jump_forward_ends_and_the_backends_clock_is_trusted_over_a_wrong_one() {
        let form = form("");
        // This computer's clock is an hour behind the backend's.
        let local = T0 - 60 * MINUTE;
        let mut timer = Timer::new(&form, 0, local);
        timer.server_deadline(0, T0 + 30 * MINUTE, Some(10), Some(T0), local);
        assert_eq!(timer.page_time_left(local), 30 * MINUTE, "the deadline is moved onto the local clock");
        assert_eq!(timer.tick(local + 30 * MINUTE), Phase::Ended(Reason::PageTime));

        let mut timer = Timer::new(&form, 0, T0);
        // A second of difference is the Date header's rounding, not a wrong clock.
        timer.server_deadline(0, T0 + 20 * MINUTE, Some(10), Some(T0 + 900), T0);
        assert_eq!(timer.page_time_left(T0), 20 * MINUTE, "the backend's deadline wins");
        assert_eq!(timer.tick(T0 + 20 * MINUTE), Phase::Ended(Reason::PageTime));
    }

    #[test]
    fn a_deadline_for_another_page_is_ignored() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        timer.page_shown(&form, 1, T0 + MINUTE);
        // The answer to the save made on page a arrives after the applicant moved to page b.
        timer.server_deadline(0, T0 + 30 * MINUTE, Some(10), None, T0 + MINUTE);
        assert_eq!(timer.page_time_left(T0 + MINUTE), 5 * MINUTE);
    }

    #[test]
    fn more_time_ten_times_then_the_warning_only_closes() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        let mut now = T0;
        for round in 0..10 {
            now += 29 * MINUTE;
            assert_eq!(timer.tick(now), warning(Reason::PageTime, timer.deadline(), true), "round {round}");
            assert!(timer.extend(now), "round {round}: more time is given");
            assert_eq!(timer.tick(now), Phase::Running);
            assert_eq!(timer.page_time_left(now), 30 * MINUTE, "the full time again, from now");
        }
        assert_eq!(timer.extensions_left(), 0);
        now += 29 * MINUTE;
        let deadline = timer.deadline();
        assert_eq!(timer.tick(now), warning(Reason::PageTime, deadline, false));
        assert!(!timer.extend(now), "no eleventh extension");
        assert_eq!(timer.tick(now), Phase::Running, "the warning closed and is not shown again");
        assert_eq!(timer.tick(deadline), Phase::Ended(Reason::PageTime));
    }

    #[test]
    fn an_answer_that_crossed_an_extension_does_not_undo_it() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        timer.server_deadline(0, T0 + 30 * MINUTE, Some(10), None, T0);
        assert!(timer.extend(T0 + 29 * MINUTE));
        // The answer to a save sent before the extension arrives after it.
        timer.server_deadline(0, T0 + 30 * MINUTE, Some(10), None, T0 + 29 * MINUTE);
        assert_eq!((timer.deadline(), timer.extensions_left()), (T0 + 59 * MINUTE, 9));
        // The extension's own answer sets the exact time.
        timer.server_deadline(0, T0 + 59 * MINUTE + 150, Some(9), None, T0 + 29 * MINUTE);
        assert_eq!(timer.deadline(), T0 + 59 * MINUTE + 150);
    }

    #[test]
    fn a_schema_may_allow_more_extensions_and_the_backends_count_wins() {
        let mut timer = Timer::new(&form(r#","time_extensions":12"#), 0, T0);
        assert_eq!(timer.extensions_left(), 12);
        timer.server_deadline(0, T0 + 30 * MINUTE, Some(3), None, T0);
        assert_eq!(timer.extensions_left(), 3);
    }

    #[test]
    fn inactivity_warns_and_signs_out_after_thirty_minutes_without_a_click() {
        let form = form(r#","page_time_limit_minutes":90"#);
        let mut timer = Timer::new(&form, 0, T0);
        assert!(!timer.activity(T0 + 30 * SECOND), "the backend heard of the page being shown");
        assert!(timer.activity(T0 + MINUTE), "a minute later it hears again");
        timer.told_backend(T0 + MINUTE);
        let end = T0 + MINUTE + INACTIVITY_LIMIT;
        assert_eq!(timer.tick(end - 2 * MINUTE), warning(Reason::Inactivity, end, true));
        // "Stay signed in" is activity; it does not use up one of the page's extensions.
        assert!(!timer.extend(end - MINUTE));
        assert_eq!(timer.extensions_left(), 10);
        assert_eq!(timer.tick(end), Phase::Running);
        assert_eq!(timer.tick(end - MINUTE + INACTIVITY_LIMIT), Phase::Ended(Reason::Inactivity));
    }

    #[test]
    fn a_click_in_another_tab_counts_and_an_older_one_does_not_go_back_in_time() {
        let form = form(r#","page_time_limit_minutes":60"#);
        let mut timer = Timer::new(&form, 0, T0);
        timer.activity(T0 + 20 * MINUTE);
        timer.activity(T0 + 5 * MINUTE);
        assert_eq!(timer.tick(T0 + 45 * MINUTE), Phase::Running);
        assert_eq!(timer.tick(T0 + 48 * MINUTE), warning(Reason::Inactivity, T0 + 50 * MINUTE, true));
        // The other tab's "Stay signed in" closes this tab's warning too.
        timer.activity(T0 + 48 * MINUTE + 10 * SECOND);
        assert_eq!(timer.tick(T0 + 49 * MINUTE), Phase::Running);
    }

    #[test]
    fn more_time_in_another_tab_moves_this_tabs_deadline() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        timer.other_tab_deadline(0, T0 + 58 * MINUTE, 9);
        assert_eq!((timer.deadline(), timer.extensions_left()), (T0 + 58 * MINUTE, 9));
        timer.other_tab_deadline(1, T0 + 90 * MINUTE, 8);
        assert_eq!(timer.deadline(), T0 + 58 * MINUTE, "another page's time is not this page's");
    }

    #[test]
    fn the_live_region_speaks_every_five_minutes_then_every_minute_then_every_twenty_seconds() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        let mut said = Vec::new();
        // Ticks every second for 30 minutes (then every hour while asleep would say nothing new).
        for second in 0..=30 * 60 {
            if let Some(a) = timer.announcement(T0 + second * SECOND) {
                said.push((a.minutes, a.seconds));
            }
        }
        let minutes: Vec<_> = [30, 25, 20, 15, 10, 5, 4, 3, 2].map(|m| (m, 0)).to_vec();
        assert_eq!(said[..9], minutes[..]);
        assert_eq!(said[9..], [(0, 60), (0, 40), (0, 20)]);
        // Once ticks are throttled, only the newest remaining time is said, once.
        let mut timer = Timer::new(&form, 0, T0);
        assert!(timer.announcement(T0).is_some());
        assert_eq!(timer.announcement(T0 + 29 * MINUTE + 10 * SECOND).map(|a| a.seconds), Some(60));
        assert_eq!(timer.announcement(T0 + 29 * MINUTE + 15 * SECOND), None);
    }

    #[test]
    fn the_live_region_speaks_of_signing_out_during_an_inactivity_warning() {
        let form = form(r#","page_time_limit_minutes":60"#);
        let mut timer = Timer::new(&form, 0, T0);
        let said = timer.announcement(T0 + 29 * MINUTE + 30 * SECOND).unwrap();
        assert_eq!(said, Announcement { reason: Reason::Inactivity, minutes: 0, seconds: 40 });
    }

    #[test]
    fn expiry_saves_unsaved_answers_before_signing_out() {
        let form = form("");
        let mut timer = Timer::new(&form, 0, T0);
        let mut sync = DraftSync::resume(&crate::contract::Draft {
            id: "d1".into(),
            form_id: "f".into(),
            receipt: None,
            version: 1,
            answers: Default::default(),
            page: 0,
            expires_at: None,
            page_deadline: None,
            extensions_left: None,
        });
        let Phase::Ended(reason) = timer.tick(T0 + 31 * MINUTE) else { panic!("the time ran out") };
        // The answers typed on the page but not yet saved are sent first...
        let mut answers = crate::run::answers::Answers::default();
        answers.set(&crate::run::answers::FieldPath::top("name"), crate::run::answers::Answer::Text("Ada".into()));
        let request = sync.changed(Snapshot { answers, page: 0 });
        assert!(matches!(request, Some(Request::Save { .. })));
        assert_eq!(after_time_out(reason, None, sync.is_saved()), None, "nothing happens before the save");
        sync.failed(crate::contract::Failure::Offline);
        assert_eq!(after_time_out(reason, None, sync.is_saved()), None, "nor after a failed one");
        sync.retry();
        sync.saved(3, T0 + 31 * MINUTE);
        // ...and only then does the form's policy run.
        assert_eq!(after_time_out(reason, None, sync.is_saved()), Some(AfterTimeOut::SignOut));
        assert_eq!(after_time_out(reason, Some(TimeOutPolicy::SaveAndContinue), true), Some(AfterTimeOut::RestartPage));
        assert_eq!(after_time_out(Reason::Inactivity, Some(TimeOutPolicy::SaveAndContinue), true), Some(AfterTimeOut::SignOut));
    }

    #[test]
    fn save_and_continue_starts_the_pages_time_again() {
        let form = form(r#","on_time_out":"save-and-continue""#);
        let mut timer = Timer::new(&form, 0, T0);
        for _ in 0..3 {
            timer.extend(T0 + 29 * MINUTE);
        }
        assert_eq!(timer.tick(T0 + 60 * MINUTE), Phase::Ended(Reason::PageTime));
        timer.restart(&form, T0 + 60 * MINUTE);
        assert_eq!(timer.tick(T0 + 60 * MINUTE), Phase::Running);
        assert_eq!((timer.page_time_left(T0 + 60 * MINUTE), timer.extensions_left()), (30 * MINUTE, 10));
    }

    #[test]
    fn tabs_understand_each_other_and_ignore_what_they_do_not() {
        for message in [
            TabMessage::Activity { at: T0 },
            TabMessage::Deadline { draft: "k2j4".into(), page: 3, deadline: T0 + 5, extensions_left: 9 },
            TabMessage::SignedOut,
            TabMessage::Saved { draft: "k2j4".into(), version: 7 },
        ] {
            assert_eq!(TabMessage::decode(&message.encode()), Some(message));
        }
        for other in ["", "activity", "activity soon", "deadline k2j4 3", "deadline k2j4 -1 5 9", "signed-out now", "saved k2j4", "hello"] {
            assert_eq!(TabMessage::decode(other), None, "{other:?}");
        }
    }
}
