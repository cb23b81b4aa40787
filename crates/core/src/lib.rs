//! The Blankett engine: everything a form does, with no DOM, no I/O and no async runtime.
//!
//! The modules are layers, each using only those listed before it (`tests/tidy.rs` keeps it so):
//!
//! 1. [`basics`]: text in several languages, JSON with positions, numbers, country codes and
//!    personal identity numbers.
//! 2. [`schema`]: what a designer writes, and how a file becomes a form with located issues
//!    ([`schema::load`], [`schema::read`], [`schema::check`], [`schema::expr`]).
//! 3. [`timing`], [`lifecycle`], [`attempts`]: the rules with a clock in them — a page's time,
//!    inactivity, a draft's retention, sign-in attempts.
//! 4. [`messages`]: the engine's words.
//! 5. [`run`]: filling in a form — answers, conditions, validation, the review.
//! 6. [`contract`]: the wire format between the app and any backend.
//! 7. [`session`]: one applicant's session with a draft, as a state machine.
//! 8. [`account`], [`bankid`], [`support`]: the service around the forms.

pub mod basics;
pub mod schema;
pub mod timing;
pub mod lifecycle;
pub mod attempts;
pub mod messages;
pub mod run;
pub mod contract;
pub mod session;
pub mod account;
pub mod bankid;
pub mod support;
