//! Each question's state as a signal of its own, set only when the engine says it can have
//! changed.
//!
//! Every question reading the run itself (a memo each) made a keystroke wake every question on
//! the page, and the run's list of readers grew with the page, so typing slowed down as a page
//! grew: 0.9 ms a character with 50 questions, 114 ms with 1000. Here one effect reads the run
//! and asks it what changed since it last looked ([`FormRun::changed_since`]): after a
//! keystroke, only the question typed in.

use blankett_core::run::answers::FieldPath;
use blankett_core::run::changes::Changed;
use blankett_core::run::{FieldState, FormRun};
use leptos::prelude::*;

/// The run and the states of the questions drawn from it.
#[derive(Clone, Copy)]
pub struct Fields {
    pub(super) run: RwSignal<FormRun>,
    /// The version of the run last drawn, and the questions drawn.
    drawn: StoredValue<(usize, Vec<(FieldPath, RwSignal<FieldState>)>)>,
}

impl Fields {
    pub fn new(run: RwSignal<FormRun>) -> Self {
        let fields = Fields { run, drawn: StoredValue::new((run.with_untracked(FormRun::version), Vec::new())) };
        // Setting a state while the run is read only marks the views that read the state: they
        // redraw afterwards, and may read the run then.
        Effect::new(move |_| {
            run.with(|r| fields.drawn.update_value(|(seen, drawn)| redraw(r, seen, drawn)));
        });
        fields
    }

    /// The state of the question at `path`, kept up to date while the view that asked for it
    /// is on the page.
    pub(super) fn state(self, path: &FieldPath) -> RwSignal<FieldState> {
        let state = RwSignal::new(self.run.with_untracked(|r| r.field(path)));
        self.drawn.try_update_value(|(_, drawn)| drawn.push((path.clone(), state)));
        on_cleanup(move || {
            self.drawn.try_update_value(|(_, drawn)| drawn.retain(|(_, s)| *s != state));
        });
        state
    }
}

/// Sets the state of each question drawn that can have changed since the version `seen`, and
/// notes the run's version as seen.
#[inline(never)]
fn redraw(run: &FormRun, seen: &mut usize, drawn: &[(FieldPath, RwSignal<FieldState>)]) {
    let changed = run.changed_since(*seen);
    *seen = run.version();
    for (path, state) in drawn {
        let check = match &changed {
            Changed::Nothing => false,
            Changed::Questions(questions) => questions.contains(path),
            Changed::Everything => true,
        };
        if check {
            state.maybe_update(|state| run.refresh(path, state));
        }
    }
}
