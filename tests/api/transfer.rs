//! Transfer to another unit and re-key after a key change: the officer's device
//! re-encrypts every envelope; the server swaps them atomically.

use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;

/// Decrypts a whole thread with `identity` and re-encrypts it to `unit_recipients`
/// (plus the reporter for unit replies), as an officer's client does.
fn reencrypt_thread(
    case: &Value,
    identity: &age::x25519::Identity,
    unit_recipients: &[String],
) -> Vec<Value> {
    let reply_to = case["reply_recipient"].as_str().unwrap().to_string();
    case["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let plain = decrypt_b64(identity, m["envelope"].as_str().unwrap());
            let mut to = unit_recipients.to_vec();
            if m["from"] == "unit" {
                to.insert(0, reply_to.clone());
            }
            json!({ "id": m["id"], "envelope": envelope_for(&to, &plain) })
        })
        .collect()
}

async fn recipients_of(app: &TestApp, unit: &str) -> (Vec<String>, i64) {
    let units = app.get_units().await;
    let u = units["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["slug"] == unit)
        .unwrap()
        .clone();
    (
        u["recipients"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap().to_string())
            .collect(),
        u["key_set"].as_i64().unwrap(),
    )
}

async fn transfer_moves_a_case_to_another_unit(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let created: Value = app
        .submit(&app.report_body(&reporter, "un enfant est en danger").await)
        .await
        .json()
        .await
        .unwrap();
    let case = created["case"].as_str().unwrap().to_string();
    let path = format!("/api/v1/cases/{case}");
    // A reply, a note and a reporter message make a thread of every kind.
    let fetched: Value = app
        .officer_get(&app.gbv.token, &path)
        .await
        .json()
        .await
        .unwrap();
    let mut to = vec![fetched["reply_recipient"].as_str().unwrap().to_string()];
    to.extend(app.gbv.recipients());
    app.officer_post(
        &app.gbv.token,
        &format!("{path}/replies"),
        &json!({"envelope": envelope_for(&to, &json!({"v":1,"kind":"reply","text":"reçu"}))}),
    )
    .await;
    app.officer_post(&app.gbv.token, &format!("{path}/notes"), &json!({"envelope": envelope_for(&app.gbv.recipients(), &json!({"v":1,"kind":"note","text":"pour la protection de l'enfance"}))})).await;
    app.reporter_message(&reporter.lookup, &json!({"envelope": envelope_for(&app.gbv.recipients(), &json!({"v":1,"kind":"message","text":"merci"}))})).await;
    let fetched: Value = app
        .officer_get(&app.gbv.token, &path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["messages"].as_array().unwrap().len(), 4);

    let (child, child_set) = recipients_of(&app, "child-protection").await;
    let envelopes = reencrypt_thread(&fetched, &app.gbv.identity, &child);
    let url = format!("{path}/reencrypt");
    let before = app.snapshot().await;
    // Refusals change nothing: a member who is not a supervisor, a missing envelope,
    // a stale key set, a reply that would no longer reach the reporter.
    let res = app
        .officer_post(
            &app.gbv.token,
            &url,
            &json!({"unit": "child-protection", "key_set": child_set, "envelopes": envelopes}),
        )
        .await;
    assert_eq!(error_code(res).await, (403, "forbidden".into()));
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &url,
            &json!({"unit": "child-protection", "key_set": child_set, "envelopes": envelopes[1..]}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "thread_changed".into()));
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &url,
            &json!({"unit": "child-protection", "key_set": child_set - 1, "envelopes": envelopes}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "keys_changed".into()));
    let mut unit_only = envelopes.clone();
    let reply_index = fetched["messages"]
        .as_array()
        .unwrap()
        .iter()
        .position(|m| m["from"] == "unit")
        .unwrap();
    unit_only[reply_index]["envelope"] = json!(envelope_for(
        &child,
        &json!({"v":1,"kind":"reply","text":"reçu"})
    ));
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &url,
            &json!({"unit": "child-protection", "key_set": child_set, "envelopes": unit_only}),
        )
        .await;
    assert_eq!(error_code(res).await, (400, "wrong_recipient_count".into()));
    let res = app
        .officer_post(
            &app.child.token,
            &url,
            &json!({"unit": "child-protection", "key_set": child_set, "envelopes": envelopes}),
        )
        .await;
    assert_eq!(error_code(res).await, (404, "not_found".into()));
    assert_eq!(app.snapshot().await, before);

    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &url,
            &json!({"unit": "child-protection", "key_set": child_set, "envelopes": envelopes}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.json::<Value>().await.unwrap()["unit"],
        "child-protection"
    );

    // The old unit has lost it; the new one reads every envelope.
    assert_eq!(
        error_code(app.officer_get(&app.gbv.token, &path).await).await,
        (404, "not_found".into())
    );
    let moved: Value = app
        .officer_get(&app.child.token, &path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(moved["unit"], "child-protection");
    let texts: Vec<Value> = moved["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| decrypt_b64(&app.child.identity, m["envelope"].as_str().unwrap()))
        .collect();
    assert_eq!(texts[0]["fields"]["what"], "un enfant est en danger");
    assert_eq!(texts[2]["text"], "pour la protection de l'enfance");
    // The reporter's follow-up keeps working, now with the new unit.
    let f: Value = app.follow_up(&reporter.lookup).await.json().await.unwrap();
    assert_eq!(f["unit"], "child-protection");
    let reply = f["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["from"] == "unit")
        .unwrap()
        .clone();
    assert_eq!(
        decrypt_b64(
            &reporter.reply_identity,
            reply["envelope"].as_str().unwrap()
        )["text"],
        "reçu"
    );
    assert!(
        f["messages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m.get("id").is_none()),
        "reporters get no message ids"
    );
    // And the new unit is told, without content.
    let smtp = app.smtp.clone().unwrap();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let mails = smtp.mails.lock().unwrap().clone();
        if mails
            .iter()
            .any(|m| m.contains("child-protection@police.invalid"))
        {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the new unit was not told: {mails:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
on_both_backends!(transfer_moves_a_case_to_another_unit);

async fn rekey_after_a_key_change(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut cases = Vec::new();
    for i in 0..3 {
        let r = Reporter::new();
        let v: Value = app
            .submit(&app.report_body(&r, &format!("cas {i}")).await)
            .await
            .json()
            .await
            .unwrap();
        cases.push(v["case"].as_str().unwrap().to_string());
    }
    // A closed case is left alone.
    app.officer_post(
        &app.gbv.token,
        &format!("/api/v1/cases/{}/status", cases[2]),
        &json!({"status": "closed"}),
    )
    .await;
    let nothing: Value = app
        .officer_get(&app.gbv.token, "/api/v1/rekey?unit=gbv")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(nothing["remaining"], 0);

    let newcomer = app.add_gbv_key().await;
    let todo: Value = app
        .officer_get(&app.gbv.token, "/api/v1/rekey?unit=gbv")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(todo["remaining"], 2);
    assert_eq!(todo["cases"], json!([cases[0], cases[1]]));
    assert_eq!(
        error_code(
            app.officer_get(&app.child.token, "/api/v1/rekey?unit=gbv")
                .await
        )
        .await,
        (403, "forbidden".into())
    );

    // One case at a time: the list shrinks, so an interrupted run resumes.
    let (set, key_set) = recipients_of(&app, "gbv").await;
    assert_eq!(set.len(), 3);
    for (done, case) in cases[..2].iter().enumerate() {
        let path = format!("/api/v1/cases/{case}");
        let fetched: Value = app
            .officer_get(&app.gbv.token, &path)
            .await
            .json()
            .await
            .unwrap();
        let envelopes = reencrypt_thread(&fetched, &app.gbv.identity, &set);
        let res = app
            .officer_post(
                &app.gbv.chief_token,
                &format!("{path}/reencrypt"),
                &json!({"unit": "gbv", "key_set": key_set, "envelopes": envelopes}),
            )
            .await;
        assert_eq!(res.status(), 200);
        let todo: Value = app
            .officer_get(&app.gbv.token, "/api/v1/rekey?unit=gbv")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(todo["remaining"], 1 - done as i64);
        // Re-keyed, not yet confirmed: the old envelopes are still kept.
        assert_eq!(todo["unconfirmed"], done as i64 + 1);
        assert_eq!(todo["unconfirmed_cases"], json!(cases[..=done]));
        // The new member reads the re-keyed case.
        let fetched: Value = app
            .officer_get(&app.gbv.token, &path)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(fetched["messages"][0]["key_set"], key_set);
        let plain = decrypt_b64(
            &newcomer,
            fetched["messages"][0]["envelope"].as_str().unwrap(),
        );
        assert_eq!(plain["fields"]["what"], format!("cas {done}"));
    }
}
on_both_backends!(rekey_after_a_key_change);

/// Encrypts `plain` again to `to`, as a buggy device or a stolen token would send
/// it: the right shape and recipient count, the wrong content.
fn junk_thread(case: &Value, to: &[String]) -> Vec<Value> {
    let reply_to = case["reply_recipient"].as_str().unwrap().to_string();
    case["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let mut set = to.to_vec();
            if m["from"] == "unit" {
                set.insert(0, reply_to.clone());
            }
            json!({ "id": m["id"], "envelope": envelope_for(&set, &json!({"v": 1, "junk": true})) })
        })
        .collect()
}

async fn first_text(
    app: &TestApp,
    token: &str,
    identity: &age::x25519::Identity,
    path: &str,
) -> Value {
    let fetched: Value = app.officer_get(token, path).await.json().await.unwrap();
    decrypt_b64(
        identity,
        fetched["messages"][0]["envelope"].as_str().unwrap(),
    )
}

/// Evidence cannot be destroyed by a re-encryption: what it replaced is kept until
/// a supervisor confirms, can be restored, and goes only when the grace period
/// ends; every step is audited.
async fn reencryption_keeps_what_it_replaces(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let created: Value = app
        .submit(&app.report_body(&reporter, "la preuve").await)
        .await
        .json()
        .await
        .unwrap();
    let case = created["case"].as_str().unwrap().to_string();
    let path = format!("/api/v1/cases/{case}");
    let fetched: Value = app
        .officer_get(&app.gbv.token, &path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["reencryption"], Value::Null);

    // 1. A re-key with junk: the case reads as junk, then the restore brings the
    //    report back as it was.
    let newcomer = app.add_gbv_key().await;
    let (set, key_set) = recipients_of(&app, "gbv").await;
    let body = json!({"unit": "gbv", "key_set": key_set, "envelopes": junk_thread(&fetched, &set)});
    let res = app
        .officer_post(&app.gbv.chief_token, &format!("{path}/reencrypt"), &body)
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        first_text(&app, &app.gbv.token, &newcomer, &path).await["junk"],
        true
    );
    let pending: Value = app
        .officer_get(&app.gbv.token, &path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(pending["reencryption"]["by"], "gbv-chief");
    assert_eq!(pending["reencryption"]["from_unit"], "gbv");
    // While it waits, the case cannot be re-encrypted again (that would replace
    // the only good copy), and members can neither confirm nor restore.
    let before = app.snapshot().await;
    let res = app
        .officer_post(&app.gbv.chief_token, &format!("{path}/reencrypt"), &body)
        .await;
    assert_eq!(error_code(res).await, (409, "reencryption_pending".into()));
    for action in ["confirm", "restore"] {
        let url = format!("{path}/reencrypt/{action}");
        let res = app.officer_post(&app.gbv.token, &url, &json!({})).await;
        assert_eq!(error_code(res).await, (403, "forbidden".into()));
        let res = app
            .officer_post(&app.child.chief_token, &url, &json!({}))
            .await;
        assert_eq!(error_code(res).await, (404, "not_found".into()));
    }
    assert_eq!(app.snapshot().await, before);
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &format!("{path}/reencrypt/restore"),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let text = first_text(&app, &app.gbv.token, &app.gbv.identity, &path).await;
    assert_eq!(text["fields"]["what"], "la preuve");
    // Restored to the old set: the case is on the re-key list again.
    let todo: Value = app
        .officer_get(&app.gbv.token, "/api/v1/rekey?unit=gbv")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (todo["remaining"].clone(), todo["unconfirmed"].clone()),
        (json!(1), json!(0))
    );
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &format!("{path}/reencrypt/restore"),
            &json!({}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "not_pending".into()));

    // 2. A transfer with junk, undone by the receiving unit's supervisor: the case
    //    goes home, readable; the receiving unit loses it.
    let (child, child_set) = recipients_of(&app, "child-protection").await;
    let fetched: Value = app
        .officer_get(&app.gbv.token, &path)
        .await
        .json()
        .await
        .unwrap();
    let body = json!({"unit": "child-protection", "key_set": child_set, "envelopes": junk_thread(&fetched, &child)});
    let res = app
        .officer_post(&app.gbv.chief_token, &format!("{path}/reencrypt"), &body)
        .await;
    assert_eq!(res.status(), 200);
    let res = app
        .officer_post(
            &app.child.chief_token,
            &format!("{path}/reencrypt/restore"),
            &json!({}),
        )
        .await;
    let restored: Value = res.json().await.unwrap();
    assert_eq!(restored["unit"], "gbv");
    assert_eq!(
        first_text(&app, &app.gbv.token, &app.gbv.identity, &path).await["fields"]["what"],
        "la preuve"
    );
    assert_eq!(app.officer_get(&app.child.token, &path).await.status(), 404);

    // 3. A transfer the new unit has written to cannot be undone (its message
    //    would not open in the old unit); confirming it is the way on.
    let fetched: Value = app
        .officer_get(&app.gbv.token, &path)
        .await
        .json()
        .await
        .unwrap();
    let good = reencrypt_thread(&fetched, &app.gbv.identity, &child);
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &format!("{path}/reencrypt"),
            &json!({"unit": "child-protection", "key_set": child_set, "envelopes": good}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let before: Value = app
        .officer_get(&app.child.chief_token, &path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(before["reencryption"]["restorable"], true);
    app.officer_post(
        &app.child.token,
        &format!("{path}/notes"),
        &json!({"envelope": envelope_for(&child, &json!({"v":1,"kind":"note","text":"vu"}))}),
    )
    .await;
    // The case says so before anyone tries.
    let after: Value = app
        .officer_get(&app.child.chief_token, &path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after["reencryption"]["restorable"], false, "{after}");
    let res = app
        .officer_post(
            &app.child.chief_token,
            &format!("{path}/reencrypt/restore"),
            &json!({}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "added_since_transfer".into()));
    let res = app
        .officer_post(
            &app.child.chief_token,
            &format!("{path}/reencrypt/confirm"),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(app.count("superseded").await, 0);
    assert_eq!(app.count("reencryption").await, 0);

    // 4. Unconfirmed, the old versions go when the grace period ends, not before.
    app.add_key("child-protection").await;
    let (child, child_set) = recipients_of(&app, "child-protection").await;
    let fetched: Value = app
        .officer_get(&app.child.token, &path)
        .await
        .json()
        .await
        .unwrap();
    let good = reencrypt_thread(&fetched, &app.child.identity, &child);
    let res = app
        .officer_post(
            &app.child.chief_token,
            &format!("{path}/reencrypt"),
            &json!({"unit": "child-protection", "key_set": child_set, "envelopes": good}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let kept = app.count("superseded").await;
    assert_eq!(kept, fetched["messages"].as_array().unwrap().len() as u64);
    let settings = passerelle::settings::Settings::defaults();
    let days = settings.retention.superseded_days;
    let soon = chrono::Utc::now() + chrono::TimeDelta::days(days - 1);
    assert_eq!(
        passerelle::upkeep::pass(&app.db, &settings, soon)
            .await
            .unwrap()
            .superseded,
        0
    );
    assert_eq!(app.count("superseded").await, kept);
    let later = chrono::Utc::now() + chrono::TimeDelta::days(days + 1);
    assert_eq!(
        passerelle::upkeep::pass(&app.db, &settings, later)
            .await
            .unwrap()
            .superseded,
        1
    );
    assert_eq!(app.count("superseded").await, 0);
    let after: Value = app
        .officer_get(&app.child.token, &path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(after["reencryption"], Value::Null);

    // Every step is in the audit log.
    let actions = app.audit_actions().await;
    for (action, n) in [
        ("case.rekey", 2),
        ("case.transfer", 2),
        ("case.reencrypt.restore", 2),
        ("case.reencrypt.confirm", 1),
        ("case.reencrypt.expire", 1),
    ] {
        assert_eq!(
            actions.iter().filter(|a| a.as_str() == action).count(),
            n,
            "{action} in {actions:?}"
        );
    }
}
on_both_backends!(reencryption_keeps_what_it_replaces);

/// Referral to a partner: only with the reporter's consent, recorded in the history
/// the reporter sees, readable by the partner's key alone.
async fn referral_needs_consent(backend: Backend) {
    let app = spawn_app(backend).await;
    let partners: Value = app
        .officer_get(&app.gbv.token, "/api/v1/partners")
        .await
        .json()
        .await
        .unwrap();
    let shelter = partners["partners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "test-shelter")
        .unwrap()
        .clone();
    assert_eq!(shelter["kind"], "shelter");
    let partner_keys: Vec<String> = shelter["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect();
    let copy = envelope_for(
        &partner_keys,
        &json!({"v":1,"kind":"referral","fields":{"what":"besoin d'un abri"}}),
    );

    // Without consent: refused, nothing changes.
    let r1 = Reporter::new();
    let v: Value = app
        .submit(&app.report_body(&r1, "sans accord").await)
        .await
        .json()
        .await
        .unwrap();
    let before = app.snapshot().await;
    let res = app
        .officer_post(
            &app.gbv.token,
            &format!("/api/v1/cases/{}/referrals", v["case"].as_str().unwrap()),
            &json!({"partner": "test-shelter", "envelope": copy}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "no_consent".into()));
    assert_eq!(app.snapshot().await, before);

    // With consent.
    let r2 = Reporter::new();
    let mut body = app.report_body(&r2, "avec accord").await;
    body["referral_consent"] = json!(true);
    let v: Value = app.submit(&body).await.json().await.unwrap();
    let case = v["case"].as_str().unwrap().to_string();
    let url = format!("/api/v1/cases/{case}/referrals");
    let res = app
        .officer_post(
            &app.gbv.token,
            &url,
            &json!({"partner": "nowhere", "envelope": copy}),
        )
        .await;
    assert_eq!(error_code(res).await, (400, "unknown_partner".into()));
    let to_unit = envelope_for(&app.gbv.recipients(), &json!({"v":1}));
    let res = app
        .officer_post(
            &app.gbv.token,
            &url,
            &json!({"partner": "test-shelter", "envelope": to_unit}),
        )
        .await;
    assert_eq!(error_code(res).await, (400, "wrong_recipient_count".into()));
    let res = app
        .officer_post(
            &app.child.token,
            &url,
            &json!({"partner": "test-shelter", "envelope": copy}),
        )
        .await;
    assert_eq!(error_code(res).await, (404, "not_found".into()));
    let res = app
        .officer_post(
            &app.gbv.token,
            &url,
            &json!({"partner": "test-shelter", "envelope": copy}),
        )
        .await;
    assert_eq!(res.status(), 201);

    let f: Value = app.follow_up(&r2.lookup).await.json().await.unwrap();
    assert_eq!(f["status"], "referred");
    assert_eq!(
        f["history"].as_array().unwrap().last().unwrap()["outcome"],
        "referred_to_partner"
    );
    let fetched: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["referral_consent"], true);
    assert_eq!(fetched["referrals"][0]["partner"], "test-shelter");
    let stored = passerelle::store::reports::referrals_for_partner(&app.db, "test-shelter")
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].0, case);
    let plain =
        passerelle::crypto::decrypt_with(std::slice::from_ref(&app.partner), &stored[0].1.envelope)
            .unwrap();
    assert!(String::from_utf8_lossy(&plain).contains("besoin d'un abri"));
}
on_both_backends!(referral_needs_consent);
