//! When a session ends: after 30 minutes without activity (R10), and in any case 12 hours after
//! signing in.
//!
//! The server enforces it on every request; the browser (issue 5) warns before the inactivity
//! limit. Both use this rule, so they cannot disagree about when a session ends.

use crate::lifecycle::Millis;

/// 30 minutes, as the service's sign-in pages state.
pub const INACTIVITY_LIMIT: Millis = 30 * 60 * 1000;
/// The longest a session lasts, however active: a session taken from a public computer, or a
/// cookie copied from it, is useless by the next day.
pub const MAX_SESSION: Millis = 12 * 60 * 60 * 1000;

/// Whether a session that began at `signed_in_at` and was last active at `last_activity` has
/// ended by `now`.
pub fn has_ended(signed_in_at: Millis, last_activity: Millis, now: Millis) -> bool {
    now - last_activity >= INACTIVITY_LIMIT || now - signed_in_at >= MAX_SESSION
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
