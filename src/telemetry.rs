//! Logging: `tracing` with explicit fields, to stderr. `RUST_LOG` overrides.
//!
//! Lines carry the hour only, never the exact time: a request's exact time, set
//! beside a network record, could pick out a reporter, and the database keeps the
//! hour only too (docs/privacy.md). The order of the lines keeps the rest.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;

/// `2026-12-07T18Z`: the hour a line was written in, in UTC.
pub struct HourOnly;

impl FormatTime for HourOnly {
    fn format_time(&self, w: &mut Writer<'_>) -> std::fmt::Result {
        write!(w, "{}", hour_stamp(chrono::Utc::now()))
    }
}

fn hour_stamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%HZ").to_string()
}

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,actix_server=warn"));
    // A second init (tests) is harmless.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_timer(HourOnly)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .try_init();
}

#[cfg(test)]
mod tests {
    #[test]
    fn log_lines_carry_the_hour_only() {
        let t = chrono::DateTime::parse_from_rfc3339("2026-12-07T18:42:17.123456Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(super::hour_stamp(t), "2026-12-07T18Z");
    }
}
