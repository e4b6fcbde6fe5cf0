use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;
use passerelle::pow;

const REQUIRED: [(&str, &str); 6] = [
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cache-control", "no-store"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
];

fn assert_headers(res: &reqwest::Response, what: &str) {
    let h = res.headers();
    for (name, value) in REQUIRED {
        assert_eq!(
            h.get(name).and_then(|v| v.to_str().ok()),
            Some(value),
            "{name} on {what}"
        );
    }
    let csp = h
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    for directive in [
        "default-src 'none'",
        "script-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ] {
        assert!(
            csp.contains(directive),
            "CSP {directive} missing on {what}: {csp}"
        );
    }
    assert!(!csp.contains("unsafe"), "CSP allows unsafe on {what}");
    assert!(h.get("set-cookie").is_none(), "cookie set on {what}");
}

/// Strict headers on every kind of response: pages, assets, API, errors.
async fn security_headers_everywhere(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let get = |p: &str| app.http.get(app.url(p));
    let mut pows = Vec::new();
    for kind in ["lookup", "report", "report", "report", "report"] {
        pows.push(app.pow(kind).await);
    }
    let post_report = |n: usize| {
        app.http
            .post(app.url("/api/v1/reports"))
            .header(pow::HEADER, &pows[n])
    };
    let requests = vec![
        ("root redirect", get("/")),
        ("home fr", get("/fr/")),
        ("home ar", get("/ar/")),
        ("report form", get("/en/report/gbv")),
        ("follow-up page", get("/ar/follow-up")),
        ("safety page", get("/fr/safety")),
        ("page 404", get("/fr/nowhere")),
        ("unknown language", get("/zz/")),
        ("bundle", get("/assets/passerelle.js")),
        ("console bundle", get("/assets/console.js")),
        ("console page", get("/en/console")),
        ("console redirect", get("/console")),
        ("console 401", get("/console/api/session")),
        ("style", get("/assets/style.css")),
        ("health", get("/health")),
        ("units", get("/api/v1/units")),
        ("api 404", get("/api/v1/nothing")),
        ("api 401", get("/api/v1/cases")),
        (
            "api 404 lookup",
            get("/api/v1/follow-up")
                .header(pow::HEADER, &pows[0])
                .header("authorization", format!("Lookup {}", reporter.lookup)),
        ),
        ("api 403 pow", app.http.post(app.url("/api/v1/reports"))),
        ("pow challenge", get("/api/v1/pow/report")),
        (
            "api 400",
            post_report(1)
                .header("content-type", "application/json")
                .body("{"),
        ),
        (
            "api 413",
            post_report(2)
                .header("content-type", "application/json")
                .body(vec![b' '; 2_000_000]),
        ),
        ("api 415", post_report(3).body("{}")),
        (
            "api wrong method",
            app.http.delete(app.url("/api/v1/units")),
        ),
        (
            "api 201",
            post_report(4).json(&app.report_body(&reporter, "x").await),
        ),
    ];
    for (what, req) in requests {
        let res = req.send().await.unwrap();
        assert!(res.status().as_u16() < 500, "{what}: {}", res.status());
        assert_headers(&res, what);
        // Plain HTTP: browsers ignore HSTS there, so none is sent.
        assert!(
            res.headers().get("strict-transport-security").is_none(),
            "{what}"
        );
    }
    // Over HTTPS (as the reverse proxy says), every answer carries HSTS.
    for path in [
        "/fr/",
        "/assets/style.css",
        "/api/v1/units",
        "/api/v1/nothing",
        "/console/api/session",
    ] {
        for header in [("x-forwarded-proto", "https"), ("forwarded", "proto=https")] {
            let res = get(path).header(header.0, header.1).send().await.unwrap();
            assert_eq!(
                res.headers()
                    .get("strict-transport-security")
                    .and_then(|v| v.to_str().ok()),
                Some("max-age=31536000"),
                "{path} with {header:?}"
            );
        }
    }
}
on_both_backends!(security_headers_everywhere);

/// Public pages: every language renders, Arabic right-to-left, a quick exit on each,
/// no third-party URL, no inline script.
async fn pages_render_in_every_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let i18n = passerelle::i18n::I18n::load().unwrap();
    let ids = i18n.ids("en");
    let languages: Vec<_> = passerelle::i18n::LANGUAGES.iter().map(|l| l.code).collect();
    assert!(languages.len() >= 12, "{languages:?}");
    let mut paths = vec![
        "".to_string(),
        "follow-up".into(),
        "safety".into(),
        "report/child-protection?simple=1".into(),
        "form/1".into(),
        "form/2?simple=1".into(),
    ];
    for c in [
        "gbv",
        "child-protection",
        "trafficking-smuggling",
        "hate-crime",
        "community-policing",
        "police-conduct",
        "unsure",
    ] {
        paths.push(format!("report/{c}"));
    }
    for lang in &languages {
        for path in &paths {
            let url = app.url(&format!("/{lang}/{path}"));
            let res = app.http.get(&url).send().await.unwrap();
            assert_eq!(res.status(), 200, "{url}");
            let html = res.text().await.unwrap();
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{url}");
            assert_eq!(
                html.contains("dir=\"rtl\""),
                ["ar", "fa", "ps"].contains(lang),
                "{url}"
            );
            // A message id shown as text is a missing translation.
            for id in &ids {
                assert!(
                    !html.contains(&format!(">{id}<")),
                    "{id} shown raw on {url}"
                );
            }
            assert!(html.contains("id=\"quick-exit\""), "no quick exit on {url}");
            assert!(!html.contains("<script>"), "inline script on {url}");
            assert!(!html.contains("style=\""), "inline style on {url}");
            for attr in ["src=\"http", "href=\"http://", "src=\"//", "href=\"//"] {
                assert!(!html.contains(attr), "external resource ({attr}) on {url}");
            }
        }
    }
    let res = app
        .http
        .get(app.url("/"))
        .header("accept-language", "ar-MA,ar;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/ar/");
    // The home page links to the forms by number: a browser's history does not
    // say what was reported.
    let home = app
        .http
        .get(app.url("/fr/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("href=\"/fr/form/1\""), "{home}");
    assert!(!home.contains("href=\"/fr/report/"), "a category in a link");
    for path in ["/fr/form/0", "/fr/form/99", "/fr/form/x"] {
        let res = app.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
    let res = app
        .http
        .get(app.url("/fr/report/weather"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    // The data block is JSON that cannot close its script element.
    let html = app
        .http
        .get(app.url("/en/report/gbv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = html.find("id=\"passerelle-data\">").unwrap() + "id=\"passerelle-data\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let data: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(data["category"], json!("gbv"));
    assert_eq!(data["lang"], json!("en"));
}
on_both_backends!(pages_render_in_every_language);

/// Icons and fonts come from the service itself, with their types.
async fn icons_and_fonts_are_served(backend: Backend) {
    let app = spawn_app(backend).await;
    for (path, media_type) in [
        ("/assets/icons/gbv.svg", "image/svg+xml"),
        ("/assets/icons/child-protection.svg", "image/svg+xml"),
        ("/assets/fonts/noto-sans-ethiopic-400.woff2", "font/woff2"),
    ] {
        let res = app.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        assert_headers(&res, path);
        assert_eq!(res.headers()["content-type"], media_type, "{path}");
        assert!(!res.bytes().await.unwrap().is_empty(), "{path}");
    }
    for path in [
        "/assets/icons/nothing.svg",
        "/assets/fonts/..%2Fstyle.css",
        "/assets/other/gbv.svg",
    ] {
        let res = app.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
}
on_both_backends!(icons_and_fonts_are_served);

fn with_onion(s: &mut passerelle::settings::Settings) {
    s.web.onion_location =
        Some("http://passerelleexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion".into());
}

/// Tor Browser is offered the onion address on public pages, and only there.
async fn onion_location_on_public_pages(backend: Backend) {
    let app = spawn_app_tweaked(backend, with_onion).await;
    let res = app
        .http
        .get(app.url("/ar/report/gbv"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers()["onion-location"],
        "http://passerelleexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion/ar/report/gbv"
    );
    for path in ["/api/v1/units", "/assets/style.css", "/en/console"] {
        let res = app.http.get(app.url(path)).send().await.unwrap();
        assert!(res.headers().get("onion-location").is_none(), "{path}");
    }
}
on_both_backends!(onion_location_on_public_pages);

fn three_misses(s: &mut passerelle::settings::Settings) {
    s.pow.lookup_misses = 3;
}

/// Follow-up lookups pay with proof of work, not with a bucket per source: a solved
/// lookup challenge pays for `pow.lookup_misses` lookups that match nothing, those
/// that find their case cost nothing, and another reporter from the same address
/// (everyone behind Tor is one address) is not held back by someone's misses.
/// Nothing answers whether a key exists before the proof of work.
async fn follow_up_guesses_are_paid_with_proof_of_work(backend: Backend) {
    let app = spawn_app_tweaked(backend, three_misses).await;
    let reporter = Reporter::new();
    assert_eq!(
        app.submit(&app.report_body(&reporter, "x").await)
            .await
            .status(),
        201
    );
    let get = async |lookup: &str, pow: Option<&str>| {
        let mut req = app
            .http
            .get(app.url("/api/v1/follow-up"))
            .header("authorization", format!("Lookup {lookup}"));
        if let Some(pow) = pow {
            req = req.header(pow::HEADER, pow);
        }
        error_code(req.send().await.unwrap()).await
    };
    let stranger = Reporter::new();
    // Without a solution, a right key and a wrong one get the same answer.
    for lookup in [&reporter.lookup, &stranger.lookup] {
        assert_eq!(get(lookup, None).await, (403, "pow_required".into()));
    }
    let token = app.pow("lookup").await;
    for _ in 0..5 {
        assert_eq!(get(&reporter.lookup, Some(&token)).await.0, 200);
    }
    for _ in 0..3 {
        assert_eq!(
            get(&Reporter::new().lookup, Some(&token)).await,
            (404, "not_found".into())
        );
    }
    let before = app.snapshot().await;
    // Spent: refused before any lookup, for the right key too.
    assert_eq!(
        get(&Reporter::new().lookup, Some(&token)).await,
        (403, "pow_spent".into())
    );
    assert_eq!(
        get(&reporter.lookup, Some(&token)).await,
        (403, "pow_spent".into())
    );
    // The same address with a new solution: at once, no waiting.
    assert_eq!(
        get(&reporter.lookup, Some(&app.pow("lookup").await))
            .await
            .0,
        200
    );
    // A solution for another kind of request does not pay for a lookup.
    assert_eq!(
        get(&reporter.lookup, Some(&app.pow("report").await)).await,
        (403, "pow_invalid".into())
    );
    // A message pays for its own lookup, once.
    let message_pow = app.pow("message").await;
    let message = async |lookup: &str| {
        let res = app
            .http
            .post(app.url("/api/v1/follow-up/messages"))
            .header(pow::HEADER, &message_pow)
            .header("authorization", format!("Lookup {lookup}"))
            .json(&json!({"envelope": "x"}))
            .send()
            .await
            .unwrap();
        error_code(res).await
    };
    assert_eq!(message(&stranger.lookup).await, (404, "not_found".into()));
    assert_eq!(message(&reporter.lookup).await, (403, "pow_used".into()));
    assert_eq!(app.snapshot().await, before);
}
on_both_backends!(follow_up_guesses_are_paid_with_proof_of_work);

/// A report's solution is taken once, before the body is read; a report without
/// one is refused before anything else, so that "this follow-up code is in use"
/// cannot be asked for free. Challenges of unknown kinds do not exist.
async fn reports_pay_with_proof_of_work_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let body = app.report_body(&reporter, "x").await;
    let post = async |pow: Option<&str>, body: &Value| {
        let mut req = app.http.post(app.url("/api/v1/reports")).json(body);
        if let Some(pow) = pow {
            req = req.header(pow::HEADER, pow);
        }
        error_code(req.send().await.unwrap()).await
    };
    assert_eq!(post(None, &body).await, (403, "pow_required".into()));
    assert_eq!(
        post(Some("not base64 at all"), &body).await,
        (403, "pow_invalid".into())
    );
    assert_eq!(app.reports().await, 0);
    let token = app.pow("report").await;
    assert_eq!(post(Some(&token), &body).await.0, 201);
    assert_eq!(post(Some(&token), &body).await, (403, "pow_used".into()));
    // The code is in use now; without a new solution nobody learns it.
    let mut other = app.report_body(&Reporter::new(), "y").await;
    other["lookup"] = json!(reporter.lookup);
    assert_eq!(post(None, &other).await, (403, "pow_required".into()));
    assert_eq!(
        post(Some(&app.pow("report").await), &other).await,
        (409, "lookup_in_use".into())
    );
    // The form's hidden field, filled in: refused, nothing stored.
    let mut robot = app.report_body(&Reporter::new(), "z").await;
    robot["website"] = json!("http://spam.example");
    assert_eq!(
        post(Some(&app.pow("report").await), &robot).await,
        (400, "form_rejected".into())
    );
    assert_eq!(app.reports().await, 1);
    let res = app
        .http
        .get(app.url("/api/v1/pow/anything"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let challenge: Value = app
        .http
        .get(app.url("/api/v1/pow/report"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(challenge["parameters"]["algorithm"], "PBKDF2/SHA-256");
    assert_eq!(challenge["parameters"]["data"]["for"], "report");
    assert!(challenge["signature"].is_string());
}
on_both_backends!(reports_pay_with_proof_of_work_once);
