//! The follow-up code test vectors shared with the browser modules
//! (`web/tests/vectors.test.mjs` checks the same file).
//! Regenerate with `PASSERELLE_WRITE_VECTORS=1 cargo test --test crypto_vectors`
//! only when docs/crypto.md changes on purpose.

use passerelle::crypto::{FollowUpCode, PBKDF2_ITERATIONS, damm_check_digit, derive_keys};
use secrecy::ExposeSecret;
use serde_json::{Value, json};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/follow-up.json");

const PREFIXES: [&str; 4] = [
    "000000000000000000000000000",
    "123456789012345678901234567",
    "482109375518226071930485663",
    "999999999999999999999999999",
];

fn with_check(prefix: &str) -> String {
    let digits: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
    format!("{prefix}{}", damm_check_digit(&digits))
}

fn arabic_indic(ascii: &str) -> String {
    ascii
        .chars()
        .map(|c| char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap())
        .collect()
}

fn persian(ascii: &str) -> String {
    ascii
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x06F0 + d).unwrap(),
            None => c,
        })
        .collect()
}

fn generate() -> Value {
    let cases: Vec<Value> = PREFIXES
        .iter()
        .map(|p| {
            let code = FollowUpCode::parse(&with_check(p)).unwrap();
            let keys = derive_keys(&code);
            json!({
                "code": code.canonical(),
                "display": code.display(),
                "lookup": keys.lookup.to_base64url(),
                "identity": keys.reply_identity_string().expose_secret(),
                "recipient": keys.reply_recipient(),
            })
        })
        .collect();
    let c1 = with_check(PREFIXES[2]);
    let grouped = FollowUpCode::parse(&c1).unwrap().display();
    let mut typo = c1.clone().into_bytes();
    typo[5] = if typo[5] == b'0' { b'1' } else { b'0' };
    let typo = String::from_utf8(typo).unwrap();
    let mut swapped = c1.clone().into_bytes();
    swapped.swap(0, 1);
    let swapped = String::from_utf8(swapped).unwrap();
    let normalisation = json!([
        { "input": grouped, "canonical": c1 },
        { "input": grouped.replace(' ', "-"), "canonical": c1 },
        { "input": format!("  {}\n", grouped.replace(' ', "\u{00A0}")), "canonical": c1 },
        { "input": arabic_indic(&c1), "canonical": c1 },
        { "input": persian(&grouped), "canonical": c1 },
        { "input": c1.chars().map(|c| char::from_u32(0xFF10 + (c as u32 - '0' as u32)).unwrap()).collect::<String>(), "canonical": c1 },
        { "input": typo, "canonical": null },
        { "input": swapped, "canonical": null },
        { "input": &c1[..27], "canonical": null },
        { "input": format!("{c1}0"), "canonical": null },
        { "input": format!("{}a", &c1[..27]), "canonical": null },
        { "input": "", "canonical": null },
    ]);
    json!({
        "version": 1,
        "pbkdf2_iterations": PBKDF2_ITERATIONS,
        "pbkdf2_salt": "passerelle/follow-up/v1",
        "hkdf_info": { "lookup": "passerelle/v1/lookup", "reply_identity": "passerelle/v1/reply-identity" },
        "cases": cases,
        "normalisation": normalisation,
    })
}

#[test]
fn follow_up_vectors_match_the_shared_file() {
    if std::env::var_os("PASSERELLE_WRITE_VECTORS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(PATH).parent().unwrap()).unwrap();
        std::fs::write(
            PATH,
            serde_json::to_string_pretty(&generate()).unwrap() + "\n",
        )
        .unwrap();
    }
    let file: Value = serde_json::from_str(
        &std::fs::read_to_string(PATH).expect("tests/vectors/follow-up.json is missing"),
    )
    .unwrap();
    assert_eq!(file["pbkdf2_iterations"], PBKDF2_ITERATIONS);
    let cases = file["cases"].as_array().unwrap();
    assert!(cases.len() >= 4);
    for case in cases {
        let code = FollowUpCode::parse(case["code"].as_str().unwrap()).unwrap();
        assert_eq!(code.display(), case["display"]);
        let keys = derive_keys(&code);
        assert_eq!(
            keys.lookup.to_base64url(),
            case["lookup"],
            "lookup of {}",
            case["code"]
        );
        assert_eq!(
            keys.reply_identity_string().expose_secret(),
            case["identity"]
        );
        assert_eq!(keys.reply_recipient(), case["recipient"]);
    }
    for n in file["normalisation"].as_array().unwrap() {
        let got = FollowUpCode::parse(n["input"].as_str().unwrap())
            .ok()
            .map(|c| c.canonical().to_string());
        assert_eq!(
            got.as_deref(),
            n["canonical"].as_str(),
            "input {:?}",
            n["input"]
        );
    }
}
