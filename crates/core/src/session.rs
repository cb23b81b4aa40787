//! Signing out after inactivity (R10): 30 minutes without activity end a session.
//!
//! The server enforces it on every request; the browser (issue 5) warns before it. Both use this
//! rule, so they cannot disagree about when a session ends.

use crate::lifecycle::Millis;

/// 30 minutes, as the service's sign-in pages state.
pub const INACTIVITY_LIMIT: Millis = 30 * 60 * 1000;

/// Whether a session last active at `last_activity` has ended by `now`.
pub fn has_ended(last_activity: Millis, now: Millis) -> bool {
    now - last_activity >= INACTIVITY_LIMIT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_ends_30_minutes_after_the_last_activity() {
        let t0 = 1_795_244_400_000;
        assert!(!has_ended(t0, t0 + INACTIVITY_LIMIT - 1));
        assert!(has_ended(t0, t0 + INACTIVITY_LIMIT));
        assert_eq!(INACTIVITY_LIMIT, 1_800_000);
    }
}
