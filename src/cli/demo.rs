//! `passerelle demo`: a working service on embedded SQLite with demo units, officers,
//! keys and a recovery key per unit, described in `DIR/demo.json`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::TimeDelta;
use serde_json::json;

use crate::crypto;
use crate::domain::OfficerLogin;
use crate::settings::{MailTransport, Settings};
use crate::store::audit::Actor;
use crate::store::officers::{self, Role};
use crate::store::units::{self, RecipientKind};

pub(crate) fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let mut f = opts
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    f.write_all(text.as_bytes())?;
    Ok(())
}

/// Reads an identity file, or creates it; returns its recipient.
fn identity_file(path: &Path, comment: &str) -> anyhow::Result<String> {
    if path.exists() {
        let text = zeroize::Zeroizing::new(std::fs::read_to_string(path)?);
        let ids = crypto::parse_identity_file(&text).map_err(anyhow::Error::msg)?;
        return Ok(ids[0].to_public().to_string());
    }
    let (text, recipient) = crypto::generate_identity_file(comment);
    write_private(path, secrecy::ExposeSecret::expose_secret(&text))?;
    Ok(recipient)
}

/// Settings for a demo in `data`: SQLite there, mail only logged, a secret kept there.
pub fn demo_settings(
    data: &Path,
    listen: SocketAddr,
    database: Option<String>,
) -> anyhow::Result<Settings> {
    let mut settings = Settings::load().unwrap_or_else(|_| Settings::defaults());
    settings.database.url = database
        .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data.join("passerelle.db").display()));
    settings.server.listen = listen;
    // Mail is only logged, unless the environment names a transport (a local
    // mail catcher, say: PASSERELLE__NOTIFY__TRANSPORT=smtp and its port).
    if std::env::var_os("PASSERELLE__NOTIFY__TRANSPORT").is_none() {
        settings.notify.transport = MailTransport::Log;
    }
    // The demo is served over plain HTTP on this machine.
    settings.console.plain_http_localhost = true;
    // The routing table (the repository's, or the shipped one when run elsewhere),
    // plus a demo shelter whose key is in the data folder, so referrals can be tried.
    let base = std::fs::read_to_string(&settings.routing.file)
        .unwrap_or_else(|_| include_str!("../../config/routing.toml").to_string());
    std::fs::create_dir_all(data.join("identities"))?;
    let shelter = identity_file(
        &data.join("identities/partner-demo-shelter.txt"),
        "Passerelle demo: key of the demo shelter (a partner organisation)",
    )?;
    let path = data.join("routing.toml");
    let partner = format!(
        "\n# Added by `passerelle demo`.\n[[partner]]\nslug = \"demo-shelter\"\nname = \"Demo shelter\"\nkind = \"shelter\"\nrecipients = [\"{shelter}\"]\n"
    );
    std::fs::write(
        &path,
        if base.contains("[[partner]]") {
            base
        } else {
            base + &partner
        },
    )?;
    settings.routing.file = path;
    let secret_path = data.join("secret.key");
    if !secret_path.exists() {
        write_private(&secret_path, &crypto::LookupSecret::generate_base64())?;
    }
    let secret = std::fs::read_to_string(&secret_path)?;
    settings.secrets.lookup_key = Some(secrecy::SecretString::from(secret.trim().to_string()));
    // The transparency logs' signing key, kept beside the secret.
    let log_key = data.join("log.key");
    if !log_key.exists() {
        let (skey, _) = crate::transparency::LogKey::generate("passerelle.demo/log")?;
        write_private(&log_key, &format!("{skey}\n"))?;
    }
    settings.log.signing_key = None;
    settings.log.signing_key_file = Some(log_key);
    Ok(settings)
}

/// Creates (or completes) the demo officers and keys; writes `demo.json`.
pub async fn prepare(data: &Path, settings: &Settings) -> anyhow::Result<serde_json::Value> {
    let (db, routing) = crate::startup::prepare_database(settings).await?;
    let ids_dir = data.join("identities");
    std::fs::create_dir_all(&ids_dir)?;
    let mut out_units = Vec::new();
    // One hashing thread for every demo password: its working memory is allocated
    // once and given back whole (glibc then serves the server's own workers from
    // its arenas; a pool per officer would leave freed blocks behind in them).
    let passwords = crypto::password::PasswordWorkers::start(1, 1)?;
    for def in &routing.units {
        let slug = def.slug.clone();
        let unit = units::find(&db, &slug)
            .await?
            .context("unit missing after sync")?;
        let active = units::active_recipients(&db, unit.id).await?;

        let recovery_file = ids_dir.join(format!("{slug}-recovery.txt"));
        let recovery = identity_file(
            &recovery_file,
            &format!("Passerelle demo: recovery key of {slug}"),
        )?;
        if !active.contains(&recovery) {
            units::add_recipient(
                &db,
                &Actor::Admin,
                &slug,
                &recovery,
                RecipientKind::Recovery,
                None,
                "demo recovery key",
            )
            .await?;
        }

        let login = OfficerLogin::parse(&format!("{slug}-officer")).map_err(anyhow::Error::msg)?;
        let officer = match officers::find(&db, &login).await? {
            Some(o) => o,
            None => {
                let o = officers::create(
                    &db,
                    &Actor::Admin,
                    &login,
                    &format!("Demo officer, {}", def.name),
                )
                .await?;
                officers::add_to_unit(&db, &Actor::Admin, &o, &slug, Role::Supervisor).await?;
                o
            }
        };
        let officer_file = ids_dir.join(format!("{login}.txt"));
        let officer_recipient = identity_file(
            &officer_file,
            &format!("Passerelle demo: identity of {login}"),
        )?;
        if !active.contains(&officer_recipient) {
            units::add_recipient(
                &db,
                &Actor::Admin,
                &slug,
                &officer_recipient,
                RecipientKind::Officer,
                Some(officer.id),
                "demo officer key",
            )
            .await?;
        }
        // A console password, kept in demo.json; the authenticator app is enrolled
        // at first sign-in (the console shows a QR code).
        let password_file = ids_dir.join(format!("{login}.password"));
        if !password_file.exists() {
            let fresh = base64::Engine::encode(
                &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                crypto::random_bytes::<12>(),
            );
            write_private(&password_file, &fresh)?;
        }
        let password = std::fs::read_to_string(&password_file)?.trim().to_string();
        let officer = match officer.password_hash {
            Some(_) => officer,
            None => {
                let hash = passwords.hash(&password.clone().into()).await?;
                crate::store::console::set_password(&db, &Actor::Admin, officer.clone(), hash)
                    .await?;
                officers::find(&db, &login)
                    .await?
                    .context("officer missing")?
            }
        };
        let (token, _) = officers::issue_token(
            &db,
            &Actor::Admin,
            &officer,
            TimeDelta::days(settings.tokens.ttl_days),
            "demo",
        )
        .await?;
        out_units.push(json!({
            "slug": slug.as_str(),
            "officers": [{
                "login": login.as_str(),
                "token": token.expose(),
                "password": password,
                "identity_file": absolute(&officer_file),
            }],
            "recovery_identity_file": absolute(&recovery_file),
        }));
    }
    db.close().await.ok();
    let demo = json!({
        "listen": settings.server.listen.to_string(),
        "units": out_units,
    });
    write_private(
        &data.join("demo.json"),
        &serde_json::to_string_pretty(&demo)?,
    )?;
    Ok(demo)
}

fn absolute(p: &Path) -> String {
    std::fs::canonicalize(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

pub async fn run(
    data: PathBuf,
    listen: SocketAddr,
    database: Option<String>,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(&data).with_context(|| format!("cannot create {}", data.display()))?;
    let settings = demo_settings(&data, listen, database)?;
    let demo = prepare(&data, &settings).await?;
    let app = crate::startup::Application::build(settings).await?;
    let addr = SocketAddr::new(listen.ip(), app.port());
    let first = &demo["units"][0]["officers"][0];
    let json_path = absolute(&data.join("demo.json"));
    // Tokens stay in demo.json (mode 0600), not on the terminal or in a log.
    println!(
        "\nPasserelle demo is running.\n\n  Report form:    http://{addr}/\n  Follow-up:      http://{addr}/fr/follow-up\n  Demo officers:  {json_path}\n\n\
         Read reports as {} with the officer client, in another terminal:\n  \
         export PASSERELLE_SERVER=http://{addr}\n  \
         export PASSERELLE_TOKEN=$(node -p 'require(\"{json_path}\").units[0].officers[0].token')\n  \
         export PASSERELLE_IDENTITY={}\n  \
         cargo run -q -- cases list\n  \
         cargo run -q -- cases show <CASE>\n\nStop with Ctrl-C.\n",
        first["login"].as_str().unwrap_or_default(),
        first["identity_file"].as_str().unwrap_or_default(),
    );
    app.run_until_stopped().await
}
