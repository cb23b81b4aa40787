//! One editor at a time: a draft open in two tabs of this browser is edited in one of them only.
//!
//! Two tabs that both save would refuse each other's saves (the backend's version check) or,
//! worse, make the applicant retype. So the first tab to open a draft edits it; a tab opened
//! later says the draft is open elsewhere and offers to take over. A tab that loses the draft to
//! another saves its answers first, then tells the other tabs which version it saved (see
//! [`crate::timing::TabMessage::Saved`]), so that the new editor shows them. The browser's Web
//! Locks decide who holds the draft; the backend's version check still guards two devices.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Editing {
    /// Waiting to hear whether another tab edits the draft.
    #[default]
    Asking,
    /// This tab edits the draft.
    Here,
    /// Another tab opened the draft first.
    OpenElsewhere,
    /// Another tab took the draft over from this one.
    TakenOver,
}

impl Editing {
    /// The browser answered: this tab holds the draft (`true`) or another does.
    pub fn answered(&mut self, held_here: bool) {
        *self = if held_here { Editing::Here } else { Editing::OpenElsewhere };
    }

    /// Another tab took the draft over. Returns whether this tab was editing, and so must save
    /// what it has before anything else.
    pub fn lost(&mut self) -> bool {
        let was_editing = *self == Editing::Here;
        *self = Editing::TakenOver;
        was_editing
    }

    pub fn is_here(self) -> bool {
        self == Editing::Here
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_tab_edits_and_a_later_one_waits_until_it_takes_over() {
        let (mut first, mut second) = (Editing::default(), Editing::default());
        assert!(!first.is_here(), "nothing is edited before the browser answers");
        first.answered(true);
        second.answered(false);
        assert_eq!((first, second), (Editing::Here, Editing::OpenElsewhere));
        // The second tab takes over: the browser hands it the draft and takes it from the first.
        second.answered(true);
        assert!(first.lost(), "the first tab saves before it lets go");
        assert_eq!((first, second), (Editing::TakenOver, Editing::Here));
        assert!(!first.lost(), "nothing more to save");
    }
}
