//! Static assets, compiled into the binary: the bundled browser modules (built by
//! `build.rs` with esbuild from `web/src/`) and the stylesheet.

use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, get, web};

include!(concat!(env!("OUT_DIR"), "/static_files.rs"));

const BUNDLE: &str = include_str!(concat!(env!("OUT_DIR"), "/passerelle.js"));
const CONSOLE_BUNDLE: &str = include_str!(concat!(env!("OUT_DIR"), "/console.js"));
const POW_WORKER: &str = include_str!(concat!(env!("OUT_DIR"), "/pow-worker.js"));
const STYLE: &str = include_str!("../../web/static/style.css");

#[get("/assets/passerelle.js")]
pub async fn bundle() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .body(BUNDLE)
}

/// The officer console's own bundle, so that reporters never download it.
#[get("/assets/console.js")]
pub async fn console_bundle() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .body(CONSOLE_BUNDLE)
}

/// The proof-of-work solver, started by the public pages as a Web Worker.
#[get("/assets/pow-worker.js")]
pub async fn pow_worker() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .body(POW_WORKER)
}

#[get("/assets/style.css")]
pub async fn style() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .body(STYLE)
}

/// Category icons and fonts (web/static/icons, web/static/fonts), embedded at build.
#[get("/assets/{dir}/{name}")]
pub async fn static_file(path: web::Path<(String, String)>) -> HttpResponse {
    let (dir, name) = path.into_inner();
    let wanted = format!("{dir}/{name}");
    match STATIC_FILES.iter().find(|(p, _, _)| *p == wanted) {
        Some((_, media_type, bytes)) => HttpResponse::Ok().content_type(*media_type).body(*bytes),
        None => HttpResponse::NotFound()
            .content_type(ContentType::plaintext())
            .body("not found"),
    }
}

#[get("/health")]
pub async fn health() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::json())
        .body(r#"{"status":"ok"}"#)
}
