//! API tests through a spawned app, on SQLite and on PostgreSQL.

pub mod helpers;
#[path = "../support/mod.rs"]
mod support;

mod attachments;
mod audit;
mod console;
mod notifications;
mod officer;
mod reports;
mod security;
mod threads;
mod transfer;
mod transparency;
mod upkeep;
