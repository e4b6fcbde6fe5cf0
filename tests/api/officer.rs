use chrono::TimeDelta;
use passerelle::domain::OfficerLogin;
use passerelle::store::audit::Actor;
use passerelle::store::officers;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;

/// Every officer endpoint, as (method, path, body) for a given case.
fn endpoints(
    case: &str,
    attachment: i64,
    reply_envelope: &str,
) -> Vec<(&'static str, String, Option<Value>)> {
    vec![
        ("GET", "/api/v1/me".into(), None),
        ("GET", "/api/v1/cases?unit=gbv".into(), None),
        ("GET", format!("/api/v1/cases/{case}"), None),
        (
            "GET",
            format!("/api/v1/cases/{case}/attachments/{attachment}"),
            None,
        ),
        (
            "POST",
            format!("/api/v1/cases/{case}/status"),
            Some(json!({"status": "closed"})),
        ),
        (
            "POST",
            format!("/api/v1/cases/{case}/replies"),
            Some(json!({"envelope": reply_envelope})),
        ),
    ]
}

async fn call(
    app: &TestApp,
    token: Option<&str>,
    method: &str,
    path: &str,
    body: &Option<Value>,
) -> (u16, String) {
    let mut req = match method {
        "GET" => app.http.get(app.url(path)),
        _ => app.http.post(app.url(path)),
    };
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    error_code(req.send().await.unwrap()).await
}

async fn officer_endpoints_refuse_strangers(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let mut body = app.report_body(&reporter, "x").await;
    let file = passerelle::crypto::encrypt_to(
        &app.gbv.recipients(),
        &passerelle::crypto::pad_attachment(b"a photo"),
    )
    .unwrap();
    body["attachments"] = json!([base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        file
    )]);
    let created: Value = app.submit(&body).await.json().await.unwrap();
    let case = created["case"].as_str().unwrap().to_string();
    let fetched: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    let attachment = fetched["messages"][0]["attachments"][0]["id"]
        .as_i64()
        .unwrap();
    let mut recipients = vec![fetched["reply_recipient"].as_str().unwrap().to_string()];
    recipients.extend(app.gbv.recipients());
    let reply = envelope_for(&recipients, &json!({"v":1,"kind":"reply","text":"x"}));
    let all = endpoints(&case, attachment, &reply);

    // An expired token for the gbv officer.
    let gbv_officer = officers::find(
        &app.db,
        &OfficerLogin::parse(&app.gbv.officer_login).unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let (expired, _) = officers::issue_token(
        &app.db,
        &Actor::Admin,
        &gbv_officer,
        TimeDelta::seconds(1),
        "short",
    )
    .await
    .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;

    let before = app.snapshot().await;
    for (method, path, body) in &all {
        assert_eq!(
            call(&app, None, method, path, body).await,
            (401, "unauthorized".into()),
            "{method} {path} without token"
        );
        assert_eq!(
            call(&app, Some("pst_garbage"), method, path, body).await,
            (401, "unauthorized".into()),
            "{method} {path} garbage"
        );
        let forged = format!(
            "pst_{}",
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, [7u8; 32])
        );
        assert_eq!(
            call(&app, Some(&forged), method, path, body).await,
            (401, "unauthorized".into()),
            "{method} {path} unknown"
        );
        assert_eq!(
            call(&app, Some(expired.expose()), method, path, body).await,
            (401, "token_expired".into()),
            "{method} {path} expired"
        );
    }
    // Without credentials, a bad body says nothing: authentication comes first.
    for path in [
        format!("/api/v1/cases/{case}/status"),
        format!("/api/v1/cases/{case}/replies"),
    ] {
        let res = app
            .http
            .post(app.url(&path))
            .header("content-type", "text/plain")
            .body("{")
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["www-authenticate"], "Bearer");
        assert_eq!(
            error_code(res).await,
            (401, "unauthorized".into()),
            "{path}"
        );
    }
    let res = app
        .http
        .post(app.url("/api/v1/follow-up/messages"))
        .header("content-type", "text/plain")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["www-authenticate"], "Lookup");
    assert_eq!(error_code(res).await, (401, "unauthorized".into()));
    // The child-protection officer is valid but of the wrong unit.
    for (method, path, body) in &all {
        let (status, code) = call(&app, Some(&app.child.token), method, path, body).await;
        if path.ends_with("/me") {
            assert_eq!(status, 200);
        } else if path.contains("?unit=") {
            assert_eq!(
                (status, code.as_str()),
                (403, "forbidden"),
                "{method} {path}"
            );
        } else {
            assert_eq!(
                (status, code.as_str()),
                (404, "not_found"),
                "{method} {path} wrong unit"
            );
        }
    }
    // Listing without a unit shows only the officer's own units.
    let list: Value = app
        .officer_get(&app.child.token, "/api/v1/cases")
        .await
        .json()
        .await
        .unwrap();
    assert!(list["cases"].as_array().unwrap().is_empty());
    // Only the fetch audit of the setup above may have been written.
    assert_eq!(app.snapshot().await, before);

    // Disabling the officer cuts access at once, for every endpoint: the token
    // is gone, and enabling the account again does not bring it back.
    officers::set_active(&app.db, &Actor::Admin, gbv_officer.clone(), false)
        .await
        .unwrap();
    let before = app.snapshot().await;
    for (method, path, body) in &all {
        assert_eq!(
            call(&app, Some(&app.gbv.token), method, path, body).await,
            (401, "unauthorized".into()),
            "{method} {path} disabled"
        );
    }
    assert_eq!(app.snapshot().await, before);
    officers::set_active(&app.db, &Actor::Admin, gbv_officer, true)
        .await
        .unwrap();
    assert_eq!(
        call(&app, Some(&app.gbv.token), "GET", "/api/v1/cases", &None).await,
        (401, "unauthorized".into())
    );
}
on_both_backends!(officer_endpoints_refuse_strangers);

async fn officer_input_is_checked(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let created: Value = app
        .submit(&app.report_body(&reporter, "x").await)
        .await
        .json()
        .await
        .unwrap();
    let case = created["case"].as_str().unwrap().to_string();
    let t = &app.gbv.token;
    // A reply declaring an old key set is refused with the fresh one.
    let fetched: Value = app
        .officer_get(t, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    let mut to = vec![fetched["reply_recipient"].as_str().unwrap().to_string()];
    to.extend(app.gbv.recipients());
    let reply = envelope_for(&to, &json!({"v":1,"kind":"reply","text":"x"}));
    let key_set = app.key_set("gbv").await;
    let res = app
        .officer_post(
            t,
            &format!("/api/v1/cases/{case}/replies"),
            &json!({"envelope": reply, "key_set": key_set - 1}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "keys_changed".into()));
    let before = app.snapshot().await;
    let status = format!("/api/v1/cases/{case}/status");
    assert_eq!(
        error_code(
            app.officer_post(t, &status, &json!({"status": "done"}))
                .await
        )
        .await,
        (400, "invalid_status".into())
    );
    assert_eq!(
        error_code(
            app.officer_post(
                t,
                &status,
                &json!({"status": "closed", "outcome": "jailed"})
            )
            .await
        )
        .await,
        (400, "invalid_outcome".into())
    );
    // A reply must also go to the reporter: the unit's set alone is one short.
    let unit_only = envelope_for(
        &app.gbv.recipients(),
        &json!({"v":1,"kind":"reply","text":"x"}),
    );
    let res = app
        .officer_post(
            t,
            &format!("/api/v1/cases/{case}/replies"),
            &json!({"envelope": unit_only}),
        )
        .await;
    assert_eq!(error_code(res).await, (400, "wrong_recipient_count".into()));
    assert_eq!(
        error_code(app.officer_get(t, "/api/v1/cases/NOPE").await).await,
        (404, "not_found".into())
    );
    assert_eq!(
        error_code(app.officer_get(t, "/api/v1/cases?status=bogus").await).await,
        (400, "invalid_status".into())
    );
    assert_eq!(
        error_code(app.officer_get(t, "/api/v1/cases?limit=0").await).await,
        (400, "invalid_query".into())
    );
    assert_eq!(app.snapshot().await, before);

    // Filters and pagination.
    for i in 0..3 {
        app.submit(&app.report_body(&Reporter::new(), &format!("r{i}")).await)
            .await;
    }
    app.officer_post(
        t,
        &status,
        &json!({"status": "closed", "outcome": "resolved"}),
    )
    .await;
    let all: Value = app
        .officer_get(t, "/api/v1/cases?unit=gbv")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all["cases"].as_array().unwrap().len(), 4);
    let closed: Value = app
        .officer_get(t, "/api/v1/cases?unit=gbv&status=closed")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(closed["cases"].as_array().unwrap().len(), 1);
    let first: Value = app
        .officer_get(t, "/api/v1/cases?unit=gbv&limit=2")
        .await
        .json()
        .await
        .unwrap();
    let next = first["next"].as_str().unwrap();
    let page: Value = app
        .officer_get(t, &format!("/api/v1/cases?unit=gbv&limit=2&cursor={next}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["cases"].as_array().unwrap().len(), 2);
    assert_ne!(page["cases"][0]["case"], first["cases"][0]["case"]);
    assert_eq!(
        error_code(app.officer_get(t, "/api/v1/cases?cursor=nonsense").await).await,
        (400, "invalid_query".into())
    );
    // Database-side: the stored lookup digest is not the lookup key.
    let backend = app.db.get_database_backend();
    let rows = app
        .db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT lookup_digest FROM report".to_string(),
        ))
        .await
        .unwrap();
    let key = base64::Engine::decode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        &reporter.lookup,
    )
    .unwrap();
    for row in rows {
        let digest: Vec<u8> = row.try_get("", "lookup_digest").unwrap();
        assert_eq!(digest.len(), 32);
        assert_ne!(digest, key);
    }
}
on_both_backends!(officer_input_is_checked);

/// One API token can be revoked (a lost laptop, a finished script): it stops at
/// once, the officer's other tokens go on, and the revocation is audited.
async fn one_token_can_be_revoked(backend: Backend) {
    let app = spawn_app(backend).await;
    let officer = officers::find(
        &app.db,
        &OfficerLogin::parse(&app.gbv.officer_login).unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    let (second, _) = officers::issue_token(
        &app.db,
        &Actor::Admin,
        &officer,
        TimeDelta::days(1),
        "laptop",
    )
    .await
    .unwrap();
    let tokens = officers::tokens(&app.db, &officer).await.unwrap();
    assert_eq!(tokens.len(), 2);
    let laptop = tokens.iter().find(|t| t.label == "laptop").unwrap();
    officers::revoke_token(&app.db, &Actor::Admin, laptop.id)
        .await
        .unwrap();
    assert_eq!(
        call(&app, Some(second.expose()), "GET", "/api/v1/me", &None).await,
        (401, "unauthorized".into())
    );
    assert_eq!(
        app.officer_get(&app.gbv.token, "/api/v1/me").await.status(),
        200
    );
    assert_eq!(
        app.count_where("audit_log", "action = 'token.revoke'")
            .await,
        1
    );
    // An unknown id changes nothing.
    let before = app.snapshot().await;
    assert!(
        officers::revoke_token(&app.db, &Actor::Admin, laptop.id)
            .await
            .is_err()
    );
    assert_eq!(app.snapshot().await, before);
}
on_both_backends!(one_token_can_be_revoked);
