//! The bottom layer: text in several languages, JSON with positions, numbers, and the plain
//! facts of the domain (country codes, personal identity numbers). Nothing here knows a form.

pub mod countries;
pub mod json;
pub mod locate;
pub mod map;
pub mod numbers;
pub mod personnummer;
pub mod text;

/// Milliseconds since the Unix epoch: every clock in the engine is this number, given by the
/// caller, so every rule with a time in it is tested with a fake clock.
pub type Millis = i64;
