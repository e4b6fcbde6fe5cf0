use std::time::Duration;

use serde_json::Value;

use crate::helpers::*;
use crate::on_both_backends;

/// Each new report makes a content-free mail to the unit, over real SMTP.
async fn units_are_notified_without_content(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let created: Value = app
        .submit(&app.report_body(&reporter, "CANARY-MAIL-TEXT").await)
        .await
        .json()
        .await
        .unwrap();
    let case = created["case"].as_str().unwrap().to_string();
    let smtp = app.smtp.clone().unwrap();
    let mails = smtp.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(mails.len(), 1, "no mail arrived");
    let mail = &mails[0];
    assert!(mail.contains("gbv-unit@police.invalid"), "{mail}");
    assert!(mail.contains("new activity"), "{mail}");
    for secret in [
        case.as_str(),
        "CANARY-MAIL-TEXT",
        "gbv-officer",
        "age1",
        &reporter.lookup,
    ] {
        assert!(!mail.contains(secret), "mail leaks {secret}");
    }
    // The mail reaches the relay a moment before its row is marked sent.
    wait_until_outbox_empty(&app).await;
}
on_both_backends!(units_are_notified_without_content);

/// An SMTP outage delays mail and loses none.
async fn smtp_outage_delays_and_loses_nothing(backend: Backend) {
    // A relay that hangs up on every connection, for now.
    let sink = SmtpSink::start_down().await;
    let app = spawn_app_with(
        backend,
        Options {
            smtp: SmtpChoice::Down(sink.port),
            ..Options::default()
        },
    )
    .await;
    let reporter = Reporter::new();
    assert_eq!(
        app.submit(&app.report_body(&reporter, "x").await)
            .await
            .status(),
        201
    );
    // The report is stored; the mail waits and is retried.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let attempts = app
            .count_where("outbox", "attempts >= 2 AND sent_at IS NULL")
            .await;
        if attempts == 1 {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the worker did not retry"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.reports().await, 1);
    // The relay comes back: the mail goes out.
    sink.come_back();
    let mails = sink.wait_for(1, Duration::from_secs(15)).await;
    assert_eq!(
        mails.len(),
        1,
        "the queued mail was not delivered after the outage"
    );
    wait_until_outbox_empty(&app).await;
}
on_both_backends!(smtp_outage_delays_and_loses_nothing);
