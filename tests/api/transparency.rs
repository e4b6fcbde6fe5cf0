//! The key log, as anyone can read it: a signed checkpoint, tiles and entry
//! bundles in the tlog-tiles layout, one statement per key-set change that matches
//! what `GET /units` publishes, append-only across changes (consistency proof),
//! and every tampering with the stored log detected.

use std::time::Duration;

use passerelle::store::tlog::KEYS;
use passerelle::transparency;
use serde_json::Value;
use tlog_tiles::Hash;

use crate::helpers::{Backend, TestApp, spawn_app};
use crate::on_both_backends;

async fn get_bytes(app: &TestApp, path: &str) -> (u16, Vec<u8>) {
    let res = app.http.get(app.url(path)).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.bytes().await.unwrap().to_vec())
}

/// Waits (5 s at most) until the checkpoint covers every statement written so
/// far; (size, note, root).
async fn settled(app: &TestApp) -> (u64, Vec<u8>, Hash) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let all = app.count_where("log_entry", "log = 'keys'").await;
        let got = checkpoint_of(app, all).await;
        if got.0 == all && app.count_where("log_entry", "log = 'keys'").await == all {
            return got;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the key log never settled"
        );
    }
}

/// Waits (5 s at most) for a checkpoint of at least `size` entries; (size, note, root).
async fn checkpoint_of(app: &TestApp, size: u64) -> (u64, Vec<u8>, Hash) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let (status, note) = get_bytes(app, "/transparency/log/keys/checkpoint").await;
        if status == 200 {
            let (origin, n, root) = transparency::open_checkpoint(&note, &app.log_vkey)
                .expect("the served checkpoint verifies with the log key");
            assert_eq!(origin, "passerelle.test/log/keys");
            if n >= size {
                return (n, note, root);
            }
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no checkpoint of {size} entries"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn exec(app: &TestApp, sql: &str, values: Vec<sea_orm::Value>) {
    use sea_orm::ConnectionTrait;
    let backend = app.db.get_database_backend();
    let sql = if backend == sea_orm::DatabaseBackend::Postgres {
        let mut n = 0;
        sql.chars()
            .map(|c| {
                if c == '?' {
                    n += 1;
                    format!("${n}")
                } else {
                    c.to_string()
                }
            })
            .collect()
    } else {
        sql.to_string()
    };
    app.db
        .execute_raw(sea_orm::Statement::from_sql_and_values(
            backend, sql, values,
        ))
        .await
        .unwrap();
}

/// The stored bytes of key-log entry `idx`.
async fn entry(app: &TestApp, idx: u64) -> Vec<u8> {
    passerelle::store::tlog::entries(&app.db, KEYS, idx, idx + 1)
        .await
        .unwrap()
        .pop()
        .unwrap()
}

async fn set_entry(app: &TestApp, idx: i64, data: &[u8]) {
    exec(
        app,
        "UPDATE log_entry SET data = ? WHERE log = 'keys' AND idx = ?",
        vec![data.to_vec().into(), idx.into()],
    )
    .await;
}

fn unbundle(mut bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let n = u16::from_be_bytes([bytes[0], bytes[1]]) as usize;
        out.push(bytes[2..2 + n].to_vec());
        bytes = &bytes[2 + n..];
    }
    out
}

async fn key_log_has_a_statement_per_key_change(backend: Backend) {
    let app = spawn_app(backend).await;
    // The verifier key is public.
    let (status, vkey) = get_bytes(&app, "/transparency/log/key").await;
    assert_eq!(status, 200);
    assert_eq!(String::from_utf8(vkey).unwrap().trim(), app.log_vkey);

    // Six units, one partner, and the two seeded units' recipients: every
    // statement so far in one checkpoint.
    let (size, _, root) = settled(&app).await;
    assert!(size >= 7 + 4, "{size} statements");
    let width = size; // fewer than 256: one partial tile
    let (status, bundle) = get_bytes(
        &app,
        &format!("/transparency/log/keys/tile/entries/000.p/{width}"),
    )
    .await;
    assert_eq!(status, 200);
    let entries = unbundle(&bundle);
    assert_eq!(entries.len() as u64, size);
    let (status, tile) = get_bytes(
        &app,
        &format!("/transparency/log/keys/tile/0/000.p/{width}"),
    )
    .await;
    assert_eq!(status, 200);
    // The level-0 tile holds the entries' RFC 6962 leaf hashes, and they hash to
    // the signed root.
    let leaves: Vec<Hash> = tile
        .chunks(32)
        .map(|c| Hash(c.try_into().unwrap()))
        .collect();
    for (leaf, entry) in leaves.iter().zip(&entries) {
        assert!(*leaf == tlog_tiles::record_hash(entry));
    }
    assert!(transparency::merkle_root(&leaves) == root);

    // The last statement about GBV names exactly the recipients GET /units gives.
    let gbv_statements: Vec<Value> = entries
        .iter()
        .map(|e| serde_json::from_slice::<Value>(e).unwrap())
        .filter(|s| s["unit"] == "gbv")
        .collect();
    let last = gbv_statements.last().unwrap();
    let units = app.get_units().await;
    let published = units["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["slug"] == "gbv")
        .unwrap();
    let mut stated: Vec<&str> = last["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    let mut served: Vec<&str> = published["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    stated.sort_unstable();
    served.sort_unstable();
    assert_eq!(stated, served);
    assert_eq!(last["key_set"], published["key_set"]);
    assert_eq!(last["categories"], serde_json::json!(["gbv"]));
    assert!(
        last["recipients"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["role"] == "recovery")
    );
    // A chain per unit: each statement names the hash of the one before it.
    assert_eq!(gbv_statements[0]["previous"], Value::Null);
    let gbv_bytes: Vec<&Vec<u8>> = entries
        .iter()
        .filter(|e| serde_json::from_slice::<Value>(e).unwrap()["unit"] == "gbv")
        .collect();
    for pair in gbv_bytes.windows(2) {
        let next: Value = serde_json::from_slice(pair[1]).unwrap();
        assert_eq!(next["previous"], transparency::statement_hash(pair[0]));
    }
    // The partner's keys are stated too.
    assert!(entries.iter().any(|e| {
        let s: Value = serde_json::from_slice(e).unwrap();
        s["partner"] == "test-shelter" && s["recipients"][0]["role"] == "partner"
    }));

    // A key added: one more statement, and the new tree contains the old one.
    app.add_key("gbv").await;
    let (new_size, _, new_root) = checkpoint_of(&app, size + 1).await;
    assert_eq!(new_size, size + 1);
    let proof = transparency::prove_consistency(&app.db, KEYS, size, new_size)
        .await
        .unwrap();
    tlog_tiles::check_tree(&proof, new_size, new_root, size, root)
        .expect("the new tree extends the old one");
    let inclusion = transparency::prove_inclusion(&app.db, KEYS, size, new_size)
        .await
        .unwrap();
    let (_, bundle) = get_bytes(
        &app,
        &format!("/transparency/log/keys/tile/entries/000.p/{new_size}"),
    )
    .await;
    let newest = unbundle(&bundle).pop().unwrap();
    let statement: Value = serde_json::from_slice(&newest).unwrap();
    assert_eq!(statement["reason"], "recipient.add");
    tlog_tiles::check_record(
        &inclusion,
        new_size,
        new_root,
        size,
        tlog_tiles::record_hash(&newest),
    )
    .expect("the new statement is in the tree");

    // Tiles the tree does not hold, and malformed paths, are 404; other logs too.
    for path in [
        format!("/transparency/log/keys/tile/entries/000.p/{}", new_size + 1),
        "/transparency/log/keys/tile/0/000".into(),
        "/transparency/log/keys/tile/0/0".into(),
        "/transparency/log/audit/checkpoint".into(),
        "/transparency/log/keys/tile/../../etc/passwd".into(),
    ] {
        assert_eq!(get_bytes(&app, &path).await.0, 404, "{path}");
    }
    assert_eq!(
        transparency::verify(&app.db, KEYS, &app.log_vkey).await,
        Ok(new_size)
    );

    // GET /units carries, for the browser, the checkpoint and per unit its latest
    // statement with an inclusion proof; they verify and name the served keys.
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let units = app.get_units().await;
    let log = &units["key_log"];
    assert_eq!(log["vkey"], app.log_vkey.as_str());
    let (_, size, root) = transparency::open_checkpoint(
        log["checkpoint"].as_str().unwrap().as_bytes(),
        &app.log_vkey,
    )
    .unwrap();
    assert_eq!(size, new_size);
    for unit in units["units"].as_array().unwrap() {
        let proof = &unit["key_log"];
        let statement = b64.decode(proof["statement"].as_str().unwrap()).unwrap();
        let hashes: Vec<Hash> = proof["proof"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| Hash(b64.decode(h.as_str().unwrap()).unwrap().try_into().unwrap()))
            .collect();
        tlog_tiles::check_record(
            &hashes,
            size,
            root,
            proof["index"].as_u64().unwrap(),
            tlog_tiles::record_hash(&statement),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", unit["slug"]));
        let stated: Value = serde_json::from_slice(&statement).unwrap();
        assert_eq!(stated["unit"], unit["slug"]);
        assert_eq!(stated["key_set"], unit["key_set"]);
        assert_eq!(
            stated["recipients"].as_array().unwrap().len(),
            unit["recipients"].as_array().unwrap().len()
        );
    }
}
on_both_backends!(key_log_has_a_statement_per_key_change);

async fn tampering_with_the_key_log_is_detected(backend: Backend) {
    let app = spawn_app(backend).await;
    let (size, _, _) = settled(&app).await;
    let ok = transparency::verify(&app.db, KEYS, &app.log_vkey).await;
    assert_eq!(ok, Ok(size));

    // 1. A statement edited after it was published (a key swapped).
    let original = entry(&app, 1).await;
    let forged = String::from_utf8(original.clone())
        .unwrap()
        .replacen("\"v\":1", "\"v\":1 ", 1)
        .into_bytes();
    assert_ne!(forged, original);
    set_entry(&app, 1, &forged).await;
    let err = transparency::verify(&app.db, KEYS, &app.log_vkey)
        .await
        .unwrap_err();
    assert!(err.contains("do not hash"), "{err}");
    set_entry(&app, 1, &original).await;
    assert_eq!(
        transparency::verify(&app.db, KEYS, &app.log_vkey).await,
        Ok(size)
    );

    // 2. Two statements swapped (reordered).
    let second = entry(&app, 2).await;
    set_entry(&app, 1, &second).await;
    set_entry(&app, 2, &original).await;
    assert!(
        transparency::verify(&app.db, KEYS, &app.log_vkey)
            .await
            .is_err()
    );
    set_entry(&app, 1, &original).await;
    set_entry(&app, 2, &second).await;

    // 3. A statement deleted.
    exec(
        &app,
        "UPDATE log_entry SET idx = NULL, log = 'gone' WHERE log = 'keys' AND idx = 3",
        vec![],
    )
    .await;
    // The sequencer, which runs all along, refuses to sign a tree that shrank.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (_, note) = get_bytes(&app, "/transparency/log/keys/checkpoint").await;
    let (_, served, _) = transparency::open_checkpoint(&note, &app.log_vkey).unwrap();
    assert_eq!(served, size);
    let err = transparency::verify(&app.db, KEYS, &app.log_vkey)
        .await
        .unwrap_err();
    assert!(err.contains("entries"), "{err}");

    // 4. The tree rebuilt and signed with another key: the log's key refuses it.
    let (_, other) = transparency::LogKey::generate("passerelle.test/log").unwrap();
    assert!(transparency::verify(&app.db, KEYS, &other).await.is_err());
}
on_both_backends!(tampering_with_the_key_log_is_detected);
