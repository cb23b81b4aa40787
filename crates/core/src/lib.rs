//! The Blankett engine: everything a form does, with no DOM, no I/O and no async runtime.
//!
//! Start reading at [`schema`] (what a designer writes), [`load`] (how a file becomes a form and
//! a list of located issues) and [`check`] (the rules a schema must follow).

pub mod check;
pub mod countries;
pub mod expr;
pub mod load;
pub mod locate;
pub mod map;
pub mod personnummer;
pub mod read;
pub mod schema;
pub mod text;
pub mod answers;
pub mod conditions;
pub mod messages;
pub mod validate;
pub mod run;
pub mod json;
pub mod lifecycle;
pub mod session;
pub mod attempts;
pub mod contract;
pub mod account;
pub mod timing;
pub mod history;
pub mod autosave;
pub mod bankid;
pub mod device;
pub mod editing;
pub mod review;
pub mod support;
