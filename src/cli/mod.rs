//! The command line: server, demo, administration and the officer client.

pub mod admin;
pub mod client;
pub mod demo;

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "passerelle",
    version,
    about = "Anonymous, end-to-end encrypted reporting to police protection units"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve the web pages and the API (configuration: config/, PASSERELLE__* variables).
    Serve,
    /// Run database migrations and sync units from the routing file, then exit.
    Migrate,
    /// Serve a working demo on embedded SQLite, with demo units, officers and keys.
    Demo {
        /// Folder for the database, keys and demo.json.
        #[arg(long, default_value = "data")]
        data: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Use this database instead of SQLite in the data folder (e.g. postgres://…).
        #[arg(long)]
        database: Option<String>,
    },
    /// Print a fresh random server secret for secrets.lookup_key.
    Secret,
    /// Units (from the routing file) and their key sets.
    #[command(subcommand)]
    Unit(admin::UnitCmd),
    /// A unit's age recipients (officer keys and the recovery key).
    #[command(subcommand)]
    Recipient(admin::RecipientCmd),
    /// Officer accounts, membership and API tokens.
    #[command(subcommand)]
    Officer(admin::OfficerCmd),
    /// The hash-chained audit log.
    #[command(subcommand)]
    Audit(admin::AuditCmd),
    /// Referrals to partner organisations.
    #[command(subcommand)]
    Referral(admin::ReferralCmd),
    /// Officer client: work on cases over the API, decrypting on this machine.
    Cases(client::CasesArgs),
    /// The transparency logs (docs/transparency.md).
    #[command(subcommand)]
    Log(LogCmd),
}

#[derive(Subcommand)]
pub enum LogCmd {
    /// Create the Ed25519 key that signs the logs' checkpoints: the signing key goes
    /// to FILE (mode 0600; never in the database), the verifier key to the terminal.
    Keygen {
        /// The key's name, a schema-less URL (e.g. passerelle.example.org/log);
        /// checkpoints' origins are <name>/keys and <name>/audit.
        #[arg(long)]
        name: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a log in the database against its latest checkpoint and the log key
    /// (log.signing_key*): every entry is hashed again; exits non-zero on a fault.
    Verify {
        #[arg(long, default_value = "keys")]
        log: String,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve => {
            let settings = crate::settings::Settings::load()?;
            let app = crate::startup::Application::build(settings).await?;
            tracing::info!(port = app.port(), "serving");
            app.run_until_stopped().await
        }
        Command::Migrate => {
            let settings = crate::settings::Settings::load()?;
            crate::startup::prepare_database(&settings).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Demo {
            data,
            listen,
            database,
        } => demo::run(data, listen, database).await,
        Command::Secret => {
            println!("{}", crate::crypto::LookupSecret::generate_base64());
            Ok(())
        }
        Command::Log(cmd) => log(cmd).await,
        Command::Unit(cmd) => admin::unit(cmd).await,
        Command::Recipient(cmd) => admin::recipient(cmd).await,
        Command::Officer(cmd) => admin::officer(cmd).await,
        Command::Audit(cmd) => admin::audit(cmd).await,
        Command::Referral(cmd) => admin::referral(cmd).await,
        Command::Cases(args) => client::run(args).await,
    }
}

async fn log(cmd: LogCmd) -> anyhow::Result<()> {
    match cmd {
        LogCmd::Keygen { name, out } => {
            anyhow::ensure!(
                !out.exists(),
                "{} exists: a log key is never overwritten",
                out.display()
            );
            let (skey, vkey) = crate::transparency::LogKey::generate(&name)?;
            demo::write_private(&out, &format!("{skey}\n"))?;
            println!("{vkey}");
            Ok(())
        }
        LogCmd::Verify { log } => {
            let settings = crate::settings::Settings::load()?;
            let key = crate::transparency::LogKey::from_settings(&settings.log)?;
            let db = crate::store::connect(&settings.database.url, 1).await?;
            match crate::transparency::verify(&db, &log, key.vkey()).await {
                Ok(n) => {
                    println!("log {log}: {n} entries, all under the signed checkpoint");
                    Ok(())
                }
                Err(e) => anyhow::bail!("log {log} does not verify: {e}"),
            }
        }
    }
}
