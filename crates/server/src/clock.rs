//! Time for the server's rules. Production reads the system clock; test mode adds an offset that
//! `POST /api/test/clock` moves forward, so a conformance suite can see a draft expire or a
//! session end without waiting 48 hours.

use blankett_core::basics::Millis;
use std::sync::atomic::{AtomicI64, Ordering};

pub trait Clock: Send + Sync {
    fn now(&self) -> Millis;
}

fn system_now() -> Millis {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as Millis)
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Millis {
        system_now()
    }
}

/// The system clock plus an offset that only moves forward.
#[derive(Default)]
pub struct TestClock {
    offset: AtomicI64,
}

impl TestClock {
    pub fn advance(&self, by: Millis) -> Millis {
        self.offset.fetch_add(by.max(0), Ordering::SeqCst);
        self.now()
    }
}

impl Clock for TestClock {
    fn now(&self) -> Millis {
        system_now() + self.offset.load(Ordering::SeqCst)
    }
}
