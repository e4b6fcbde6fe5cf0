use passerelle::store::audit::{ChainFault, verify};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;

use crate::helpers::*;
use crate::on_both_backends;

async fn exec(app: &TestApp, sql: &str) {
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(backend, sql.to_string()))
        .await
        .unwrap();
}

async fn audit_chain_detects_tampering(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let created: serde_json::Value = app
        .submit(&app.report_body(&reporter, "x").await)
        .await
        .json()
        .await
        .unwrap();
    let case = created["case"].as_str().unwrap();
    app.officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await;
    app.officer_post(
        &app.gbv.token,
        &format!("/api/v1/cases/{case}/status"),
        &json!({"status": "under_review"}),
    )
    .await;
    let n = verify(&app.db).await.unwrap().expect("intact chain");
    assert!(n >= 10, "expected a populated log, got {n}");
    // The reporter's entry names no one.
    let backend_ = app.db.get_database_backend();
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            backend_,
            "SELECT actor, action FROM audit_log WHERE action = 'report.create'".to_string(),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<String>("", "actor").unwrap(), "reporter");

    exec(
        &app,
        "UPDATE audit_log SET subject = 'forged' WHERE seq = 3",
    )
    .await;
    assert_eq!(
        verify(&app.db).await.unwrap(),
        Err(ChainFault::Altered { seq: 3 })
    );
    exec(&app, "DELETE FROM audit_log WHERE seq = 3").await;
    assert_eq!(
        verify(&app.db).await.unwrap(),
        Err(ChainFault::Gap {
            expected: 3,
            found: 4
        })
    );
}
on_both_backends!(audit_chain_detects_tampering);

async fn audit_chain_detects_truncation(backend: Backend) {
    let app = spawn_app(backend).await;
    let n = verify(&app.db).await.unwrap().expect("intact chain");
    exec(&app, &format!("DELETE FROM audit_log WHERE seq = {n}")).await;
    assert_eq!(
        verify(&app.db).await.unwrap(),
        Err(ChainFault::HeadMismatch {
            head_seq: n,
            last_seq: n - 1
        })
    );
}
on_both_backends!(audit_chain_detects_truncation);
