//! Content-free notifications: the outbox worker and the mail transport.
//! A mail says only that a unit's queue has new activity.

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::routing::Routing;
use crate::settings::{MailTransport, NotifySettings, SmtpTls};
use crate::store::{self, console, outbox, units};

pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Logs that a mail would go out (demo, development).
    Log,
}

impl Mailer {
    pub fn from_settings(s: &NotifySettings) -> anyhow::Result<Self> {
        if s.transport == MailTransport::Log {
            return Ok(Mailer::Log);
        }
        let mut builder = match s.smtp_tls {
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.smtp_host),
            SmtpTls::Starttls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&s.smtp_host)?
            }
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&s.smtp_host)?,
        }
        .port(s.smtp_port)
        .timeout(Some(s.smtp_timeout()));
        if let (Some(user), Some(pass)) = (&s.smtp_username, &s.smtp_password) {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                secrecy::ExposeSecret::expose_secret(pass).to_string(),
            ));
        }
        Ok(Mailer::Smtp(builder.build()))
    }

    /// Sends one mail, in `limit` at most (the transport's own timeout is per
    /// command; this bounds the whole exchange, which the outbox lease relies on).
    async fn send(&self, msg: Message, limit: Duration) -> Result<(), String> {
        tokio::time::timeout(limit, self.send_now(msg))
            .await
            .unwrap_or_else(|_| Err(format!("the relay took longer than {limit:?}")))
    }

    async fn send_now(&self, msg: Message) -> Result<(), String> {
        match self {
            Mailer::Smtp(t) => t.send(msg).await.map(|_| ()).map_err(|e| e.to_string()),
            Mailer::Log => {
                tracing::info!("notification mail (log transport, not sent)");
                Ok(())
            }
        }
    }
}

/// The mail for a unit. Deliberately nothing about the report: not its category,
/// reference, region or time.
fn compose(from: &str, to: &[String], unit_name: &str, urgent: bool) -> anyhow::Result<Message> {
    let mut b = Message::builder().from(from.parse::<Mailbox>()?);
    for addr in to {
        b = b.to(addr.parse::<Mailbox>()?);
    }
    let subject = if urgent {
        "Passerelle: urgent activity in your unit's queue"
    } else {
        "Passerelle: new activity in your unit's queue"
    };
    let body = format!(
        "There is new activity in the queue of {unit_name}{}.\n\n\
         Open the officer console, or run `passerelle cases list`, to see it.\n\
         By design this message contains nothing about the report itself.\n",
        if urgent {
            ", marked urgent by the reporter"
        } else {
            ""
        }
    );
    Ok(b.subject(subject).body(body)?)
}

/// The digest: still nothing about any report, only that there was activity.
fn compose_digest(from: &str, to: &str) -> anyhow::Result<Message> {
    Ok(Message::builder()
        .from(from.parse::<Mailbox>()?)
        .to(to.parse::<Mailbox>()?)
        .subject("Passerelle: your digest")
        .body(
            "There has been new activity in the queues of your units since your last \
             digest.\n\nOpen the officer console to see it. Urgent reports are always \
             sent to you at once.\nBy design this message contains nothing about any report.\n"
                .to_string(),
        )?)
}

pub struct Worker {
    pub db: DatabaseConnection,
    pub routing: Arc<Routing>,
    pub mailer: Mailer,
    pub settings: NotifySettings,
    pub wake: Arc<Notify>,
}

impl Worker {
    /// Runs until the task is dropped. Never loses a row: a failed send is retried
    /// with exponential backoff, however long the outage.
    pub async fn run(self) {
        let poll = Duration::from_millis(self.settings.poll_interval_ms.max(50));
        loop {
            if let Err(e) = self.tick().await {
                tracing::warn!(error = %e, "notification worker: will retry");
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    }

    /// One pass: due outbox rows, then due digests; returns how many mails went.
    pub async fn tick(&self) -> Result<usize, store::StoreError> {
        let sent = self.outbox_pass().await?;
        Ok(sent + self.digest_pass().await?)
    }

    /// Officers who chose a digest: one content-free mail per period, if anything
    /// happened in their units since the last one.
    async fn digest_pass(&self) -> Result<usize, store::StoreError> {
        let period = TimeDelta::minutes(self.settings.digest_minutes.max(1));
        let mut sent = 0;
        for officer in console::digests_due(&self.db, period).await? {
            let due = store::now() - period;
            let Some(previous) = console::claim_digest(&self.db, &officer, due).await? else {
                continue; // another worker has it, or it just changed
            };
            let since = previous.unwrap_or(officer.created_at);
            if !console::activity_since(&self.db, officer.id, since).await? {
                continue;
            }
            let Some(addr) = officer.email.as_deref() else {
                continue;
            };
            let result = match compose_digest(&self.settings.from, addr) {
                Ok(msg) => self.mailer.send(msg, self.settings.smtp_timeout()).await,
                Err(e) => Err(format!("cannot compose a digest: {e}")),
            };
            match result {
                Ok(()) => sent += 1,
                Err(e) => {
                    tracing::warn!(error = %e, "digest not delivered; will retry");
                    console::release_digest(&self.db, officer.id, previous).await?;
                }
            }
        }
        Ok(sent)
    }

    /// Mails due outbox rows, one claimed at a time (20 at most per pass). A row is
    /// held under a lease of three send limits, renewed before each mail, so a
    /// slow relay cannot make it run out and let another instance mail the row
    /// again. Only a worker that dies mid-row leaves it to be mailed once more when
    /// its lease ends (at least once, never lost).
    async fn outbox_pass(&self) -> Result<usize, store::StoreError> {
        let limit = self.settings.smtp_timeout();
        let lease = TimeDelta::from_std(limit * 3).unwrap_or(TimeDelta::minutes(1));
        let mut sent = 0;
        for _ in 0..20 {
            let Some(claim) = outbox::claim_next(&self.db, lease).await? else {
                break;
            };
            if self.mail_row(claim, lease, limit).await? {
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// Mails one claimed row; true when it went out.
    async fn mail_row(
        &self,
        mut claim: outbox::Claim,
        lease: TimeDelta,
        limit: Duration,
    ) -> Result<bool, store::StoreError> {
        let unit = units::get(&self.db, claim.row.unit_id).await?;
        let urgent = claim.row.kind == "urgent";
        let mut mailboxes: Vec<Vec<String>> = Vec::new();
        let unit_addresses = self
            .routing
            .unit(&unit.slug)
            .map(|u| u.notify.clone())
            .unwrap_or_default();
        let has_unit_address = !unit_addresses.is_empty();
        if has_unit_address {
            mailboxes.push(unit_addresses);
        }
        // Officers' own addresses get a mail each, so none sees another's.
        for addr in console::immediate_addresses(&self.db, unit.id, urgent).await? {
            mailboxes.push(vec![addr]);
        }
        // The unit's own address (first, if any) decides whether the row is
        // retried; an officer's bad address is logged and does not hold back the
        // others or repeat mail to them. Nobody to tell: the row is done (the
        // case is still in the queue).
        let mut result = Ok(());
        for (i, to) in mailboxes.iter().enumerate() {
            if !outbox::renew(&self.db, &mut claim, lease).await? {
                tracing::warn!(unit = %unit.slug, "notification lease lost; another worker has the row");
                return Ok(false);
            }
            let sent = match compose(&self.settings.from, to, &unit.name, urgent) {
                Ok(msg) => self.mailer.send(msg, limit).await,
                Err(e) => Err(format!("cannot compose the mail: {e}")),
            };
            match sent {
                Err(e) if i == 0 && has_unit_address => {
                    result = Err(e);
                    break;
                }
                Err(e) => {
                    tracing::warn!(unit = %unit.slug, error = %e, "an officer's notification was not delivered")
                }
                Ok(()) => {}
            }
        }
        let attempts = claim.row.attempts;
        let kept = match &result {
            Ok(()) => outbox::mark_sent(&self.db, claim).await?,
            Err(e) => {
                let delay = backoff(
                    attempts,
                    self.settings.backoff_base_ms,
                    self.settings.backoff_max_ms,
                );
                tracing::warn!(
                    unit = %unit.slug,
                    attempts = attempts + 1,
                    retry_in_ms = delay.num_milliseconds(),
                    error = %e,
                    "notification not delivered; will retry"
                );
                outbox::mark_failed(&self.db, claim, e, store::now() + delay).await?
            }
        };
        if !kept {
            tracing::warn!(unit = %unit.slug, "notification lease lost while mailing");
        }
        Ok(result.is_ok() && !mailboxes.is_empty())
    }
}

/// base × 2^attempts, capped.
fn backoff(attempts: i32, base_ms: u64, max_ms: u64) -> TimeDelta {
    let factor = 1u64 << attempts.clamp(0, 20);
    TimeDelta::milliseconds(base_ms.saturating_mul(factor).min(max_ms) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(0, 100, 10_000), TimeDelta::milliseconds(100));
        assert_eq!(backoff(3, 100, 10_000), TimeDelta::milliseconds(800));
        assert_eq!(backoff(30, 100, 10_000), TimeDelta::milliseconds(10_000));
    }

    #[test]
    fn mail_carries_no_case_data() {
        let m = compose(
            "Passerelle <p@example.org>",
            &["unit@example.org".into()],
            "GBV unit",
            true,
        )
        .unwrap();
        let text = String::from_utf8(m.formatted()).unwrap();
        assert!(text.contains("GBV unit"));
        assert!(text.contains("urgent"));
        assert!(text.contains("nothing about the report"));
    }
}
