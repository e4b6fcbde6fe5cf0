//! The rules a case's thread keeps, whoever writes to it: submission, reporter
//! messages, officers' replies and notes, re-encryption. Routes parse HTTP and call
//! these; these check keys, counts and caps and call the store. Nothing here knows
//! HTTP: errors are `CaseError`, which `routes/error.rs` turns into answers.

use serde::Serialize;

use crate::domain::{AgeEnvelope, EnvelopeInputError, UnitSlug};
use crate::settings::LimitSettings;
use crate::state::AppState;
use crate::store::{StoreError, reencryptions, reports, units};

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// The unit has no active key: it cannot receive anything.
    #[error("this unit cannot receive anything right now (it has no keys)")]
    UnitUnavailable,
    /// The declared key-set version is not the current one; `unit` is the fresh set
    /// (when known), so that the client can encrypt again.
    #[error("the unit's keys have changed; encrypt again to the current set")]
    KeysChanged { unit: Option<Box<UnitView>> },
    #[error("{what} has {found} X25519 recipients; this set needs exactly {expected}")]
    WrongRecipientCount {
        what: String,
        found: usize,
        expected: usize,
    },
    #[error("at most {0} attachments may go with one message")]
    TooManyAttachments(usize),
    #[error("attachment {n} is too large (at most {max} bytes)")]
    AttachmentTooLarge { n: usize, max: usize },
    #[error("attachment {n}: {source}")]
    InvalidAttachment {
        n: usize,
        #[source]
        source: EnvelopeInputError,
    },
    #[error("the attachments are too large (at most {0} bytes in all)")]
    AttachmentsTooLarge(u64),
    #[error("this conversation has reached its limit of {0} messages")]
    ThreadFull(u64),
    #[error("this conversation has reached its limit of {0} bytes")]
    CaseFull(u64),
    /// The case is not where the caller saw it (moved to another unit, or gone).
    #[error("no such case in your units")]
    Moved,
    /// A message's envelope (not an attachment) is malformed or too large.
    #[error(transparent)]
    InvalidEnvelope(#[from] EnvelopeInputError),
    #[error("the thread changed since you fetched it; fetch it again")]
    ThreadChanged,
    #[error("this follow-up code is already used by another report; generate a new code")]
    LookupInUse,
    /// The case's last transfer or re-key waits for a supervisor's confirmation.
    #[error(
        "this case's last re-encryption is not confirmed yet: check it in the console (confirm or restore) first"
    )]
    ReencryptionPending,
    #[error("this case has no re-encryption waiting for confirmation")]
    NotPending,
    #[error(
        "messages were added since the transfer; they would not open in the former unit: transfer the case back instead"
    )]
    AddedSinceTransfer,
    #[error(
        "this case's content was deleted at the end of its retention; it takes no new messages"
    )]
    Purged,
    /// Marked as spam or abuse: the reporter's side writes nothing more.
    #[error("this case takes no more messages")]
    Closed,
    /// The hour's shared budget of anonymous writes is spent (a flood).
    #[error("the service takes no more messages this hour; try again later")]
    WritesSpent { retry_after: i64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A unit as a reporter's browser sees it: where to send, and to which keys.
#[derive(Debug, Serialize)]
pub struct UnitView {
    pub slug: String,
    pub name: String,
    pub categories: Vec<String>,
    pub recipients: Vec<String>,
    pub key_set: i64,
}

pub async fn unit_view(
    state: &AppState,
    unit: entities::unit::Model,
) -> Result<UnitView, CaseError> {
    let keys = units::with_keys(&state.db, unit).await?;
    let slug = UnitSlug::parse(&keys.unit.slug)
        .map_err(|m| StoreError::Invalid(format!("a stored unit slug is invalid: {m}")))?;
    Ok(UnitView {
        categories: state
            .routing
            .categories_of(&slug)
            .map(|c| c.to_string())
            .collect(),
        slug: keys.unit.slug,
        name: keys.unit.name,
        recipients: keys.recipients,
        key_set: keys.unit.key_set,
    })
}

/// Parses the attachments sent beside an envelope (docs/api.md, "Attachments"):
/// their number, each one's shape and size, and their total.
/// Decodes the attachments, each base64 text dropped as soon as it is decoded, so
/// that a request never holds a file twice over.
pub fn parse_attachments(
    limits: &LimitSettings,
    list: Vec<String>,
) -> Result<Vec<AgeEnvelope>, CaseError> {
    if list.len() > limits.max_attachments {
        return Err(CaseError::TooManyAttachments(limits.max_attachments));
    }
    let mut files = Vec::with_capacity(list.len());
    let mut total = 0usize;
    for (i, text) in list.into_iter().enumerate() {
        let n = i + 1;
        let file =
            AgeEnvelope::from_base64(&text, limits.max_attachment_bytes).map_err(|e| match e {
                EnvelopeInputError::TooLarge { max, .. } => {
                    CaseError::AttachmentTooLarge { n, max }
                }
                source => CaseError::InvalidAttachment { n, source },
            })?;
        total += file.bytes().len();
        if total > limits.max_message_attachment_bytes {
            return Err(CaseError::AttachmentsTooLarge(
                limits.max_message_attachment_bytes as u64,
            ));
        }
        files.push(file);
    }
    Ok(files)
}

/// The size of a unit's current recipient set, refusing a unit without keys and a
/// stale declared key-set version (with the fresh set, so the client can re-encrypt).
pub async fn current_set_size(
    state: &AppState,
    unit: &entities::unit::Model,
    key_set: Option<i64>,
) -> Result<usize, CaseError> {
    let recipients = units::active_recipients(&state.db, unit.id).await?;
    if recipients.is_empty() {
        return Err(CaseError::UnitUnavailable);
    }
    if key_set.is_some_and(|k| k != unit.key_set) {
        let view = unit_view(state, unit.clone()).await?;
        return Err(CaseError::KeysChanged {
            unit: Some(Box::new(view)),
        });
    }
    Ok(recipients.len())
}

/// An envelope (or file) must name exactly `expected` X25519 recipients.
pub fn check_count(what: &str, envelope: &AgeEnvelope, expected: usize) -> Result<(), CaseError> {
    let found = envelope.x25519_stanzas();
    if found != expected {
        return Err(CaseError::WrongRecipientCount {
            what: what.to_string(),
            found,
            expected,
        });
    }
    Ok(())
}

/// An envelope and its files against the same set.
/// Takes an anonymous write and its bytes from the hour's shared budgets (all
/// units, and this unit), once the write has passed every other check.
async fn charge_write(
    state: &AppState,
    unit: &entities::unit::Model,
    envelope: &AgeEnvelope,
    files: &[AgeEnvelope],
) -> Result<(), CaseError> {
    use crate::store::budget::{self, Charge, HourlyLimit};
    let l = &state.settings.limits;
    let bytes = envelope.bytes().len() + files.iter().map(|f| f.bytes().len()).sum::<usize>();
    let scopes = [
        (
            "all".to_string(),
            HourlyLimit {
                writes: l.writes_per_hour,
                bytes: l.write_bytes_per_hour,
            },
        ),
        (
            format!("unit:{}", unit.slug),
            HourlyLimit {
                writes: l.unit_writes_per_hour,
                bytes: l.unit_write_bytes_per_hour,
            },
        ),
    ];
    match budget::charge(&state.db, &scopes, bytes as u64, chrono::Utc::now()).await? {
        Charge::Taken => Ok(()),
        Charge::Spent { retry_after } => {
            tracing::warn!("hourly write budget spent; refusing anonymous writes for now");
            Err(CaseError::WritesSpent { retry_after })
        }
    }
}

fn check_message(
    envelope: &AgeEnvelope,
    files: &[AgeEnvelope],
    expected: usize,
) -> Result<(), CaseError> {
    check_count("the envelope", envelope, expected)?;
    for (i, file) in files.iter().enumerate() {
        check_count(&format!("attachment {}", i + 1), file, expected)?;
    }
    Ok(())
}

/// Stores a report after checking its envelope and files against the unit's set. A
/// retry of a stored submission gets its original answer, even if the unit's keys
/// changed since: otherwise the reporter would lose a stored case.
pub async fn submit(
    state: &AppState,
    unit: &entities::unit::Model,
    new: reports::NewReport,
) -> Result<reports::Submitted, CaseError> {
    let submitted = match reports::replay_of(&state.db, &new).await? {
        Some(replayed) => replayed,
        None => {
            let n = current_set_size(state, unit, Some(new.key_set)).await?;
            check_message(&new.envelope, &new.attachments, n)?;
            charge_write(state, unit, &new.envelope, &new.attachments).await?;
            reports::submit(&state.db, new).await?
        }
    };
    if let reports::Submitted::Created(_) = submitted {
        state.notifier.notify_one();
    }
    Ok(submitted)
}

/// Appends a message to a case's thread, checked against the unit's current set:
/// `n` stanzas for the reporter's messages and notes, `n + 1` for replies (which
/// also go to the reporter). Attachments go with the reporter's messages only.
pub async fn add_message(
    state: &AppState,
    report: &entities::report::Model,
    sender: reports::Sender,
    envelope: AgeEnvelope,
    files: Vec<AgeEnvelope>,
    key_set: Option<i64>,
) -> Result<entities::message::Model, CaseError> {
    let unit = units::get(&state.db, report.unit_id).await?;
    let n = current_set_size(state, &unit, key_set).await?;
    let extra = usize::from(matches!(sender, reports::Sender::Officer { .. }));
    check_message(&envelope, &files, n + extra)?;
    let from_reporter = matches!(sender, reports::Sender::Reporter);
    if from_reporter {
        charge_write(state, &unit, &envelope, &files).await?;
    }
    let l = &state.settings.limits;
    let limits = reports::ThreadLimits {
        max_messages: l.max_thread_messages,
        max_case_message_bytes: l.max_case_message_bytes,
        max_case_attachment_bytes: l.max_case_attachment_bytes,
    };
    let msg =
        reports::add_message(&state.db, report, sender, envelope, files, key_set, limits).await?;
    if from_reporter {
        state.notifier.notify_one();
    }
    Ok(msg)
}

/// One re-encrypted envelope or file, by the id it replaces.
pub struct Reencrypted {
    pub id: i64,
    pub envelope: String,
}

/// Replaces every envelope and file of a case with ones re-encrypted (on an
/// officer's device) to `target`'s current set, `key_set`. Only ids and senders of
/// the stored thread are read here, never its envelopes.
pub async fn reencrypt(
    state: &AppState,
    officer: &entities::officer::Model,
    report: &entities::report::Model,
    target: &entities::unit::Model,
    key_set: i64,
    envelopes: Vec<Reencrypted>,
    files: Vec<Reencrypted>,
) -> Result<entities::report::Model, CaseError> {
    let n = current_set_size(state, target, Some(key_set)).await?;
    let thread = reports::thread_meta(&state.db, report.id).await?;
    let l = &state.settings.limits;
    let mut checked = Vec::with_capacity(envelopes.len());
    for e in envelopes {
        let envelope = AgeEnvelope::from_base64(&e.envelope, l.max_envelope_bytes)?;
        // A unit reply also goes to the reporter; everything else to the unit only.
        let extra = match thread.iter().find(|m| m.id == e.id) {
            Some(m) if m.sender == "unit" => 1,
            Some(_) => 0,
            None => return Err(CaseError::ThreadChanged),
        };
        check_count("the envelope", &envelope, n + extra)?;
        checked.push((e.id, envelope));
    }
    let held = crate::store::attachments::of_report(&state.db, report.id).await?;
    let mut checked_files = Vec::with_capacity(files.len());
    for (i, a) in files.into_iter().enumerate() {
        if !held.values().flatten().any(|h| h.id == a.id) {
            return Err(CaseError::ThreadChanged);
        }
        let file =
            AgeEnvelope::from_base64(&a.envelope, l.max_attachment_bytes).map_err(|e| match e {
                EnvelopeInputError::TooLarge { max, .. } => {
                    CaseError::AttachmentTooLarge { n: i + 1, max }
                }
                source => CaseError::InvalidAttachment { n: i + 1, source },
            })?;
        check_count(&format!("attachment {}", i + 1), &file, n)?;
        checked_files.push((a.id, file));
    }
    let by = reports::Reencryptor {
        officer_id: officer.id,
        login: &officer.login,
        keep_for: chrono::TimeDelta::days(state.settings.retention.superseded_days.max(0)),
    };
    let updated =
        reports::reencrypt(&state.db, &by, report, target, checked, checked_files).await?;
    if updated.unit_id != report.unit_id {
        state.notifier.notify_one();
    }
    Ok(updated)
}

impl From<reports::SubmitError> for CaseError {
    fn from(e: reports::SubmitError) -> Self {
        match e {
            reports::SubmitError::LookupInUse => CaseError::LookupInUse,
            reports::SubmitError::Store(s) => s.into(),
        }
    }
}

impl From<reports::MessageError> for CaseError {
    fn from(e: reports::MessageError) -> Self {
        match e {
            reports::MessageError::ThreadFull(n) => CaseError::ThreadFull(n),
            reports::MessageError::CaseFull(n) => CaseError::CaseFull(n),
            reports::MessageError::Moved => CaseError::Moved,
            reports::MessageError::Purged => CaseError::Purged,
            reports::MessageError::Flagged => CaseError::Closed,
            reports::MessageError::AttachmentsFull(max) => CaseError::AttachmentsTooLarge(max),
            reports::MessageError::Store(s) => s.into(),
        }
    }
}

impl From<reports::ReencryptError> for CaseError {
    fn from(e: reports::ReencryptError) -> Self {
        match e {
            reports::ReencryptError::ThreadChanged => CaseError::ThreadChanged,
            reports::ReencryptError::KeysChanged => CaseError::KeysChanged { unit: None },
            reports::ReencryptError::Pending => CaseError::ReencryptionPending,
            reports::ReencryptError::Store(s) => s.into(),
        }
    }
}

/// A supervisor's device opened every new envelope and file of the case's pending
/// re-encryption: what they replaced goes.
pub async fn confirm_reencryption(
    state: &AppState,
    officer: &entities::officer::Model,
    report: &entities::report::Model,
) -> Result<(), CaseError> {
    Ok(reencryptions::confirm(&state.db, &officer.login, report).await?)
}

/// Puts back what the case's pending re-encryption replaced (and, after a transfer,
/// the case in its former unit, which is notified).
pub async fn restore_reencryption(
    state: &AppState,
    officer: &entities::officer::Model,
    report: &entities::report::Model,
) -> Result<entities::report::Model, CaseError> {
    let restored = reencryptions::restore(&state.db, &officer.login, report).await?;
    if restored.unit_id != report.unit_id {
        state.notifier.notify_one();
    }
    Ok(restored)
}

/// Marks a case as spam or abuse, or removes the mark (`None`).
pub async fn set_flag(
    state: &AppState,
    officer: &entities::officer::Model,
    report: &entities::report::Model,
    flag: Option<crate::domain::Flag>,
) -> Result<entities::report::Model, CaseError> {
    Ok(reports::set_flag(&state.db, report, officer.id, &officer.login, flag).await?)
}

impl From<reencryptions::PendingError> for CaseError {
    fn from(e: reencryptions::PendingError) -> Self {
        match e {
            reencryptions::PendingError::NotPending => CaseError::NotPending,
            reencryptions::PendingError::AddedSince => CaseError::AddedSinceTransfer,
            reencryptions::PendingError::Moved => CaseError::Moved,
            reencryptions::PendingError::Store(s) => s.into(),
        }
    }
}
