//! Domain types: raw input becomes one of these at the edge, and nothing else is
//! passed on. No I/O here.

mod case_ref;
mod envelope;
mod names;
mod status;

pub use case_ref::CaseRef;
pub use envelope::{AgeEnvelope, EnvelopeInputError};
pub use names::{Category, Language, OfficerLogin, Region, UnitSlug};
pub use status::{Flag, Outcome, Status};

/// Reporter-side events are kept to the hour, so that times do not single anyone out.
pub fn round_to_hour(t: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    use chrono::{DurationRound, TimeDelta};
    t.duration_trunc(TimeDelta::hours(1)).unwrap_or(t)
}
