//! sea-orm entities of Passerelle. Reporter-facing rows hold ciphertext and routing
//! metadata only (see `docs/crypto.md` and the README's threat model).

pub mod attachment;
pub mod audit_head;
pub mod audit_log;
pub mod case_read;
pub mod console_session;
pub mod message;
pub mod officer;
pub mod officer_token;
pub mod officer_unit;
pub mod outbox;
pub mod recipient;
pub mod reencryption;
pub mod referral;
pub mod report;
pub mod status_change;
pub mod superseded;
pub mod unit;
