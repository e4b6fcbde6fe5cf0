//! Database migrations, run at start-up and by `passerelle migrate`.

pub use sea_orm_migration::prelude::*;

mod m0001_initial;
mod m0002_console;
mod m0003_key_sets;
mod m0004_referrals;
mod m0005_notify_prefs;
mod m0006_attachments;
mod m0007_code_failures;
mod m0008_write_budget;
mod m0009_pow;
mod m0010_reencryption;
mod m0011_purged;
mod m0012_flag;
mod m0013_tlog;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_initial::Migration),
            Box::new(m0002_console::Migration),
            Box::new(m0003_key_sets::Migration),
            Box::new(m0004_referrals::Migration),
            Box::new(m0005_notify_prefs::Migration),
            Box::new(m0006_attachments::Migration),
            Box::new(m0007_code_failures::Migration),
            Box::new(m0008_write_budget::Migration),
            Box::new(m0009_pow::Migration),
            Box::new(m0010_reencryption::Migration),
            Box::new(m0011_purged::Migration),
            Box::new(m0012_flag::Migration),
            Box::new(m0013_tlog::Migration),
        ]
    }
}
