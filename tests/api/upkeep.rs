//! The upkeep job (src/upkeep.rs): what has outlived its time goes, nothing else;
//! notifications keep only their hour. The job's loop is off in tests: each pass
//! runs here, at the time the test chooses.

use chrono::{TimeDelta, Timelike, Utc};
use passerelle::crypto;
use passerelle::settings::Settings;
use passerelle::store::audit::Actor;
use passerelle::store::officers;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::Value;

use crate::helpers::*;
use crate::on_both_backends;

fn whole_hour(t: chrono::DateTime<Utc>) -> bool {
    t.minute() == 0 && t.second() == 0 && t.nanosecond() == 0
}

async fn upkeep_deletes_what_has_outlived_its_time(backend: Backend) {
    let app = spawn_app(backend).await;
    let settings = Settings::defaults();
    let reporter = Reporter::new();
    let res = app
        .submit(&app.report_body(&reporter, "une notification").await)
        .await;
    assert_eq!(res.status(), 201);
    let _: Value = res.json().await.unwrap();
    wait_until_outbox_empty(&app).await;
    // The notification row says which hour, no more.
    let rows = entities::outbox::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    let sent = row.sent_at.expect("the mail went");
    for t in [row.created_at, row.next_attempt_at, sent] {
        assert!(whole_hour(t), "{t} in {row:?}");
    }
    assert_eq!(row.locked_until, None);

    // Tokens: one expired, one good. Sessions: one past its end, one idle for too
    // long, one in use.
    let login = passerelle::domain::OfficerLogin::parse(&app.gbv.officer_login).unwrap();
    let officer = officers::find(&app.db, &login).await.unwrap().unwrap();
    officers::issue_token(
        &app.db,
        &Actor::Admin,
        &officer,
        TimeDelta::seconds(-60),
        "old",
    )
    .await
    .unwrap();
    let tokens_before = app.count("officer_token").await;
    let now = Utc::now();
    let idle = TimeDelta::minutes(settings.console.idle_minutes);
    for (seen, ends) in [
        (now, now - TimeDelta::seconds(1)),
        (
            now - idle - TimeDelta::minutes(1),
            now + TimeDelta::hours(1),
        ),
        (now, now + TimeDelta::hours(1)),
    ] {
        entities::console_session::ActiveModel {
            officer_id: Set(officer.id),
            token_digest: Set(crypto::random_bytes::<32>().to_vec()),
            created_at: Set(now - TimeDelta::hours(2)),
            last_seen_at: Set(seen),
            expires_at: Set(ends),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    let before = app.snapshot().await;

    let swept = passerelle::upkeep::pass(&app.db, &settings, Utc::now())
        .await
        .unwrap();
    assert_eq!((swept.tokens, swept.sessions, swept.sent_outbox), (1, 2, 0));
    assert_eq!(app.count("officer_token").await, tokens_before - 1);
    assert_eq!(app.count("console_session").await, 1);
    // The officer's own token still works; cases, messages and the outbox are as
    // they were.
    assert_eq!(
        app.officer_get(&app.gbv.token, "/api/v1/me").await.status(),
        200
    );
    assert_eq!(app.snapshot().await, before);

    // A mailed notification goes after `retention.sent_outbox_days`, and a second
    // pass finds nothing more.
    let later = Utc::now()
        + TimeDelta::days(settings.retention.sent_outbox_days)
        + TimeDelta::days(1)
        + TimeDelta::hours(2);
    let swept = passerelle::upkeep::pass(&app.db, &settings, later)
        .await
        .unwrap();
    assert_eq!(swept.sent_outbox, 1);
    assert_eq!(app.count("outbox").await, 0);
    let again = passerelle::upkeep::pass(&app.db, &settings, later)
        .await
        .unwrap();
    assert_eq!(again, passerelle::upkeep::Swept::default());
    assert_eq!(app.reports().await, 1);
}
on_both_backends!(upkeep_deletes_what_has_outlived_its_time);

/// Closed cases lose their content after their category's retention, counted from
/// their last activity; a tombstone and an audit entry stay, and nothing can be
/// written to it any more. Open cases, recent ones and categories kept for ever
/// are left alone.
async fn closed_cases_are_purged_after_their_retention(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut settings = Settings::defaults();
    settings.retention.closed_days = 30;
    settings
        .retention
        .closed_days_by_category
        .insert("child-protection".into(), 0);
    let mut cases = Vec::new();
    for (what, category) in [
        ("vieux et clos", "gbv"),
        ("ouvert", "gbv"),
        ("clos, puis un message", "gbv"),
        ("enfant, gardé", "child-protection"),
    ] {
        let reporter = Reporter::new();
        let mut body = app.report_body(&reporter, what).await;
        if category != "gbv" {
            body["category"] = category.into();
            let (recipients, key_set) = (
                app.child.recipients(),
                app.key_set("child-protection").await,
            );
            body["key_set"] = key_set.into();
            body["envelope"] = envelope_for(&recipients, &report_plaintext(category, what)).into();
        }
        let res = app.submit(&body).await;
        assert_eq!(res.status(), 201, "{what}");
        let v: Value = res.json().await.unwrap();
        cases.push((v["case"].as_str().unwrap().to_string(), reporter));
    }
    for (i, token) in [
        (0, &app.gbv.token),
        (2, &app.gbv.token),
        (3, &app.child.token),
    ] {
        let res = app
            .officer_post(
                token,
                &format!("/api/v1/cases/{}/status", cases[i].0),
                &serde_json::json!({"status": "closed", "outcome": "resolved"}),
            )
            .await;
        assert_eq!(res.status(), 200, "closing {}", cases[i].0);
    }
    // Their last activity was long ago...
    let long_ago = chrono::Utc::now() - TimeDelta::days(40);
    for (case, _) in &cases {
        app.set_updated_at(case, long_ago).await;
    }
    // ...but the reporter of the third wrote again today: the count starts again.
    let res = app
        .reporter_message(
            &cases[2].1.lookup,
            &serde_json::json!({"envelope": envelope_for(&app.gbv.recipients(), &serde_json::json!({"v":1,"kind":"message","text":"encore"}))}),
        )
        .await;
    assert_eq!(res.status(), 201);

    let swept = passerelle::upkeep::pass(&app.db, &settings, Utc::now())
        .await
        .unwrap();
    assert_eq!(swept.cases, 1);
    let purged = &cases[0].0;
    // The tombstone: no envelope, no file, the follow-up code finds nothing.
    let id = app.report_id(purged).await;
    assert_eq!(
        app.count_where("message", &format!("report_id = {id}"))
            .await,
        0
    );
    assert_eq!(
        app.count_where("attachment", &format!("report_id = {id}"))
            .await,
        0
    );
    assert_eq!(app.follow_up(&cases[0].1.lookup).await.status(), 404);
    let tomb: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{purged}"))
        .await
        .json()
        .await
        .unwrap();
    assert!(tomb["purged_at"].is_string(), "{tomb}");
    assert_eq!(tomb["category"], "gbv");
    assert_eq!(tomb["messages"], serde_json::json!([]));
    assert!(
        !tomb["history"].as_array().unwrap().is_empty(),
        "the status history stays"
    );
    let res = app
        .officer_post(
            &app.gbv.token,
            &format!("/api/v1/cases/{purged}/notes"),
            &serde_json::json!({"envelope": envelope_for(&app.gbv.recipients(), &serde_json::json!({"v":1,"kind":"note","text":"?"}))}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "case_purged".into()));
    assert_eq!(
        app.audit_actions()
            .await
            .iter()
            .filter(|a| *a == "case.purge")
            .count(),
        1
    );
    // The others keep everything.
    for (case, reporter) in &cases[1..] {
        let f: Value = app.follow_up(&reporter.lookup).await.json().await.unwrap();
        assert!(!f["messages"].as_array().unwrap().is_empty(), "{case}: {f}");
    }
    // Nothing more is due.
    let again = passerelle::upkeep::pass(&app.db, &settings, Utc::now())
        .await
        .unwrap();
    assert_eq!(again.cases, 0);
}
on_both_backends!(closed_cases_are_purged_after_their_retention);

/// A supervisor marks a case as spam or abuse: it is closed, its follow-up code
/// still reads but writes nothing more, and upkeep purges it after
/// `retention.flagged_days` rather than the category's retention. Only a
/// supervisor of the case's unit may; the mark can be removed, and opening the
/// case again removes it too. Every step is audited; bad input changes nothing.
async fn a_case_marked_as_spam_is_closed_to_its_code_and_purged_sooner(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut settings = Settings::defaults();
    settings.retention.closed_days = 365;
    settings.retention.flagged_days = 7;
    let mut cases = Vec::new();
    for what in ["du bruit", "une vraie plainte", "une erreur de tri"] {
        let reporter = Reporter::new();
        let res = app.submit(&app.report_body(&reporter, what).await).await;
        assert_eq!(res.status(), 201, "{what}");
        let v: Value = res.json().await.unwrap();
        cases.push((v["case"].as_str().unwrap().to_string(), reporter));
    }
    let flag = |case: &str| format!("/api/v1/cases/{case}/flag");
    let message = serde_json::json!({"envelope": envelope_for(&app.gbv.recipients(), &serde_json::json!({"v":1,"kind":"message","text":"encore"}))});

    // A member may not, another unit's supervisor does not even see the case, and
    // an unknown mark is refused: none of them changes anything.
    let before = app.snapshot().await;
    let res = app
        .officer_post(
            &app.gbv.token,
            &flag(&cases[0].0),
            &serde_json::json!({"flag": "spam"}),
        )
        .await;
    assert_eq!(res.status(), 403);
    let res = app
        .officer_post(
            &app.child.chief_token,
            &flag(&cases[0].0),
            &serde_json::json!({"flag": "spam"}),
        )
        .await;
    assert_eq!(res.status(), 404);
    for body in [
        serde_json::json!({"flag": "Spam"}),
        serde_json::json!({"flag": 3}),
        serde_json::json!({}),
        serde_json::json!({"flag": "spam", "why": "x"}),
    ] {
        let res = app
            .officer_post(&app.gbv.chief_token, &flag(&cases[0].0), &body)
            .await;
        assert_eq!(res.status(), 400, "{body}");
    }
    assert_eq!(app.snapshot().await, before);
    assert!(!app.audit_actions().await.contains(&"case.flag".to_string()));

    // Marked: closed, the code reads but cannot write; officers still can.
    for (i, kind) in [(0, "spam"), (2, "abuse")] {
        let res = app
            .officer_post(
                &app.gbv.chief_token,
                &flag(&cases[i].0),
                &serde_json::json!({"flag": kind}),
            )
            .await;
        assert_eq!(res.status(), 200);
        let v: Value = res.json().await.unwrap();
        assert_eq!(v["status"], "closed");
        assert_eq!(v["flag"]["kind"], kind);
        assert!(v["flag"]["purge_after"].is_string(), "{v}");
    }
    let f: Value = app
        .follow_up(&cases[0].1.lookup)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (f["status"].as_str(), f["accepts_messages"].as_bool()),
        (Some("closed"), Some(false))
    );
    let messages_before = app.count("message").await;
    let res = app.reporter_message(&cases[0].1.lookup, &message).await;
    assert_eq!(error_code(res).await, (409, "case_closed".into()));
    assert_eq!(app.count("message").await, messages_before);
    let f: Value = app
        .follow_up(&cases[1].1.lookup)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(f["accepts_messages"], true);
    let list: Value = app
        .officer_get(&app.gbv.token, "/api/v1/cases?status=closed")
        .await
        .json()
        .await
        .unwrap();
    let flags: Vec<_> = list["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["flag"].clone())
        .collect();
    assert_eq!(flags.len(), 2, "{list}");
    assert!(
        flags.contains(&"spam".into()) && flags.contains(&"abuse".into()),
        "{list}"
    );

    // The third was a mistake: opening it again removes the mark, and its
    // reporter can write again.
    let res = app
        .officer_post(
            &app.gbv.token,
            &format!("/api/v1/cases/{}/status", cases[2].0),
            &serde_json::json!({"status": "under_review"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let c: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{}", cases[2].0))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(c["flag"], Value::Null, "{c}");
    let res = app.reporter_message(&cases[2].1.lookup, &message).await;
    assert_eq!(res.status(), 201);

    // Not yet due: nothing goes. Past `flagged_days`: the spam goes, the rest stays.
    let swept = passerelle::upkeep::pass(&app.db, &settings, Utc::now())
        .await
        .unwrap();
    assert_eq!(swept.cases, 0);
    let later = Utc::now() + TimeDelta::days(settings.retention.flagged_days) + TimeDelta::hours(2);
    let swept = passerelle::upkeep::pass(&app.db, &settings, later)
        .await
        .unwrap();
    assert_eq!(swept.cases, 1);
    let id = app.report_id(&cases[0].0).await;
    assert_eq!(
        app.count_where("message", &format!("report_id = {id}"))
            .await,
        0
    );
    assert_eq!(app.follow_up(&cases[0].1.lookup).await.status(), 404);
    for (case, reporter) in &cases[1..] {
        let f: Value = app.follow_up(&reporter.lookup).await.json().await.unwrap();
        assert!(!f["messages"].as_array().unwrap().is_empty(), "{case}: {f}");
    }
    // A tombstone takes no mark either. (The pass at `later` deleted the day-long
    // test tokens: a new one.)
    let login = passerelle::domain::OfficerLogin::parse("gbv-chief").unwrap();
    let chief = officers::find(&app.db, &login).await.unwrap().unwrap();
    let (token, _) =
        officers::issue_token(&app.db, &Actor::Admin, &chief, TimeDelta::days(30), "t")
            .await
            .unwrap();
    let res = app
        .officer_post(
            token.expose(),
            &flag(&cases[0].0),
            &serde_json::json!({"flag": null}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "case_purged".into()));
    let actions = app.audit_actions().await;
    let count = |a: &str| actions.iter().filter(|x| *x == a).count();
    // Two marks, one removal on reopening, one purge.
    assert_eq!(
        (count("case.flag"), count("case.purge")),
        (3, 1),
        "{actions:?}"
    );
}
on_both_backends!(a_case_marked_as_spam_is_closed_to_its_code_and_purged_sooner);
