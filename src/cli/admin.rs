//! Administration subcommands: they work on the database named by the configuration.

use anyhow::{Context, bail};
use chrono::TimeDelta;
use clap::Subcommand;
use sea_orm::DatabaseConnection;

use crate::domain::{OfficerLogin, UnitSlug};
use crate::settings::Settings;
use crate::store::audit::{self, Actor};
use crate::store::officers::{self, Role};
use crate::store::units::{self, RecipientKind};

#[derive(Subcommand)]
pub enum UnitCmd {
    /// List units with their key-set version and number of active recipients.
    List,
}

#[derive(Subcommand)]
pub enum RecipientCmd {
    /// Add an age X25519 recipient to a unit (bumps its key-set version).
    Add {
        #[arg(long)]
        unit: String,
        /// The recipient, `age1…`.
        #[arg(long)]
        recipient: String,
        /// The officer this key belongs to.
        #[arg(long, conflicts_with = "recovery")]
        officer: Option<String>,
        /// This is the unit's recovery key (kept offline by the unit head).
        #[arg(long)]
        recovery: bool,
        #[arg(long, default_value = "")]
        label: String,
    },
    /// List a unit's recipients, active and revoked.
    List {
        #[arg(long)]
        unit: String,
    },
    /// Revoke a recipient by id (bumps the unit's key-set version).
    Revoke { id: i32 },
}

#[derive(Subcommand)]
pub enum OfficerCmd {
    /// Create an officer and make them a member of a unit.
    Add {
        login: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        unit: String,
        #[arg(long)]
        supervisor: bool,
    },
    /// Add an existing officer to another unit.
    Join {
        login: String,
        #[arg(long)]
        unit: String,
        #[arg(long)]
        supervisor: bool,
    },
    /// Set an officer's console password (read from PASSERELLE_PASSWORD, else stdin).
    Password { login: String },
    /// Disable an officer: their tokens and sessions end at once, and their keys
    /// leave every unit's set.
    Disable { login: String },
    /// Enable a disabled officer.
    Enable { login: String },
    /// Issue an API token (shown once).
    Token {
        login: String,
        #[arg(long, default_value_t = 0)]
        days: i64,
    },
    /// List an officer's API tokens: id, label, issued, expires (never the token).
    Tokens { login: String },
    /// Revoke one API token by the id `officer tokens` shows; the others go on.
    RevokeToken { id: i32 },
    /// List officers.
    List,
}

#[derive(Subcommand)]
pub enum ReferralCmd {
    /// Write every referral to a partner as age files (CASE-ID.age) into a folder,
    /// to hand over; only the partner's key opens them.
    Export {
        #[arg(long)]
        partner: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
pub enum AuditCmd {
    /// Check the hash chain; names the first edited, deleted or reordered entry.
    Verify,
}

async fn db() -> anyhow::Result<(Settings, DatabaseConnection)> {
    let settings = Settings::load()?;
    let (db, _) = crate::startup::prepare_database(&settings).await?;
    Ok((settings, db))
}

fn slug(s: &str) -> anyhow::Result<UnitSlug> {
    UnitSlug::parse(s).map_err(anyhow::Error::msg)
}

fn login(s: &str) -> anyhow::Result<OfficerLogin> {
    OfficerLogin::parse(s).map_err(anyhow::Error::msg)
}

pub async fn unit(cmd: UnitCmd) -> anyhow::Result<()> {
    let (_, db) = db().await?;
    match cmd {
        UnitCmd::List => {
            for u in units::all(&db).await? {
                let n = units::active_recipients(&db, u.id).await?.len();
                println!(
                    "{:<22} key set {:<4} {n} active recipients  {}",
                    u.slug, u.key_set, u.name
                );
            }
        }
    }
    Ok(())
}

pub async fn recipient(cmd: RecipientCmd) -> anyhow::Result<()> {
    let (_, db) = db().await?;
    match cmd {
        RecipientCmd::Add {
            unit,
            recipient,
            officer,
            recovery,
            label,
        } => {
            let officer_id = match officer {
                Some(l) => Some(
                    officers::find(&db, &login(&l)?)
                        .await?
                        .with_context(|| format!("no officer {l}"))?
                        .id,
                ),
                None => None,
            };
            if officer_id.is_none() && !recovery {
                bail!("say whose key this is: --officer LOGIN or --recovery");
            }
            let kind = if recovery {
                RecipientKind::Recovery
            } else {
                RecipientKind::Officer
            };
            let row = units::add_recipient(
                &db,
                &Actor::Admin,
                &slug(&unit)?,
                &recipient,
                kind,
                officer_id,
                &label,
            )
            .await?;
            println!("added recipient {} to {unit}", row.id);
        }
        RecipientCmd::List { unit } => {
            let u = units::find(&db, &slug(&unit)?)
                .await?
                .with_context(|| format!("no unit {unit}"))?;
            println!("unit {} key set {}", u.slug, u.key_set);
            for r in units::recipients_of(&db, u.id).await? {
                println!(
                    "{:>5} {:<8} {:<8} {} {}",
                    r.id,
                    r.kind,
                    if r.active { "active" } else { "revoked" },
                    r.recipient,
                    r.label
                );
            }
        }
        RecipientCmd::Revoke { id } => {
            units::revoke_recipient(&db, &Actor::Admin, id).await?;
            println!("revoked recipient {id}");
        }
    }
    Ok(())
}

pub async fn officer(cmd: OfficerCmd) -> anyhow::Result<()> {
    let (settings, db) = db().await?;
    let role = |sup: bool| if sup { Role::Supervisor } else { Role::Member };
    match cmd {
        OfficerCmd::Add {
            login: l,
            name,
            unit,
            supervisor,
        } => {
            let o = officers::create(&db, &Actor::Admin, &login(&l)?, &name).await?;
            officers::add_to_unit(&db, &Actor::Admin, &o, &slug(&unit)?, role(supervisor)).await?;
            println!("created officer {l} in {unit}");
        }
        OfficerCmd::Join {
            login: l,
            unit,
            supervisor,
        } => {
            let o = officers::find(&db, &login(&l)?)
                .await?
                .with_context(|| format!("no officer {l}"))?;
            officers::add_to_unit(&db, &Actor::Admin, &o, &slug(&unit)?, role(supervisor)).await?;
            println!("{l} is now in {unit}");
        }
        OfficerCmd::Password { login: l } => {
            let o = officers::find(&db, &login(&l)?)
                .await?
                .with_context(|| format!("no officer {l}"))?;
            let password = match std::env::var("PASSERELLE_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    eprintln!("new password for {l} (at least 12 characters), then Enter:");
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            let hash = crate::crypto::password::PasswordWorkers::start(1, 1)?
                .hash(&password.into())
                .await?;
            crate::store::console::set_password(&db, &Actor::Admin, o, hash).await?;
            println!("password set for {l}; the authenticator is enrolled at first sign-in");
        }
        OfficerCmd::Disable { login: l } => set_active(&db, &l, false).await?,
        OfficerCmd::Enable { login: l } => set_active(&db, &l, true).await?,
        OfficerCmd::Token { login: l, days } => {
            let o = officers::find(&db, &login(&l)?)
                .await?
                .with_context(|| format!("no officer {l}"))?;
            let days = if days > 0 {
                days
            } else {
                settings.tokens.ttl_days
            };
            let (token, expires) =
                officers::issue_token(&db, &Actor::Admin, &o, TimeDelta::days(days), "cli").await?;
            eprintln!("token for {l}, valid until {expires} (shown once):");
            println!("{}", token.expose());
        }
        OfficerCmd::Tokens { login: l } => {
            let o = officers::find(&db, &login(&l)?)
                .await?
                .with_context(|| format!("no officer {l}"))?;
            let now = chrono::Utc::now();
            for t in officers::tokens(&db, &o).await? {
                let state = if t.expires_at <= now {
                    "expired"
                } else {
                    "valid"
                };
                println!(
                    "{:<6} {:<12} issued {}  expires {}  {state}",
                    t.id,
                    t.label,
                    t.created_at.format("%Y-%m-%d"),
                    t.expires_at.format("%Y-%m-%d"),
                );
            }
        }
        OfficerCmd::RevokeToken { id } => {
            officers::revoke_token(&db, &Actor::Admin, id).await?;
            println!("token {id} revoked");
        }
        OfficerCmd::List => {
            for o in officers::all(&db).await? {
                println!(
                    "{:<24} {:<8} {}",
                    o.login,
                    if o.active { "active" } else { "disabled" },
                    o.display_name
                );
            }
        }
    }
    Ok(())
}

async fn set_active(db: &DatabaseConnection, l: &str, active: bool) -> anyhow::Result<()> {
    let o = officers::find(db, &login(l)?)
        .await?
        .with_context(|| format!("no officer {l}"))?;
    officers::set_active(db, &Actor::Admin, o, active).await?;
    println!("{l} is now {}", if active { "enabled" } else { "disabled" });
    Ok(())
}

pub async fn audit(cmd: AuditCmd) -> anyhow::Result<()> {
    let (_, db) = db().await?;
    match cmd {
        AuditCmd::Verify => match audit::verify(&db).await? {
            Ok(n) => {
                println!("audit log intact: {n} entries");
                Ok(())
            }
            Err(fault) => bail!("audit log tampered with: {fault}"),
        },
    }
}

pub async fn referral(cmd: ReferralCmd) -> anyhow::Result<()> {
    let (_, db) = db().await?;
    match cmd {
        ReferralCmd::Export { partner, out } => {
            std::fs::create_dir_all(&out)
                .with_context(|| format!("cannot create {}", out.display()))?;
            let rows = crate::store::reports::referrals_for_partner(&db, &partner).await?;
            for (case, r) in &rows {
                let path = out.join(format!("{case}-{}.age", r.id));
                std::fs::write(&path, &r.envelope)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            let mut tx = crate::store::WriteTx::begin(&db).await?;
            tx.audit(
                &Actor::Admin,
                "referral.export",
                &format!("{partner} {} file(s)", rows.len()),
            )
            .await?;
            tx.commit().await?;
            println!(
                "{} referral(s) for {partner} written to {}",
                rows.len(),
                out.display()
            );
        }
    }
    Ok(())
}
