//! Building and running the application. Tests and the binary start the server the
//! same way: `Application::build(settings)` binds its own listener (port 0 works).

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::crypto::LookupSecret;
use crate::i18n::I18n;
use crate::notify::{Mailer, Worker};
use crate::routes;
use crate::routing::Routing;
use crate::settings::Settings;
use crate::state::AppState;
use crate::store;

pub struct Application {
    port: u16,
    server: Server,
    worker: Worker,
    settings: Arc<Settings>,
    db: DatabaseConnection,
    log_key: Arc<crate::transparency::LogKey>,
}

/// Connects, migrates and syncs the units of the routing file.
pub async fn prepare_database(
    settings: &Settings,
) -> anyhow::Result<(DatabaseConnection, Arc<Routing>)> {
    let routing =
        Arc::new(Routing::from_file(&settings.routing.file).context("loading the routing file")?);
    let db = store::connect(&settings.database.url, settings.database.max_connections).await?;
    let lock = store::MigrationLock::take(&settings.database.url).await?;
    store::migrate(&db).await?;
    store::units::sync_units(&db, &routing).await?;
    lock.release().await?;
    Ok((db, routing))
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let secret = settings.secrets.lookup_key.as_ref().context(
            "secrets.lookup_key is not set: put 32+ random bytes in base64 in \
             PASSERELLE__SECRETS__LOOKUP_KEY (generate one with `passerelle secret`)",
        )?;
        let lookup_secret = LookupSecret::from_base64(secrecy::ExposeSecret::expose_secret(secret))
            .map_err(anyhow::Error::msg)?;
        if let Some(onion) = &settings.web.onion_location {
            anyhow::ensure!(
                is_onion_address(onion),
                "web.onion_location must be an onion service's address, \
                 http://<56 base32 characters>.onion"
            );
        }
        let log_key = Arc::new(crate::transparency::LogKey::from_settings(&settings.log)?);
        let (db, routing) = prepare_database(&settings).await?;
        let i18n = Arc::new(I18n::load().map_err(anyhow::Error::msg)?);
        let notifier = Arc::new(Notify::new());
        let mailer = Mailer::from_settings(&settings.notify).context("configuring mail")?;
        let listener = TcpListener::bind(settings.server.listen)
            .with_context(|| format!("cannot listen on {}", settings.server.listen))?;
        let port = listener.local_addr()?.port();
        let settings = Arc::new(settings);
        let state = web::Data::new(
            AppState::new(
                db.clone(),
                settings.clone(),
                routing.clone(),
                lookup_secret,
                i18n,
                notifier.clone(),
                log_key.clone(),
            )
            .context("starting the password workers")?,
        );
        let max_body = settings.limits.max_body_bytes;
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(from_fn(routes::access_log))
                .wrap(from_fn(routes::security_headers))
                .configure(|cfg| routes::configure(cfg, max_body))
        })
        .workers(settings.server.workers.max(1))
        .listen(listener)?
        .run();
        let worker = Worker {
            db: db.clone(),
            routing,
            mailer,
            settings: settings.notify.clone(),
            wake: notifier,
        };
        Ok(Self {
            port,
            server,
            worker,
            settings: settings.clone(),
            db,
            log_key,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Serves until the server stops (SIGINT/SIGTERM, or the handle is dropped);
    /// the notification worker runs alongside and stops with it.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let worker = tokio::spawn(self.worker.run());
        let sequencer = tokio::spawn(crate::transparency::run(
            self.db.clone(),
            self.log_key,
            self.settings.log.clone(),
        ));
        let upkeep = tokio::spawn(crate::upkeep::run(self.db.clone(), self.settings));
        let result = self.server.await;
        worker.abort();
        upkeep.abort();
        sequencer.abort();
        self.db.close().await.ok();
        result.context("the HTTP server failed")
    }
}

/// `http(s)://` and a v3 onion address (56 base32 characters), nothing else.
fn is_onion_address(url: &str) -> bool {
    let host = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .map(|rest| rest.strip_suffix('/').unwrap_or(rest));
    host.and_then(|h| h.strip_suffix(".onion"))
        .is_some_and(|name| {
            name.len() == 56
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn onion_addresses() {
        let name = "a".repeat(56);
        assert!(super::is_onion_address(&format!("http://{name}.onion")));
        assert!(super::is_onion_address(&format!("https://{name}.onion/")));
        assert!(!super::is_onion_address(&format!("http://{name}.onion/x")));
        assert!(!super::is_onion_address("http://example.org"));
        assert!(!super::is_onion_address(&format!(
            "http://{}.onion",
            "a".repeat(16)
        )));
        assert!(!super::is_onion_address(&format!(
            "http://{name}.onion\r\nX: y"
        )));
    }
}
