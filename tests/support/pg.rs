//! A throw-away PostgreSQL database per test (shared by the api tests and the
//! process tests).
#![allow(dead_code)] // each test binary uses part of this module

use sea_orm::ConnectionTrait;

use super::required;

pub fn pg_admin_url() -> String {
    std::env::var("PASSERELLE_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub async fn postgres_available() -> bool {
    let ok = sea_orm::Database::connect(pg_admin_url()).await.is_ok();
    if !ok {
        if required("postgres") {
            panic!(
                "PostgreSQL is required (PASSERELLE_TEST_REQUIRE) but {} is not reachable",
                pg_admin_url()
            );
        }
        eprintln!(
            "SKIPPED: PostgreSQL not reachable at {}; set PASSERELLE_TEST_REQUIRE=postgres to make this fail",
            pg_admin_url()
        );
    }
    ok
}

/// A throw-away PostgreSQL database, dropped when the test ends.
pub struct PgDatabase {
    pub url: String,
    name: String,
}

impl PgDatabase {
    pub async fn create() -> Self {
        let name = format!(
            "passerelle_t_{}",
            passerelle::crypto::random_bytes::<8>()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let admin = sea_orm::Database::connect(pg_admin_url())
            .await
            .expect("PostgreSQL admin connection");
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create test database");
        admin.close().await.ok();
        let base = pg_admin_url();
        let url = match base.rsplit_once('/') {
            Some((prefix, _)) => format!("{prefix}/{name}"),
            None => panic!("bad PostgreSQL URL"),
        };
        Self { url, name }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop runs outside async; a small runtime of its own does the clean-up.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                if let Ok(admin) = sea_orm::Database::connect(pg_admin_url()).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    admin.close().await.ok();
                }
            });
        })
        .join();
    }
}
