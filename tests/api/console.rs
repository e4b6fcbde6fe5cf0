//! Officer console: sign-in with password and TOTP, sessions, CSRF, throttling,
//! timeouts, keys, supervisors, assignment, notes, queue and the audit log.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use passerelle::crypto::totp;
use passerelle::domain::{OfficerLogin, UnitSlug};
use passerelle::store::audit::Actor;
use passerelle::store::console as console_store;
use passerelle::store::officers::{self, Role};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;

const PASSWORD: &str = "correct horse battery staple";

/// A console user: the cookie and CSRF token of a signed-in session.
struct Console {
    cookie: String,
    csrf: String,
}

async fn officer(app: &TestApp, login: &str) -> entities::officer::Model {
    officers::find(&app.db, &OfficerLogin::parse(login).unwrap())
        .await
        .unwrap()
        .unwrap()
}

async fn new_officer(
    app: &TestApp,
    login: &str,
    unit: &str,
    role: Role,
) -> entities::officer::Model {
    let o = officers::create(
        &app.db,
        &Actor::Admin,
        &OfficerLogin::parse(login).unwrap(),
        "Console test",
    )
    .await
    .unwrap();
    officers::add_to_unit(
        &app.db,
        &Actor::Admin,
        &o,
        &UnitSlug::parse(unit).unwrap(),
        role,
    )
    .await
    .unwrap();
    console_store::set_password(&app.db, &Actor::Admin, o, hashed(PASSWORD).await)
        .await
        .unwrap();
    officer(app, login).await
}

async fn post(
    app: &TestApp,
    path: &str,
    body: &Value,
    c: Option<&Console>,
    csrf: bool,
) -> reqwest::Response {
    let mut req = app.http.post(app.url(path)).json(body);
    if let Some(c) = c {
        req = req.header("cookie", &c.cookie);
        if csrf {
            req = req.header("x-csrf-token", &c.csrf);
        }
    }
    req.send().await.unwrap()
}

async fn get(app: &TestApp, path: &str, c: &Console) -> reqwest::Response {
    app.http
        .get(app.url(path))
        .header("cookie", &c.cookie)
        .send()
        .await
        .unwrap()
}

fn now_step() -> i64 {
    totp::step_of(chrono::Utc::now().timestamp())
}

fn cookie_of(res: &reqwest::Response) -> String {
    let set = res.headers()["set-cookie"].to_str().unwrap().to_string();
    set.split(';').next().unwrap().to_string()
}

/// Enrols (first sign-in) and returns the session and the TOTP secret.
async fn enrol(app: &TestApp, login: &str) -> (Console, Vec<u8>) {
    let res = post(
        app,
        "/console/api/login",
        &json!({"login": login, "password": PASSWORD}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200);
    let offer: Value = res.json().await.unwrap();
    assert_eq!(offer["status"], "enrolment_required");
    let secret = officer(app, login).await.totp_pending.unwrap();
    assert_eq!(offer["secret"], totp::base32(&secret));
    let code = totp::code_at(&secret, now_step());
    let res = post(
        app,
        "/console/api/enrol",
        &json!({"login": login, "password": PASSWORD, "totp": code}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200);
    let cookie = cookie_of(&res);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], "signed_in");
    (
        Console {
            cookie,
            csrf: body["csrf"].as_str().unwrap().to_string(),
        },
        secret,
    )
}

/// A password's PHC string, hashed the way the server does.
pub async fn hashed(password: &str) -> String {
    passerelle::crypto::password::PasswordWorkers::start(1, 1)
        .unwrap()
        .hash(&password.to_string().into())
        .await
        .unwrap()
}

async fn sign_in_with_password_and_totp(backend: Backend) {
    let app = spawn_app(backend).await;
    let o = officer(&app, &app.gbv.officer_login).await;
    console_store::set_password(&app.db, &Actor::Admin, o, hashed(PASSWORD).await)
        .await
        .unwrap();
    let login = app.gbv.officer_login.clone();

    // First sign-in: a QR code to enrol, no session yet.
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": login, "password": PASSWORD}),
        None,
        false,
    )
    .await;
    assert!(res.headers().get("set-cookie").is_none());
    let offer: Value = res.json().await.unwrap();
    assert_eq!(offer["status"], "enrolment_required");
    assert!(offer["qr_svg"].as_str().unwrap().contains("<svg"));
    assert!(
        offer["otpauth"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/Passerelle:")
    );
    let res = post(
        &app,
        "/console/api/enrol",
        &json!({"login": login, "password": PASSWORD, "totp": "000000"}),
        None,
        false,
    )
    .await;
    assert_eq!(error_code(res).await, (401, "invalid_credentials".into()));

    let secret = officer(&app, &login).await.totp_pending.unwrap();
    let step = now_step();
    let res = post(
        &app,
        "/console/api/enrol",
        &json!({"login": login, "password": PASSWORD, "totp": totp::code_at(&secret, step)}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200);
    let set = res.headers()["set-cookie"].to_str().unwrap().to_string();
    for attr in [
        "passerelle_console=",
        "HttpOnly",
        "SameSite=Strict",
        "Path=/",
    ] {
        assert!(set.contains(attr), "{set}");
    }
    assert!(!set.contains("Secure"), "no Secure on 127.0.0.1: {set}");
    let cookie = cookie_of(&res);
    let body: Value = res.json().await.unwrap();
    let c = Console {
        cookie,
        csrf: body["csrf"].as_str().unwrap().to_string(),
    };
    assert_eq!(body["units"][0]["slug"], "gbv");
    // The database keeps only a digest of the session token.
    let token = c.cookie.split_once('=').unwrap().1.to_string();
    assert_eq!(
        app.count_where(
            "console_session",
            &format!(
                "token_digest = {}",
                sql_bytes(&app, &passerelle::crypto::sha256(token.as_bytes()))
            )
        )
        .await,
        1
    );

    // The same code again is refused, even with the right password.
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": login, "password": PASSWORD, "totp": totp::code_at(&secret, step)}),
        None,
        false,
    )
    .await;
    assert_eq!(error_code(res).await, (401, "totp_replayed".into()));
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": login, "password": PASSWORD}),
        None,
        false,
    )
    .await;
    assert_eq!(error_code(res).await, (401, "totp_required".into()));
    // The next step's code works once (clock drift of one step is allowed).
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": login, "password": PASSWORD, "totp": totp::code_at(&secret, step + 1)}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200, "{:?}", res.text().await);
    let second = Console {
        cookie: cookie_of(&res),
        csrf: res.json::<Value>().await.unwrap()["csrf"]
            .as_str()
            .unwrap()
            .to_string(),
    };

    // The session works for the console and for the officer API.
    let me: Value = get(&app, "/console/api/session", &c)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["login"], login.as_str());
    assert_eq!(me["key"], Value::Null);
    assert_eq!(me["oversight"], false);
    let reporter = Reporter::new();
    let created: Value = app
        .submit(&app.report_body(&reporter, "x").await)
        .await
        .json()
        .await
        .unwrap();
    let case = created["case"].as_str().unwrap();
    assert_eq!(get(&app, "/api/v1/cases?unit=gbv", &c).await.status(), 200);
    // CSRF: a change without the token is refused and changes nothing.
    let status_path = format!("/api/v1/cases/{case}/status");
    let before = app.snapshot().await;
    let res = post(
        &app,
        &status_path,
        &json!({"status": "under_review"}),
        Some(&c),
        false,
    )
    .await;
    assert_eq!(error_code(res).await, (403, "csrf_failed".into()));
    let wrong = Console {
        cookie: c.cookie.clone(),
        csrf: second.csrf.clone(),
    };
    let res = post(
        &app,
        &status_path,
        &json!({"status": "under_review"}),
        Some(&wrong),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (403, "csrf_failed".into()));
    assert_eq!(app.snapshot().await, before);
    assert_eq!(
        post(
            &app,
            &status_path,
            &json!({"status": "under_review"}),
            Some(&c),
            true
        )
        .await
        .status(),
        200
    );

    // Sign-out: needs CSRF, clears the cookie, ends that session only.
    assert_eq!(
        error_code(post(&app, "/console/api/logout", &json!({}), Some(&c), false).await).await,
        (403, "csrf_failed".into())
    );
    let res = post(&app, "/console/api/logout", &json!({}), Some(&c), true).await;
    assert_eq!(res.status(), 204);
    assert!(
        res.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(
        error_code(get(&app, "/console/api/session", &c).await).await,
        (401, "unauthorized".into())
    );
    assert_eq!(
        get(&app, "/console/api/session", &second).await.status(),
        200
    );
    // Sign-out everywhere ends every session of the officer.
    let code = fresh_code(&app, &login, &secret).await;
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": login, "password": PASSWORD, "totp": code}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200);
    let third = Console {
        cookie: cookie_of(&res),
        csrf: res.json::<Value>().await.unwrap()["csrf"]
            .as_str()
            .unwrap()
            .to_string(),
    };
    assert_eq!(
        post(
            &app,
            "/console/api/logout-all",
            &json!({}),
            Some(&third),
            true
        )
        .await
        .status(),
        204
    );
    assert_eq!(
        get(&app, "/console/api/session", &second).await.status(),
        401
    );
    assert_eq!(
        get(&app, "/console/api/session", &third).await.status(),
        401
    );

    // A new password ends every session of the account.
    let res = post(&app, "/console/api/login", &json!({"login": login, "password": PASSWORD, "totp": fresh_code(&app, &login, &secret).await}), None, false).await;
    let fourth = Console {
        cookie: cookie_of(&res),
        csrf: String::new(),
    };
    assert_eq!(
        get(&app, "/console/api/session", &fourth).await.status(),
        200
    );
    console_store::set_password(
        &app.db,
        &Actor::Admin,
        officer(&app, &login).await,
        hashed("another long password").await,
    )
    .await
    .unwrap();
    assert_eq!(
        get(&app, "/console/api/session", &fourth).await.status(),
        401
    );

    // Outside localhost the cookie is Secure.
    let o = new_officer(&app, "remote-officer", "gbv", Role::Member).await;
    let res = app
        .http
        .post(app.url("/console/api/login"))
        .header("host", "passerelle.example.org")
        .json(&json!({"login": o.login, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let pending = officer(&app, "remote-officer").await.totp_pending.unwrap();
    let res = app
        .http
        .post(app.url("/console/api/enrol"))
        .header("host", "passerelle.example.org")
        .json(&json!({"login": "remote-officer", "password": PASSWORD, "totp": totp::code_at(&pending, now_step())}))
        .send()
        .await
        .unwrap();
    assert!(
        res.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("; Secure")
    );
}
on_both_backends!(sign_in_with_password_and_totp);

fn deployed_cookies(s: &mut passerelle::settings::Settings) {
    s.console.plain_http_localhost = false;
}

/// By default (a deployment) the session cookie is Secure even for 127.0.0.1: a
/// reverse proxy on the same host must not strip it.
async fn the_session_cookie_is_secure_by_default(backend: Backend) {
    let app = spawn_app_tweaked(backend, deployed_cookies).await;
    let o = new_officer(&app, "proxied-officer", "gbv", Role::Member).await;
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": o.login, "password": PASSWORD}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200);
    let pending = officer(&app, "proxied-officer").await.totp_pending.unwrap();
    let res = post(
        &app,
        "/console/api/enrol",
        &json!({"login": "proxied-officer", "password": PASSWORD, "totp": totp::code_at(&pending, now_step())}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200);
    let set = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(set.contains("; Secure"), "{set}");
}
on_both_backends!(the_session_cookie_is_secure_by_default);

/// A code the server will take: as if the next 30-second step had come, without
/// waiting for it (the replay guard remembers only the last step used).
async fn fresh_code(app: &TestApp, login: &str, secret: &[u8]) -> String {
    exec(
        app,
        &format!("UPDATE officer SET totp_last_step = NULL WHERE login = '{login}'"),
    )
    .await;
    totp::code_at(secret, now_step())
}

fn sql_bytes(app: &TestApp, bytes: &[u8]) -> String {
    match app.backend {
        Backend::Sqlite => format!("X'{}'", hex(bytes)),
        Backend::Postgres => format!("'\\x{}'::bytea", hex(bytes)),
    }
}

async fn exec(app: &TestApp, sql: &str) {
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(backend, sql.to_string()))
        .await
        .unwrap();
}

async fn failed_sign_ins_lock_the_account(backend: Backend) {
    let app = spawn_app(backend).await;
    new_officer(&app, "target-officer", "gbv", Role::Member).await;
    let (_, secret) = enrol(&app, "target-officer").await;
    let attempt = |login: &'static str, password: &'static str, code: Option<String>| {
        let body = match code {
            Some(code) => json!({"login": login, "password": password, "totp": code}),
            None => json!({"login": login, "password": password}),
        };
        let app = &app;
        async move { post(app, "/console/api/login", &body, None, false).await }
    };
    // Unknown logins and wrong passwords look the same.
    let unknown = attempt("nobody-here", PASSWORD, None).await;
    assert_eq!(unknown.status(), 401);
    let unknown = unknown.json::<Value>().await.unwrap();
    let wrong = attempt("target-officer", "wrong password!!", None).await;
    let wrong = wrong.json::<Value>().await.unwrap();
    assert_eq!(unknown, wrong);
    assert_eq!(wrong["error"]["code"], "invalid_credentials");
    for _ in 0..4 {
        let res = attempt("target-officer", "wrong password!!", None).await;
        assert_eq!(res.status(), 401);
    }
    // The fifth failure locks (counted just after its answer).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while officer(&app, "target-officer").await.locked_until.is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the account never locked"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // While locked, the right password alone says nothing: the answer is an
    // unknown login's, not "totp_required".
    let res = attempt("target-officer", PASSWORD, None).await;
    assert_eq!(res.json::<Value>().await.unwrap(), unknown);
    // A wrong code with the right password is refused like anything else.
    let res = attempt("target-officer", PASSWORD, Some("000000".into())).await;
    assert_eq!(error_code(res).await, (401, "invalid_credentials".into()));
    // The right password with the right code gets in, lock or not, and the count
    // resets (the enrolment used this step; drift of one step is allowed).
    let code = totp::code_at(&secret, now_step() + 1);
    let res = attempt("target-officer", PASSWORD, Some(code)).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "signed_in");
    let o = officer(&app, "target-officer").await;
    assert_eq!(o.failed_logins, 0);
    assert!(o.locked_until.is_none());
}
on_both_backends!(failed_sign_ins_lock_the_account);

/// Waits until the account's lock is recorded (failures are counted just after
/// their answer).
async fn wait_locked(app: &TestApp, login: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while officer(app, login).await.locked_until.is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the account never locked"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Only the right password can make a lock refuse the code check; an account with
/// no authenticator yet is not offered one while locked, whatever code comes along.
async fn wrong_codes_with_the_right_password_stop_code_checks(backend: Backend) {
    // Room for every attempt below from one source (the throttle is tested apart).
    let app = spawn_app_tweaked(backend, |s| s.console.signin_burst = 100).await;
    new_officer(&app, "coded-officer", "gbv", Role::Member).await;
    new_officer(&app, "fresh-officer", "gbv", Role::Member).await;
    let (_, secret) = enrol(&app, "coded-officer").await;
    let login = |login: &str, password: &str, code: Option<&str>| {
        let mut body = json!({"login": login, "password": password});
        if let Some(code) = code {
            body["totp"] = json!(code);
        }
        let app = &app;
        async move { post(app, "/console/api/login", &body, None, false).await }
    };
    for _ in 0..5 {
        let res = login("coded-officer", PASSWORD, Some("000000")).await;
        assert_eq!(error_code(res).await, (401, "invalid_credentials".into()));
    }
    wait_locked(&app, "coded-officer").await;
    // Now even the right code is not checked, and the answer is the same.
    let code = totp::code_at(&secret, now_step() + 1);
    let res = login("coded-officer", PASSWORD, Some(&code)).await;
    assert_eq!(error_code(res).await, (401, "invalid_credentials".into()));
    // When the lock ends, the right password and code get in.
    exec(
        &app,
        "UPDATE officer SET locked_until = NULL WHERE login = 'coded-officer'",
    )
    .await;
    let res = login("coded-officer", PASSWORD, Some(&code)).await;
    assert_eq!(res.status(), 200);
    let o = officer(&app, "coded-officer").await;
    assert_eq!((o.failed_logins, o.code_failures), (0, 0));

    // Wrong passwords lock a not-yet-enrolled account: no enrolment is offered
    // then, with or without a code.
    for _ in 0..5 {
        login("fresh-officer", "wrong password!!", None).await;
    }
    wait_locked(&app, "fresh-officer").await;
    for code in [None, Some("x"), Some("123456")] {
        let res = login("fresh-officer", PASSWORD, code).await;
        assert_eq!(error_code(res).await, (401, "invalid_credentials".into()));
    }
    assert!(officer(&app, "fresh-officer").await.totp_pending.is_none());
}
on_both_backends!(wrong_codes_with_the_right_password_stop_code_checks);

async fn sessions_time_out_and_die_with_the_account(backend: Backend) {
    let app = spawn_app(backend).await;
    new_officer(&app, "timed-officer", "gbv", Role::Member).await;
    let (c, _) = enrol(&app, "timed-officer").await;
    assert_eq!(get(&app, "/console/api/session", &c).await.status(), 200);
    // Idle timeout.
    let past = |mins: i64| (chrono::Utc::now() - chrono::TimeDelta::minutes(mins)).to_rfc3339();
    exec(
        &app,
        &format!("UPDATE console_session SET last_seen_at = '{}'", past(16)),
    )
    .await;
    assert_eq!(
        error_code(get(&app, "/console/api/session", &c).await).await,
        (401, "session_expired".into())
    );
    // Absolute timeout, however active the session.
    let o = officer(&app, "timed-officer").await;
    let secret = o.totp_secret.clone().unwrap();
    let res = post(&app, "/console/api/login", &json!({"login": "timed-officer", "password": PASSWORD, "totp": totp::code_at(&secret, now_step() + 1)}), None, false).await;
    let c = Console {
        cookie: cookie_of(&res),
        csrf: res.json::<Value>().await.unwrap()["csrf"]
            .as_str()
            .unwrap()
            .to_string(),
    };
    exec(
        &app,
        &format!("UPDATE console_session SET expires_at = '{}'", past(1)),
    )
    .await;
    assert_eq!(
        error_code(get(&app, "/console/api/session", &c).await).await,
        (401, "session_expired".into())
    );
    // A disabled officer is out at once, on every endpoint.
    let code = fresh_code(&app, "timed-officer", &secret).await;
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": "timed-officer", "password": PASSWORD, "totp": code}),
        None,
        false,
    )
    .await;
    assert_eq!(res.status(), 200);
    let c = Console {
        cookie: cookie_of(&res),
        csrf: res.json::<Value>().await.unwrap()["csrf"]
            .as_str()
            .unwrap()
            .to_string(),
    };
    officers::set_active(
        &app.db,
        &Actor::Admin,
        officer(&app, "timed-officer").await,
        false,
    )
    .await
    .unwrap();
    // Disabling ended the session: it is unknown from now on.
    assert_eq!(
        error_code(get(&app, "/console/api/session", &c).await).await,
        (401, "unauthorized".into())
    );
    assert_eq!(
        error_code(get(&app, "/api/v1/cases", &c).await).await,
        (401, "unauthorized".into())
    );
    let res = post(
        &app,
        "/console/api/login",
        &json!({"login": "timed-officer", "password": PASSWORD, "totp": "123456"}),
        None,
        false,
    )
    .await;
    assert_eq!(error_code(res).await, (401, "officer_disabled".into()));
}
on_both_backends!(sessions_time_out_and_die_with_the_account);

fn wrapped_identity() -> (String, String) {
    let id = age::x25519::Identity::generate();
    let enc = age::Encryptor::with_user_passphrase(secrecy::SecretString::from(
        "a long passphrase".to_string(),
    ));
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(
        &mut w,
        secrecy::ExposeSecret::expose_secret(&id.to_string()).as_bytes(),
    )
    .unwrap();
    w.finish().unwrap();
    (id.to_public().to_string(), STANDARD.encode(out))
}

async fn keys_and_supervisors(backend: Backend) {
    let app = spawn_app(backend).await;
    new_officer(&app, "member-officer", "gbv", Role::Member).await;
    new_officer(&app, "chief-officer", "gbv", Role::Supervisor).await;
    let (member, _) = enrol(&app, "member-officer").await;
    let (chief, _) = enrol(&app, "chief-officer").await;

    // Only a passphrase-wrapped identity may be stored.
    let (recipient, wrapped) = wrapped_identity();
    let clear = STANDARD.encode(
        passerelle::crypto::encrypt_to(std::slice::from_ref(&recipient), b"AGE-SECRET-KEY-1...")
            .unwrap(),
    );
    let res = post(
        &app,
        "/console/api/keys",
        &json!({"recipient": recipient, "wrapped_identity": clear}),
        Some(&member),
        true,
    )
    .await;
    assert_eq!(
        error_code(res).await,
        (400, "invalid_wrapped_identity".into())
    );
    let res = post(
        &app,
        "/console/api/keys",
        &json!({"recipient": recipient, "wrapped_identity": wrapped}),
        Some(&member),
        true,
    )
    .await;
    assert_eq!(res.status(), 200);
    let me: Value = get(&app, "/console/api/session", &member)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["key"]["recipient"], recipient.as_str());
    assert_eq!(me["key"]["wrapped_identity"], wrapped.as_str());

    // A member cannot change the unit's set; a supervisor can.
    let key_set = app.key_set("gbv").await;
    let res = post(
        &app,
        "/console/api/units/gbv/recipients",
        &json!({"login": "member-officer"}),
        Some(&member),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (403, "forbidden".into()));
    assert_eq!(
        get(&app, "/console/api/units/gbv/keys", &member)
            .await
            .status(),
        403
    );
    let res = post(
        &app,
        "/console/api/units/gbv/recipients",
        &json!({"login": "chief-officer"}),
        Some(&chief),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (409, "no_key".into()));
    let res = post(
        &app,
        "/console/api/units/gbv/recipients",
        &json!({"login": "member-officer"}),
        Some(&chief),
        true,
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["key_set"], key_set + 1);
    let units = app.get_units().await;
    assert!(
        units["units"][0]["recipients"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == recipient.as_str())
    );
    let members: Value = get(&app, "/console/api/units/gbv/members", &member)
        .await
        .json()
        .await
        .unwrap();
    let m = members["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["login"] == "member-officer")
        .unwrap()
        .clone();
    assert_eq!(m["in_set"], true);

    // Key history, then revocation bumps the version again.
    let history: Value = get(&app, "/console/api/units/gbv/keys", &chief)
        .await
        .json()
        .await
        .unwrap();
    let added = history["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["recipient"] == recipient.as_str())
        .unwrap()
        .clone();
    assert_eq!(added["login"], "member-officer");
    let res = post(
        &app,
        &format!("/console/api/units/gbv/recipients/{}/revoke", added["id"]),
        &json!({}),
        Some(&chief),
        true,
    )
    .await;
    assert_eq!(res.json::<Value>().await.unwrap()["key_set"], key_set + 2);
    let history: Value = get(&app, "/console/api/units/gbv/keys", &chief)
        .await
        .json()
        .await
        .unwrap();
    let revoked = history["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["recipient"] == recipient.as_str())
        .unwrap()
        .clone();
    assert_eq!(revoked["active"], false);
    assert!(revoked["revoked_at"].is_string());
    // Another unit's keys are not this supervisor's business.
    assert_eq!(
        get(&app, "/console/api/units/child-protection/keys", &chief)
            .await
            .status(),
        403
    );
    let res = post(
        &app,
        "/console/api/units/child-protection/recipients",
        &json!({"login": "member-officer"}),
        Some(&chief),
        true,
    )
    .await;
    assert_eq!(res.status(), 403);
}
on_both_backends!(keys_and_supervisors);

async fn queue_assignment_notes_and_audit(backend: Backend) {
    let app = spawn_app(backend).await;
    new_officer(&app, "queue-officer", "gbv", Role::Member).await;
    new_officer(&app, "watchdog", "oversight", Role::Member).await;
    let (c, _) = enrol(&app, "queue-officer").await;
    let (watch, _) = enrol(&app, "watchdog").await;
    let mut cases = Vec::new();
    let mut reporters = Vec::new();
    for i in 0..5 {
        let r = Reporter::new();
        let mut body = app.report_body(&r, &format!("report {i}")).await;
        body["urgent"] = json!(i == 2);
        let v: Value = app.submit(&body).await.json().await.unwrap();
        cases.push(v["case"].as_str().unwrap().to_string());
        reporters.push(r);
    }
    // Pages by cursor: 2 + 2 + 1, newest first, no overlap.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page: Value = get(
            &app,
            &format!("/api/v1/cases?unit=gbv&limit=2&cursor={cursor}"),
            &c,
        )
        .await
        .json()
        .await
        .unwrap();
        for case in page["cases"].as_array().unwrap() {
            seen.push(case["case"].as_str().unwrap().to_string());
            assert_eq!(case["unread"], true);
        }
        match page["next"].as_str() {
            Some(n) => cursor = n.to_string(),
            None => break,
        }
    }
    let mut expected = cases.clone();
    expected.reverse();
    assert_eq!(seen, expected);
    let urgent: Value = get(&app, "/api/v1/cases?unit=gbv&urgent=true", &c)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(urgent["cases"].as_array().unwrap().len(), 1);
    assert_eq!(urgent["cases"][0]["case"], cases[2].as_str());

    // Assignment to a member, and filters on it.
    let case = &cases[0];
    let res = post(
        &app,
        &format!("/api/v1/cases/{case}/assign"),
        &json!({"login": "watchdog"}),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (400, "not_a_member".into()));
    let res = post(
        &app,
        &format!("/api/v1/cases/{case}/assign"),
        &json!({"login": "queue-officer"}),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(
        res.json::<Value>().await.unwrap()["assigned_to"],
        "queue-officer"
    );
    let mine: Value = get(&app, "/api/v1/cases?unit=gbv&assigned=me", &c)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["cases"].as_array().unwrap().len(), 1);
    let nobody: Value = get(&app, "/api/v1/cases?unit=gbv&assigned=none", &c)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(nobody["cases"].as_array().unwrap().len(), 4);

    // Fetching marks the case read; a new reporter message makes it unread again.
    let fetched: Value = get(&app, &format!("/api/v1/cases/{case}"), &c)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["assigned_to"], "queue-officer");
    let list: Value = get(&app, "/api/v1/cases?unit=gbv", &c)
        .await
        .json()
        .await
        .unwrap();
    let row = |l: &Value| {
        l["cases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["case"] == case.as_str())
            .unwrap()
            .clone()
    };
    assert_eq!(row(&list)["unread"], false);
    let msg = envelope_for(
        &app.gbv.recipients(),
        &json!({"v":1,"kind":"message","text":"encore"}),
    );
    app.reporter_message(&reporters[0].lookup, &json!({"envelope": msg}))
        .await;
    let list: Value = get(&app, "/api/v1/cases?unit=gbv", &c)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(row(&list)["unread"], true);

    // Notes: to the unit only, never shown to the reporter.
    let note = envelope_for(
        &app.gbv.recipients(),
        &json!({"v":1,"kind":"note","text":"suspect known"}),
    );
    assert_eq!(
        post(
            &app,
            &format!("/api/v1/cases/{case}/notes"),
            &json!({"envelope": note}),
            Some(&c),
            true
        )
        .await
        .status(),
        201
    );
    let fetched: Value = get(&app, &format!("/api/v1/cases/{case}"), &c)
        .await
        .json()
        .await
        .unwrap();
    let last = fetched["messages"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["from"], "note");
    assert_eq!(
        decrypt_b64(&app.gbv.identity, last["envelope"].as_str().unwrap())["text"],
        "suspect known"
    );
    let f: Value = app
        .follow_up(&reporters[0].lookup)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        f["messages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["from"] != "note")
    );
    // A note encrypted to the reporter too is refused (it must be unit-only).
    let mut to_reporter = vec![fetched["reply_recipient"].as_str().unwrap().to_string()];
    to_reporter.extend(app.gbv.recipients());
    let leak = envelope_for(&to_reporter, &json!({"v":1,"kind":"note","text":"x"}));
    let res = post(
        &app,
        &format!("/api/v1/cases/{case}/notes"),
        &json!({"envelope": leak}),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (400, "wrong_recipient_count".into()));

    // The audit log: the oversight body reads it, officers do not.
    assert_eq!(
        error_code(get(&app, "/console/api/audit", &c).await).await,
        (403, "forbidden".into())
    );
    let audit: Value = get(&app, "/console/api/audit?limit=500", &watch)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(audit["verified"], true);
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "console.enrol",
        "case.assign",
        "case.fetch",
        "message.note",
        "report.create",
    ] {
        assert!(
            actions.contains(&action),
            "{action} not audited: {actions:?}"
        );
    }
    let seqs: Vec<i64> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_i64().unwrap())
        .collect();
    assert!(seqs.windows(2).all(|w| w[0] > w[1]), "newest first");
}
on_both_backends!(queue_assignment_notes_and_audit);

type MailPredicate = Box<dyn Fn(&Vec<String>) -> bool + Send>;

/// Officers choose each event or a digest; urgent reports always reach them at once;
/// every mail is content-free and addressed to one officer only.
async fn notification_preferences(backend: Backend) {
    let app = spawn_app(backend).await;
    new_officer(&app, "eager-officer", "gbv", Role::Member).await;
    new_officer(&app, "digest-officer", "gbv", Role::Member).await;
    let (eager, _) = enrol(&app, "eager-officer").await;
    let (digest, _) = enrol(&app, "digest-officer").await;
    let res = post(
        &app,
        "/console/api/preferences",
        &json!({"email": null, "notify": "each"}),
        Some(&eager),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (400, "invalid_email".into()));
    let res = post(
        &app,
        "/console/api/preferences",
        &json!({"email": "not an address", "notify": "each"}),
        Some(&eager),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (400, "invalid_email".into()));
    let res = post(
        &app,
        "/console/api/preferences",
        &json!({"email": "eager@police.invalid", "notify": "sometimes"}),
        Some(&eager),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (400, "invalid_notify".into()));
    assert_eq!(
        post(
            &app,
            "/console/api/preferences",
            &json!({"email": "eager@police.invalid", "notify": "each"}),
            Some(&eager),
            true
        )
        .await
        .status(),
        200
    );

    let smtp = app.smtp.clone().unwrap();
    let to = |m: &String, addr: &str| m.lines().any(|l| l.starts_with("To:") && l.contains(addr));
    let wait = |pred: MailPredicate| {
        let smtp = smtp.clone();
        async move {
            let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
            loop {
                let mails = smtp.mails.lock().unwrap().clone();
                if pred(&mails) {
                    return mails;
                }
                assert!(tokio::time::Instant::now() < deadline, "mails: {mails:#?}");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
        }
    };
    // A normal report: the unit, the eager officer, and the due digest.
    app.submit(&app.report_body(&Reporter::new(), "normal").await)
        .await;
    let mails = wait(Box::new(move |m: &Vec<String>| {
        m.iter().any(|x| to(x, "eager@police.invalid"))
            && m.iter().any(|x| to(x, "gbv-unit@police.invalid"))
    }))
    .await;
    assert_eq!(mails.len(), 2, "{mails:#?}");
    // The mails reach the relay a moment before their row is marked sent; until
    // then a new event would join the same row instead of making its own mail.
    wait_until_outbox_empty(&app).await;
    // Now the other officer chooses a digest; their last one was two days ago, and
    // there has been activity since, so one is due at once. A second normal report
    // brings them no event mail.
    assert_eq!(
        post(
            &app,
            "/console/api/preferences",
            &json!({"email": "digest@police.invalid", "notify": "digest"}),
            Some(&digest),
            true
        )
        .await
        .status(),
        200
    );
    let me: Value = get(&app, "/console/api/session", &digest)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        me["notify"],
        json!({"email": "digest@police.invalid", "mode": "digest"})
    );
    // Choosing the digest starts its period: nothing is due yet.
    assert_eq!(
        app.count_where(
            "officer",
            "login = 'digest-officer' AND digest_sent_at IS NOT NULL"
        )
        .await,
        1
    );
    // The digest officer's last digest was two days ago, so one is due once there
    // is activity.
    exec(
        &app,
        &format!(
            "UPDATE officer SET digest_sent_at = '{}' WHERE login = 'digest-officer'",
            (chrono::Utc::now() - chrono::TimeDelta::days(2)).to_rfc3339()
        ),
    )
    .await;
    app.submit(&app.report_body(&Reporter::new(), "normal again").await)
        .await;
    let mails = wait(Box::new(move |m: &Vec<String>| {
        m.iter()
            .any(|x| x.contains("Subject: Passerelle: your digest"))
            && m.iter().filter(|x| to(x, "eager@police.invalid")).count() == 2
    }))
    .await;
    assert!(mails.iter().any(|m| to(m, "gbv-unit@police.invalid")));
    assert!(
        mails
            .iter()
            .all(|m| m.lines().filter(|l| l.starts_with("To:")).count() == 1)
    );
    assert!(
        !mails
            .iter()
            .any(|m| to(m, "digest@police.invalid")
                && m.contains("Subject: Passerelle: new activity")),
        "digest officer got an event mail"
    );
    let digests = mails
        .iter()
        .filter(|m| to(m, "digest@police.invalid"))
        .count();
    assert_eq!(digests, 1);

    // An urgent report reaches the digest officer at once.
    let mut urgent = app.report_body(&Reporter::new(), "urgent").await;
    urgent["urgent"] = json!(true);
    app.submit(&urgent).await;
    let mails = wait(Box::new(move |m: &Vec<String>| {
        m.iter()
            .any(|x| to(x, "digest@police.invalid") && x.contains("urgent activity"))
    }))
    .await;
    for m in &mails {
        assert!(
            !m.contains("normal") && !m.contains("urgent\"") && !m.contains("gbv-officer"),
            "content leaked: {m}"
        );
    }
}
on_both_backends!(notification_preferences);

/// An age file shaped like what `age-encryption`'s `WebAuthnRecipient` makes: one
/// `age-encryption.org/fido2prf` stanza (16-byte nonce, 32-byte body), a MAC line,
/// then a STREAM payload. The server checks the shape only.
fn passkey_file(tag: &str, nonce_len: usize) -> String {
    use base64::engine::general_purpose::STANDARD_NO_PAD;
    let mut out = format!(
        "age-encryption.org/v1\n-> {tag} {}\n{}\n--- {}\n",
        STANDARD_NO_PAD.encode(vec![3u8; nonce_len]),
        STANDARD_NO_PAD.encode([5u8; 32]),
        STANDARD_NO_PAD.encode([9u8; 32]),
    )
    .into_bytes();
    out.extend_from_slice(&[1u8; 16]);
    out.extend_from_slice(&[2u8; 90]);
    STANDARD.encode(out)
}

async fn passkey_copy_of_the_identity(backend: Backend) {
    let app = spawn_app(backend).await;
    new_officer(&app, "pk-officer", "gbv", Role::Member).await;
    let (c, _) = enrol(&app, "pk-officer").await;
    let credential = "AGE-PLUGIN-FIDO2PRF-1QQQSYQCYQYQQQQQQQQ";
    let good = passkey_file("age-encryption.org/fido2prf", 16);
    let recipient_now = std::cell::RefCell::new(String::new());
    let add = |wrapped: String| {
        json!({"credential": credential, "wrapped_identity": wrapped,
               "recipient": recipient_now.borrow().clone()})
    };

    // Only once the officer has a (passphrase) key.
    let res = post(
        &app,
        "/console/api/keys/passkey",
        &add(good.clone()),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (409, "no_key".into()));
    let (recipient, wrapped) = wrapped_identity();
    let res = post(
        &app,
        "/console/api/keys",
        &json!({"recipient": recipient, "wrapped_identity": wrapped}),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(res.status(), 200);
    *recipient_now.borrow_mut() = recipient.clone();

    // Anything but a passkey-wrapped age file is refused, and so is a bad credential.
    let clear = STANDARD.encode(
        passerelle::crypto::encrypt_to(std::slice::from_ref(&recipient), b"AGE-SECRET-KEY-1")
            .unwrap(),
    );
    let before = app.snapshot().await;
    for bad in [
        clear,
        wrapped.clone(),
        passkey_file("age-encryption.org/fido2prf", 12),
        passkey_file("piv-p256", 16),
        "not base64".to_string(),
    ] {
        let res = post(&app, "/console/api/keys/passkey", &add(bad), Some(&c), true).await;
        assert_eq!(
            error_code(res).await,
            (400, "invalid_wrapped_identity".into())
        );
    }
    let res = post(
        &app,
        "/console/api/keys/passkey",
        &json!({"credential": "AGE-SECRET-KEY-1XYZ", "wrapped_identity": good, "recipient": recipient}),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (400, "invalid_credential".into()));
    // Without the CSRF token: refused, nothing stored.
    let res = post(
        &app,
        "/console/api/keys/passkey",
        &add(good.clone()),
        Some(&c),
        false,
    )
    .await;
    assert_eq!(res.status(), 403);
    assert_eq!(app.snapshot().await, before);

    let res = post(
        &app,
        "/console/api/keys/passkey",
        &add(good.clone()),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(res.status(), 200);
    let me: Value = get(&app, "/console/api/session", &c)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["key"]["passkey"]["credential"], credential);
    assert_eq!(me["key"]["passkey"]["wrapped_identity"], good.as_str());
    assert_eq!(
        app.count_where("audit_log", "action = 'key.passkey'").await,
        1
    );

    // A new key drops the copy (it held the old identity); removal works too.
    let (recipient2, wrapped2) = wrapped_identity();
    post(
        &app,
        "/console/api/keys",
        &json!({"recipient": recipient2, "wrapped_identity": wrapped2}),
        Some(&c),
        true,
    )
    .await;
    // A copy made of the old key (another tab) is refused.
    let res = post(
        &app,
        "/console/api/keys/passkey",
        &add(passkey_file("age-encryption.org/fido2prf", 16)),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(error_code(res).await, (409, "key_changed".into()));
    *recipient_now.borrow_mut() = recipient2.clone();
    let me: Value = get(&app, "/console/api/session", &c)
        .await
        .json()
        .await
        .unwrap();
    assert!(me["key"]["passkey"].is_null());
    post(
        &app,
        "/console/api/keys/passkey",
        &add(good),
        Some(&c),
        true,
    )
    .await;
    let res = post(
        &app,
        "/console/api/keys/passkey/remove",
        &json!({}),
        Some(&c),
        true,
    )
    .await;
    assert_eq!(res.status(), 200);
    let me: Value = get(&app, "/console/api/session", &c)
        .await
        .json()
        .await
        .unwrap();
    assert!(me["key"]["passkey"].is_null());

    // Signed out, neither endpoint does anything.
    post(&app, "/console/api/logout", &json!({}), Some(&c), true).await;
    for path in [
        "/console/api/keys/passkey",
        "/console/api/keys/passkey/remove",
    ] {
        let res = post(
            &app,
            path,
            &add(passkey_file("age-encryption.org/fido2prf", 16)),
            Some(&c),
            true,
        )
        .await;
        assert_eq!(res.status(), 401, "{path}");
    }

    // An expired session and a disabled officer: refused, nothing written.
    new_officer(&app, "pk-expired", "gbv", Role::Member).await;
    new_officer(&app, "pk-disabled", "gbv", Role::Member).await;
    let (expired, _) = enrol(&app, "pk-expired").await;
    let (disabled, _) = enrol(&app, "pk-disabled").await;
    let past = (chrono::Utc::now() - chrono::TimeDelta::minutes(16)).to_rfc3339();
    exec(
        &app,
        &format!(
            "UPDATE console_session SET last_seen_at = '{past}' WHERE officer_id = {}",
            officer(&app, "pk-expired").await.id
        ),
    )
    .await;
    officers::set_active(
        &app.db,
        &Actor::Admin,
        officer(&app, "pk-disabled").await,
        false,
    )
    .await
    .unwrap();
    let before = app.snapshot().await;
    for (who, expected) in [
        (&expired, "session_expired"),
        // Disabling ended the session.
        (&disabled, "unauthorized"),
    ] {
        for path in [
            "/console/api/keys/passkey",
            "/console/api/keys/passkey/remove",
        ] {
            let res = post(
                &app,
                path,
                &add(passkey_file("age-encryption.org/fido2prf", 16)),
                Some(who),
                true,
            )
            .await;
            let (status, code) = error_code(res).await;
            // An expired session is dropped when it is seen: afterwards it is unknown.
            let after_expiry = expected == "session_expired" && path.ends_with("/remove");
            assert_eq!(status, 401, "{path}");
            assert_eq!(
                code,
                if after_expiry {
                    "unauthorized"
                } else {
                    expected
                },
                "{path}"
            );
        }
    }
    assert_eq!(app.snapshot().await, before);
}
on_both_backends!(passkey_copy_of_the_identity);

/// A client whose requests come from `ip` (any 127.x address is this machine).
fn client_from(ip: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(ip.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap()
}

async fn login_from(
    app: &TestApp,
    client: &reqwest::Client,
    login: &str,
    password: &str,
    code: Option<String>,
) -> reqwest::Response {
    let mut body = json!({"login": login, "password": password});
    if let Some(code) = code {
        body["totp"] = json!(code);
    }
    client
        .post(app.url("/console/api/login"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Sign-in attempts are throttled per source before any password is checked; the
/// right password with the right code gets in again once the window has passed.
async fn sign_in_attempts_are_throttled_per_source(backend: Backend) {
    let app = spawn_app_tweaked(backend, |s| {
        s.console.signin_burst = 3;
        // One attempt back every 3 s: slow next to the requests below.
        s.console.signin_per_minute = 20;
    })
    .await;
    new_officer(&app, "throttled-officer", "gbv", Role::Member).await;
    new_officer(&app, "first-day-officer", "gbv", Role::Member).await;
    let (_, secret) = enrol(&app, "throttled-officer").await;
    let flood = client_from("127.0.0.3");
    for _ in 0..3 {
        let res = login_from(&app, &flood, "no-such-officer", "wrong", None).await;
        assert_eq!(res.status(), 401);
    }
    let res = login_from(&app, &flood, "no-such-officer", "wrong", None).await;
    assert_eq!(res.status(), 429);
    let wait: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3).contains(&wait), "retry after {wait}");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "too_many_attempts");
    assert_eq!(body["error"]["retry_after"], json!(wait));
    // Refused before any check: even the right password and code, from there.
    let code = totp::code_at(&secret, now_step() + 1);
    let res = login_from(&app, &flood, "throttled-officer", PASSWORD, Some(code)).await;
    assert_eq!(res.status(), 429);
    // Another source is not held back.
    let other = client_from("127.0.0.4");
    let res = login_from(&app, &other, "no-such-officer", "wrong", None).await;
    assert_eq!(res.status(), 401);
    // Once the window has passed, the right password and code get in.
    tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    let code = totp::code_at(&secret, now_step() + 1);
    let res = login_from(&app, &flood, "throttled-officer", PASSWORD, Some(code)).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "signed_in");
    // A success gives its attempt back: twice the burst of successes in a row
    // (an enrolment offered is one) from one source, none refused.
    let own = client_from("127.0.0.5");
    for _ in 0..6 {
        let res = login_from(&app, &own, "first-day-officer", PASSWORD, None).await;
        assert_eq!(res.status(), 200);
    }
    // ...while failures are charged.
    for _ in 0..3 {
        let res = login_from(&app, &own, "first-day-officer", "wrong", None).await;
        assert_eq!(res.status(), 401);
    }
    let res = login_from(&app, &own, "first-day-officer", PASSWORD, None).await;
    assert_eq!(res.status(), 429);
}
on_both_backends!(sign_in_attempts_are_throttled_per_source);

/// Password checks run on a fixed set of workers behind a bounded queue: one more
/// concurrent check than the workers can take waits; a full queue answers 503.
async fn password_checks_wait_in_a_bounded_queue(backend: Backend) {
    let app = spawn_app_tweaked(backend, |s| {
        s.console.password_workers = 1;
        s.console.password_queue = 1;
        s.console.signin_burst = 1000;
    })
    .await;
    let attempt = |n: usize| {
        let app = &app;
        async move {
            let body = json!({"login": format!("nobody-{n}"), "password": "wrong password!!"});
            post(app, "/console/api/login", &body, None, false).await
        }
    };
    // Two at once: one on the worker, one in the queue; both are answered.
    for _ in 0..3 {
        let answers = futures::future::join_all([attempt(0), attempt(1)]).await;
        for res in answers {
            assert_eq!(error_code(res).await, (401, "invalid_credentials".into()));
        }
    }
    // Many at once: the queue never grows, the rest are told to come back.
    let answers = futures::future::join_all((0..24).map(attempt)).await;
    let (mut refused, mut answered) = (0, 0);
    for res in answers {
        match res.status().as_u16() {
            503 => {
                assert_eq!(res.headers()["retry-after"], "1");
                let body: Value = res.json().await.unwrap();
                assert_eq!(body["error"]["code"], "unavailable");
                assert_eq!(body["error"]["retry_after"], 1);
                refused += 1;
            }
            401 => answered += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert!(
        answered >= 2,
        "the worker and the queue were used ({answered})"
    );
    assert!(refused >= 1, "a full queue refuses ({answered} answered)");
}
on_both_backends!(password_checks_wait_in_a_bounded_queue);

/// A disabled officer receives no new report: their recipients are revoked with
/// the account (a new key set), a supervisor cannot add their key back, and a new
/// password ends an account's API tokens.
async fn disabling_an_officer_revokes_their_keys(backend: Backend) {
    let app = spawn_app(backend).await;
    new_officer(&app, "leaving-officer", "gbv", Role::Member).await;
    new_officer(&app, "chief-officer", "gbv", Role::Supervisor).await;
    let (member, _) = enrol(&app, "leaving-officer").await;
    let (chief, _) = enrol(&app, "chief-officer").await;
    let (recipient, wrapped) = wrapped_identity();
    let body = json!({"recipient": recipient, "wrapped_identity": wrapped});
    let res = post(&app, "/console/api/keys", &body, Some(&member), true).await;
    assert_eq!(res.status(), 200);
    let add = json!({"login": "leaving-officer"});
    let path = "/console/api/units/gbv/recipients";
    let res = post(&app, path, &add, Some(&chief), true).await;
    assert_eq!(res.status(), 200);
    let key_set = app.key_set("gbv").await;
    let listed = |units: &Value| {
        units["units"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| u["slug"] == "gbv")
            .flat_map(|u| u["recipients"].as_array().unwrap().clone())
            .any(|r| r == recipient.as_str())
    };
    assert!(listed(&app.get_units().await));

    let o = officer(&app, "leaving-officer").await;
    officers::set_active(&app.db, &Actor::Admin, o, false)
        .await
        .unwrap();
    assert_eq!(app.key_set("gbv").await, key_set + 1);
    assert!(
        !listed(&app.get_units().await),
        "reports no longer go to them"
    );
    // Their key cannot be added back while they are disabled...
    let res = post(&app, path, &add, Some(&chief), true).await;
    assert_eq!(error_code(res).await, (409, "officer_disabled".into()));
    assert_eq!(app.key_set("gbv").await, key_set + 1);
    // ...and enabling the account again does not bring it back by itself.
    let o = officer(&app, "leaving-officer").await;
    officers::set_active(&app.db, &Actor::Admin, o, true)
        .await
        .unwrap();
    assert!(!listed(&app.get_units().await));
    assert_eq!(app.key_set("gbv").await, key_set + 1);

    // A new password ends the account's API tokens (and sessions).
    assert_eq!(
        app.officer_get(&app.gbv.token, "/api/v1/me").await.status(),
        200
    );
    let o = officer(&app, &app.gbv.officer_login).await;
    console_store::set_password(&app.db, &Actor::Admin, o, hashed(PASSWORD).await)
        .await
        .unwrap();
    assert_eq!(
        app.officer_get(&app.gbv.token, "/api/v1/me").await.status(),
        401
    );
}
on_both_backends!(disabling_an_officer_revokes_their_keys);
