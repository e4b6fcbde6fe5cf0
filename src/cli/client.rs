//! The officer client: talks to a Passerelle server over the API with an officer
//! token, and decrypts with a local age identity file. Nothing decrypted leaves
//! this machine.

use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::PathBuf;

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use clap::{Args, Subcommand};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::crypto;

#[derive(Args)]
pub struct CasesArgs {
    /// Base URL of the server.
    #[arg(
        long,
        env = "PASSERELLE_SERVER",
        default_value = "http://127.0.0.1:8080",
        global = true
    )]
    pub server: String,
    /// Officer API token (prefer the environment variable to keep it out of shell history).
    #[arg(long, env = "PASSERELLE_TOKEN", hide_env_values = true, global = true)]
    pub token: Option<String>,
    #[command(subcommand)]
    pub command: CasesCmd,
}

#[derive(Subcommand)]
pub enum CasesCmd {
    /// List cases of your units (newest first).
    List {
        #[arg(long)]
        unit: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: u64,
    },
    /// Fetch a case and decrypt its thread with your identity file.
    Show {
        case: String,
        /// age identity file (AGE-SECRET-KEY-1…).
        #[arg(long, env = "PASSERELLE_IDENTITY")]
        identity: PathBuf,
        /// Print the decrypted thread as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Set a case's status, with an optional reporter-visible outcome.
    Status {
        case: String,
        status: String,
        #[arg(long)]
        outcome: Option<String>,
    },
    /// Download a case's attachments, decrypt them here, check them against the
    /// report's description (size, SHA-256) and write them to a folder.
    Attachments {
        case: String,
        #[arg(long, env = "PASSERELLE_IDENTITY")]
        identity: PathBuf,
        /// Folder to write the files to (created if missing; existing files are
        /// never overwritten).
        #[arg(long)]
        out: PathBuf,
        /// Print what was written as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Reply to the reporter (encrypted here to the reporter and your unit).
    Reply {
        case: String,
        /// The reply text; read from standard input when absent.
        #[arg(long)]
        message: Option<String>,
    },
}

/// A decrypted thread entry.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Decrypted {
    pub from: String,
    pub at: String,
    pub content: Value,
    /// The server's listing of the message's attachments (`id`, `size`).
    pub attachments: Vec<Value>,
}

/// An attachment written to disk by `cases attachments`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SavedAttachment {
    pub file: PathBuf,
    pub name: String,
    #[serde(rename = "type")]
    pub media_type: String,
    pub kind: String,
    pub size: u64,
    pub sha256: String,
    pub metadata_removed: Option<bool>,
}

pub struct Client {
    http: reqwest::Client,
    base: String,
    token: String,
}

#[derive(Deserialize)]
struct ApiErrorBody {
    error: ApiErrorInner,
}

#[derive(Deserialize)]
struct ApiErrorInner {
    code: String,
    message: String,
}

impl Client {
    pub fn new(base: &str, token: &str) -> anyhow::Result<Self> {
        Ok(Self {
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(60))
                .build()?,
            base: base.trim_end_matches('/').to_string(),
            token: token.to_string(),
        })
    }

    async fn send(&self, req: reqwest::RequestBuilder) -> anyhow::Result<Value> {
        let res = req
            .bearer_auth(&self.token)
            .send()
            .await
            .with_context(|| format!("cannot reach {}", self.base))?;
        let status = res.status();
        let body = res.text().await.context("reading the answer")?;
        if !status.is_success() {
            match serde_json::from_str::<ApiErrorBody>(&body) {
                Ok(e) => bail!("{} ({}): {}", status, e.error.code, e.error.message),
                Err(_) => bail!("{status}"),
            }
        }
        serde_json::from_str(&body).context("the server's answer is not JSON")
    }

    pub async fn list(
        &self,
        unit: Option<&str>,
        status: Option<&str>,
        limit: u64,
    ) -> anyhow::Result<Value> {
        let mut q = vec![("limit", limit.to_string())];
        if let Some(u) = unit {
            q.push(("unit", u.to_string()));
        }
        if let Some(s) = status {
            q.push(("status", s.to_string()));
        }
        self.send(
            self.http
                .get(format!("{}/api/v1/cases", self.base))
                .query(&q),
        )
        .await
    }

    /// A case with its whole thread: the pages the server sends, put together.
    pub async fn fetch(&self, case: &str) -> anyhow::Result<Value> {
        let url = format!("{}/api/v1/cases/{case}", self.base);
        let mut first = self.send(self.http.get(&url)).await?;
        let mut messages = first["messages"].as_array().cloned().unwrap_or_default();
        while let Some(next) = first["next"]
            .as_u64()
            .filter(|n| *n == messages.len() as u64)
        {
            let page = self
                .send(self.http.get(&url).query(&[("from", next)]))
                .await?;
            messages.extend(page["messages"].as_array().cloned().unwrap_or_default());
            first["next"] = page["next"].clone();
        }
        first["messages"] = Value::Array(messages);
        Ok(first)
    }

    pub async fn set_status(
        &self,
        case: &str,
        status: &str,
        outcome: Option<&str>,
    ) -> anyhow::Result<Value> {
        let mut body = json!({ "status": status });
        if let Some(o) = outcome {
            body["outcome"] = json!(o);
        }
        self.send(
            self.http
                .post(format!("{}/api/v1/cases/{case}/status", self.base))
                .json(&body),
        )
        .await
    }

    /// Encrypts `text` to the reporter's recipient and the unit's current set, and
    /// posts it.
    pub async fn reply(&self, case: &str, text: &str) -> anyhow::Result<Value> {
        let c = self.fetch(case).await?;
        let unit = c["unit"].as_str().context("the case has no unit")?;
        let reply_to = c["reply_recipient"]
            .as_str()
            .context("the case has no reply recipient")?;
        let units = self
            .send(self.http.get(format!("{}/api/v1/units", self.base)))
            .await?;
        let unit_view = units["units"]
            .as_array()
            .and_then(|a| a.iter().find(|u| u["slug"] == unit))
            .context("the unit is not in the routing table")?;
        let mut recipients = vec![reply_to.to_string()];
        for r in unit_view["recipients"].as_array().into_iter().flatten() {
            recipients.push(r.as_str().unwrap_or_default().to_string());
        }
        let plaintext = crypto::pad(
            json!({ "v": 1, "kind": "reply", "text": text })
                .to_string()
                .as_bytes(),
        )
        .map_err(anyhow::Error::msg)?;
        let envelope = crypto::encrypt_to(&recipients, &plaintext).map_err(anyhow::Error::msg)?;
        self.send(
            self.http
                .post(format!("{}/api/v1/cases/{case}/replies", self.base))
                .json(&json!({ "envelope": STANDARD.encode(envelope), "key_set": unit_view["key_set"] })),
        )
        .await
    }

    async fn fetch_bytes(&self, path: &str) -> anyhow::Result<Vec<u8>> {
        let res = self
            .http
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .with_context(|| format!("cannot reach {}", self.base))?;
        let status = res.status();
        let body = res.bytes().await.context("reading the answer")?;
        if !status.is_success() {
            match serde_json::from_slice::<ApiErrorBody>(&body) {
                Ok(e) => bail!("{} ({}): {}", status, e.error.code, e.error.message),
                Err(_) => bail!("{status}"),
            }
        }
        Ok(body.to_vec())
    }

    /// Downloads, decrypts and checks every attachment of a case, and writes each
    /// one into `out`. A file that does not match its description is not written.
    pub async fn save_attachments(
        &self,
        case: &str,
        identities: &[age::x25519::Identity],
        out: &std::path::Path,
    ) -> anyhow::Result<Vec<SavedAttachment>> {
        let (meta, thread) = self.show(case, identities).await?;
        let case_ref = meta["case"].as_str().unwrap_or(case).to_string();
        // Decrypted evidence: readable by this user only.
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(out)
            .with_context(|| format!("cannot create {}", out.display()))?;
        let mut saved = Vec::new();
        let mut bad = Vec::new();
        let mut n = 0;
        for entry in &thread {
            let described = entry.content["attachments"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            for (i, listed) in entry.attachments.iter().enumerate() {
                n += 1;
                let id = listed["id"].as_i64().context("an attachment has no id")?;
                let Some(d) = described.get(i) else {
                    bad.push(format!("attachment {n}: the message does not describe it"));
                    continue;
                };
                let bytes = self
                    .fetch_bytes(&format!("/api/v1/cases/{case_ref}/attachments/{id}"))
                    .await?;
                let plain = match crypto::decrypt_with(identities, &bytes) {
                    Ok(p) => p,
                    Err(e) => {
                        bad.push(format!("attachment {n}: cannot decrypt: {e}"));
                        continue;
                    }
                };
                let size = d["size"].as_u64().unwrap_or(u64::MAX);
                if size > plain.len() as u64 {
                    bad.push(format!("attachment {n}: shorter than described"));
                    continue;
                }
                let content = &plain[..size as usize];
                let sha = crypto::sha256_hex(content);
                if Some(sha.as_str()) != d["sha256"].as_str() {
                    bad.push(format!("attachment {n}: SHA-256 does not match the report"));
                    continue;
                }
                let name = d["name"].as_str().unwrap_or_default();
                let file = out.join(format!("{n}-{}", safe_file_name(name, n)));
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&file)
                    .with_context(|| format!("cannot create {}", file.display()))?;
                std::io::Write::write_all(&mut f, content)
                    .with_context(|| format!("cannot write {}", file.display()))?;
                saved.push(SavedAttachment {
                    file,
                    name: name.to_string(),
                    media_type: d["type"].as_str().unwrap_or_default().to_string(),
                    kind: d["kind"].as_str().unwrap_or_default().to_string(),
                    size,
                    sha256: sha,
                    metadata_removed: d["metadata_removed"].as_bool(),
                });
            }
        }
        if !bad.is_empty() {
            bail!(
                "{} of {n} attachments were not written:\n{}",
                bad.len(),
                bad.join("\n")
            );
        }
        Ok(saved)
    }

    /// Fetches a case and decrypts every envelope with the given identities.
    pub async fn show(
        &self,
        case: &str,
        identities: &[age::x25519::Identity],
    ) -> anyhow::Result<(Value, Vec<Decrypted>)> {
        let c = self.fetch(case).await?;
        let mut out = Vec::new();
        for m in c["messages"].as_array().into_iter().flatten() {
            let bytes = STANDARD
                .decode(m["envelope"].as_str().unwrap_or_default())
                .context("an envelope is not base64")?;
            let content = match crypto::decrypt_with(identities, &bytes) {
                Ok(plain) => {
                    let text = String::from_utf8_lossy(&plain);
                    serde_json::from_str::<Value>(text.trim_end())
                        .unwrap_or_else(|_| json!({ "undecodable": true }))
                }
                Err(e) => json!({ "error": e }),
            };
            out.push(Decrypted {
                from: m["from"].as_str().unwrap_or_default().to_string(),
                at: m["at"].as_str().unwrap_or_default().to_string(),
                content,
                attachments: m["attachments"].as_array().cloned().unwrap_or_default(),
            });
        }
        Ok((c, out))
    }
}

pub fn load_identities(path: &std::path::Path) -> anyhow::Result<Vec<age::x25519::Identity>> {
    let text = zeroize::Zeroizing::new(
        std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the identity file {}", path.display()))?,
    );
    crypto::parse_identity_file(&text).map_err(anyhow::Error::msg)
}

/// A name that is safe as one path component: no separators, no control or
/// invisible characters, no leading dot, at most 100 characters; the extension kept.
pub fn safe_file_name(name: &str, n: usize) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control()
                || matches!(
                    c,
                    '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' | '\u{061c}' | '\u{feff}'
                )
                || ('\u{200b}'..='\u{200f}').contains(&c)
                || ('\u{2028}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
            {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned
        .trim()
        .trim_start_matches('.')
        .trim_end_matches(['.', ' '])
        .to_string();
    let cleaned: String = match cleaned.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.chars().count() <= 10 => {
            let stem: String = stem.chars().take(90).collect();
            format!("{stem}.{ext}")
        }
        _ => cleaned.chars().take(100).collect(),
    };
    if cleaned.is_empty() || cleaned.chars().all(|c| c == '_' || c == '.') {
        format!("attachment-{n}")
    } else {
        cleaned
    }
}

/// Text from a decrypted envelope, safe to print: no terminal control sequence.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

fn print_entry(d: &Decrypted) {
    println!("── {} · {} ──", d.at, d.from);
    let c = &d.content;
    match c["kind"].as_str() {
        Some("report") => {
            for (k, v) in c["fields"].as_object().into_iter().flatten() {
                if let Some(s) = v.as_str().filter(|s| !s.is_empty()) {
                    println!("{}: {}", printable(k), printable(s));
                }
            }
            println!(
                "urgent: {}  referral consent: {}",
                c["urgent"], c["referral_consent"]
            );
        }
        Some(_) => println!("{}", printable(c["text"].as_str().unwrap_or_default())),
        None => println!("(cannot decrypt: {})", c["error"]),
    }
    for (i, a) in c["attachments"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        println!(
            "attachment {}: {} ({}, {} bytes){}",
            i + 1,
            printable(a["name"].as_str().unwrap_or_default()),
            printable(a["kind"].as_str().unwrap_or_default()),
            a["size"],
            match a["metadata_removed"].as_bool() {
                Some(true) => ", location and camera data removed",
                Some(false) => ", location and camera data kept",
                None => "",
            }
        );
    }
    println!();
}

pub async fn run(args: CasesArgs) -> anyhow::Result<()> {
    let token = args
        .token
        .context("no token: set PASSERELLE_TOKEN or pass --token")?;
    let client = Client::new(&args.server, &token)?;
    match args.command {
        CasesCmd::List {
            unit,
            status,
            limit,
        } => {
            let v = client
                .list(unit.as_deref(), status.as_deref(), limit)
                .await?;
            let cases = v["cases"].as_array().cloned().unwrap_or_default();
            if cases.is_empty() {
                println!("no cases");
            }
            for c in cases {
                println!(
                    "{}  {:<13} {:<22} {:<20} {}{}",
                    c["case"].as_str().unwrap_or_default(),
                    c["status"].as_str().unwrap_or_default(),
                    c["category"].as_str().unwrap_or_default(),
                    c["created"].as_str().unwrap_or_default(),
                    c["unit"].as_str().unwrap_or_default(),
                    if c["urgent"] == true { "  URGENT" } else { "" }
                );
            }
        }
        CasesCmd::Show {
            case,
            identity,
            json,
        } => {
            let ids = load_identities(&identity)?;
            let (meta, thread) = client.show(&case, &ids).await?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&json!({
                        "case": meta["case"], "unit": meta["unit"], "category": meta["category"],
                        "status": meta["status"], "urgent": meta["urgent"], "thread": thread,
                    }))?
                );
            } else {
                println!(
                    "case {}  unit {}  category {}  status {}{}\n",
                    meta["case"].as_str().unwrap_or_default(),
                    meta["unit"].as_str().unwrap_or_default(),
                    meta["category"].as_str().unwrap_or_default(),
                    meta["status"].as_str().unwrap_or_default(),
                    if meta["urgent"] == true {
                        "  URGENT"
                    } else {
                        ""
                    }
                );
                thread.iter().for_each(print_entry);
            }
        }
        CasesCmd::Status {
            case,
            status,
            outcome,
        } => {
            let v = client
                .set_status(&case, &status, outcome.as_deref())
                .await?;
            println!(
                "{} is now {}",
                v["case"].as_str().unwrap_or_default(),
                v["status"].as_str().unwrap_or_default()
            );
        }
        CasesCmd::Attachments {
            case,
            identity,
            out,
            json,
        } => {
            let ids = load_identities(&identity)?;
            let saved = client.save_attachments(&case, &ids, &out).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&saved)?);
            } else if saved.is_empty() {
                println!("{case} has no attachments");
            } else {
                for s in &saved {
                    println!(
                        "{}  {} bytes  SHA-256 checked  {}",
                        s.file.display(),
                        s.size,
                        s.kind
                    );
                }
            }
        }
        CasesCmd::Reply { case, message } => {
            let text = match message {
                Some(m) => m,
                None => {
                    let mut s = String::new();
                    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
                    s
                }
            };
            if text.trim().is_empty() {
                bail!("the reply is empty");
            }
            client.reply(&case, text.trim()).await?;
            println!("reply sent to the reporter of {case}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::safe_file_name;

    #[test]
    fn file_names_are_one_safe_component() {
        assert_eq!(safe_file_name("photo.jpg", 1), "photo.jpg");
        assert_eq!(safe_file_name("../../etc/passwd", 2), "_.._etc_passwd");
        assert_eq!(safe_file_name(".bashrc", 3), "bashrc");
        assert_eq!(safe_file_name("", 4), "attachment-4");
        assert_eq!(safe_file_name("a\u{202e}gpj.exe", 5), "a_gpj.exe");
        assert_eq!(safe_file_name("صورة.jpg", 6), "صورة.jpg");
        assert_eq!(safe_file_name("a\u{feff}b\u{2028}.pdf. . ", 8), "a_b_.pdf");
        let long = format!("{}.webm", "x".repeat(300));
        assert_eq!(safe_file_name(&long, 7).chars().count(), 95);
    }
}
