//! The officer client: talks to a Passerelle server over the API with an officer
//! token, and decrypts with a local age identity file. Nothing decrypted leaves
//! this machine.

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

    pub async fn fetch(&self, case: &str) -> anyhow::Result<Value> {
        self.send(self.http.get(format!("{}/api/v1/cases/{case}", self.base)))
            .await
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

fn print_entry(d: &Decrypted) {
    println!("── {} · {} ──", d.at, d.from);
    let c = &d.content;
    match c["kind"].as_str() {
        Some("report") => {
            for (k, v) in c["fields"].as_object().into_iter().flatten() {
                if let Some(s) = v.as_str().filter(|s| !s.is_empty()) {
                    println!("{k}: {s}");
                }
            }
            println!(
                "urgent: {}  referral consent: {}",
                c["urgent"], c["referral_consent"]
            );
        }
        Some(_) => println!("{}", c["text"].as_str().unwrap_or_default()),
        None => println!("(cannot decrypt: {})", c["error"]),
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
