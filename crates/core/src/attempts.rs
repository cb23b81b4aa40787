//! Limiting attempts: at most `max` within a sliding `window`. Used where guessing must be slow,
//! such as looking up an application's status with a reference number and a date of birth.

use crate::basics::Millis;

#[derive(Clone, Debug, Default)]
pub struct Attempts {
    times: Vec<Millis>,
}

impl Attempts {
    /// The attempts as kept between requests (in a database), in the order they were made.
    pub fn from_times(times: Vec<Millis>) -> Attempts {
        Attempts { times }
    }

    /// The attempts this record holds, for keeping: those [`Attempts::allow`] has not yet
    /// dropped as outside the window.
    pub fn times(&self) -> &[Millis] {
        &self.times
    }

    /// Records an attempt at `now` if fewer than `max` were made in the `window` before it, and
    /// says whether it may go ahead. A refused attempt is not recorded, so waiting helps.
    pub fn allow(&mut self, now: Millis, max: usize, window: Millis) -> bool {
        self.times.retain(|t| now - t < window);
        if self.times.len() >= max {
            return false;
        }
        self.times.push(now);
        true
    }

    /// No attempt within the window before `now`: the record can be forgotten.
    pub fn is_idle(&self, now: Millis, window: Millis) -> bool {
        self.times.iter().all(|t| now - t >= window)
    }

    /// When the next attempt will be allowed, if one is not allowed now.
    pub fn retry_after(&self, now: Millis, max: usize, window: Millis) -> Option<Millis> {
        let recent: Vec<Millis> = self.times.iter().copied().filter(|t| now - t < window).collect();
        (recent.len() >= max).then(|| recent.iter().min().map_or(0, |oldest| oldest + window - now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_max_attempts_in_a_sliding_window() {
        let mut attempts = Attempts::default();
        let (t0, minute) = (1_000_000, 60_000);
        for i in 0..3 {
            assert!(attempts.allow(t0 + i * minute, 3, 10 * minute));
        }
        assert!(!attempts.allow(t0 + 3 * minute, 3, 10 * minute));
        assert_eq!(attempts.retry_after(t0 + 3 * minute, 3, 10 * minute), Some(7 * minute));
        // Ten minutes after the first attempt, one slot is free again.
        assert!(attempts.allow(t0 + 10 * minute, 3, 10 * minute));
        assert!(!attempts.allow(t0 + 10 * minute + 1, 3, 10 * minute));
        assert!(!attempts.is_idle(t0 + 19 * minute, 10 * minute));
        assert!(attempts.is_idle(t0 + 20 * minute, 10 * minute));
    }
}
