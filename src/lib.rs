//! Passerelle: anonymous, end-to-end encrypted reporting to specialised police
//! protection units. See README.md and docs/.

pub mod cases;
pub mod cli;
pub mod crypto;
pub mod domain;
pub mod i18n;
pub mod limits;
pub mod notify;
pub mod pow;
pub mod routes;
pub mod routing;
pub mod settings;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod transparency;
pub mod upkeep;
