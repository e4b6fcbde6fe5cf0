//! A case's thread as JSON, one page at a time: what the reporter and officers
//! read. A page carries at most `limits.max_page_bytes` of envelopes (always at
//! least one message), so a reader's memory is bounded whatever the case holds;
//! `next` says where the rest starts (docs/api.md, "Reading a thread").

use base64::Engine;
use serde::Deserialize;
use serde_json::{Value, json};

use super::error::ApiError;
use crate::domain::round_to_hour;
use crate::state::AppState;
use crate::store::{attachments, reports};

/// Who reads: reporters see every time to the hour, so that the thread does not
/// show when officers work either, and never see notes or ids; officers see all.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Reporter,
    Officer,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    /// The position (in this reader's view of the thread) the page starts at.
    #[serde(default)]
    pub from: usize,
}

pub fn at(t: chrono::DateTime<chrono::Utc>, reader: Reader) -> String {
    match reader {
        Reader::Reporter => reports::rfc3339(round_to_hour(t)),
        Reader::Officer => reports::rfc3339(t),
    }
}

pub fn history_json(rows: &[entities::status_change::Model], reader: Reader) -> Vec<Value> {
    rows.iter()
        .map(|h| json!({ "status": h.status, "outcome": h.outcome, "at": at(h.at, reader) }))
        .collect()
}

/// The messages this reader may see, oldest first, without envelopes.
pub async fn visible(
    state: &AppState,
    report_id: i64,
    reader: Reader,
) -> Result<Vec<reports::MessageInfo>, ApiError> {
    let mut all = reports::thread_meta(&state.db, report_id).await?;
    if reader == Reader::Reporter {
        // Internal notes are the unit's alone.
        all.retain(|m| m.sender != "note");
    }
    Ok(all)
}

/// One page of a thread from position `from`: the messages as JSON and where the
/// next page starts, if anything is left.
pub async fn page(
    state: &AppState,
    report_id: i64,
    thread: &[reports::MessageInfo],
    reader: Reader,
    from: usize,
) -> Result<(Vec<Value>, Option<usize>), ApiError> {
    if from > thread.len() {
        return Err(ApiError::bad(
            "invalid_query",
            "from is past the end of the thread",
        ));
    }
    let budget = state.settings.limits.max_page_bytes as i64;
    let mut end = from;
    let mut bytes = 0i64;
    while end < thread.len() && (end == from || bytes + thread[end].size <= budget) {
        bytes += thread[end].size;
        end += 1;
    }
    let slice = &thread[from..end];
    let ids: Vec<i64> = slice.iter().map(|m| m.id).collect();
    let mut envelopes = reports::envelopes(&state.db, report_id, &ids).await?;
    let files = attachments::of_report(&state.db, report_id).await?;
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut out = Vec::with_capacity(slice.len());
    for m in slice {
        // A message listed a moment ago is still there: threads only grow.
        let envelope = envelopes
            .remove(&m.id)
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("a listed message vanished")))?;
        let listed: Vec<_> = files
            .get(&m.id)
            .map(|list| {
                list.iter()
                    .map(|a| match reader {
                        Reader::Reporter => json!({ "size": a.size }),
                        Reader::Officer => {
                            json!({ "id": a.id, "size": a.size, "key_set": a.key_set })
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut v = json!({
            "from": m.sender,
            "at": at(m.created_at, reader),
            "envelope": b64.encode(&envelope),
            "attachments": listed,
        });
        // Officers re-encrypt envelopes by id; reporters have no use for ids,
        // which would also show how busy the service is.
        if reader == Reader::Officer {
            v["id"] = json!(m.id);
            v["key_set"] = json!(m.key_set);
        }
        out.push(v);
    }
    Ok((out, (end < thread.len()).then_some(end)))
}

/// An age file as an answer: raw bytes, for decryption on the reader's device.
pub fn age_file(bytes: Vec<u8>) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok()
        .content_type("application/octet-stream")
        .body(bytes)
}

/// One message's envelope of a thread, by id, as raw bytes.
pub async fn one_envelope(
    state: &AppState,
    report_id: i64,
    id: Option<i64>,
) -> Result<actix_web::HttpResponse, ApiError> {
    let not_found = || ApiError::NotFound("no such message in this case".into());
    let id = id.ok_or_else(not_found)?;
    let bytes = reports::envelopes(&state.db, report_id, &[id])
        .await?
        .remove(&id)
        .ok_or_else(not_found)?;
    Ok(age_file(bytes))
}
