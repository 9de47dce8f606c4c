//! Writes the seed corpus of the fuzz targets (`crates/fuzz/corpus/<target>/`): real samples
//! from the test fixtures, answers and pushes recorded from the sandbox, freshly made CSRs of
//! every key kind, and cut and garbled variants of them.
//!
//! Ignored by default: run `cargo test -p trustocean-core --test fuzz_seeds -- --ignored` to
//! write the seeds again. Each target's directory is emptied first. Keys, CSRs, certificates
//! and pushes are new on every run (they are random), everything else comes out the same.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use trustocean_core::csr::{self, Subject};
use trustocean_core::key::{Curve, KeyKind};
use trustocean_core::push;
use trustocean_sandbox::{SandboxConfig, SandboxThread};

/// The push key the push target opens with (a copy lives next to the fuzzing entry points).
const PUSH_KEY_PEM: &str = include_str!("../src/fuzzing/push-key.pem");

/// The corpus root, next to the fuzz targets.
fn corpus_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus")
}

/// The test fixtures the real samples come from.
fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Seeds by target, then by file name.
#[derive(Default)]
struct Seeds(BTreeMap<&'static str, BTreeMap<String, Vec<u8>>>);

impl Seeds {
    fn put(&mut self, target: &'static str, name: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.0
            .entry(target)
            .or_default()
            .insert(name.into(), bytes.into());
    }

    /// A sample, its first half and a copy with a few bytes flipped.
    fn put_with_variants(&mut self, target: &'static str, name: &str, bytes: &[u8]) {
        self.put(target, name, bytes);
        self.put(target, format!("{name}.cut"), &bytes[..bytes.len() / 2]);
        self.put(target, format!("{name}.garbled"), garble(bytes));
    }

    /// Every file of a fixture directory whose name passes `keep`.
    fn put_fixtures(&mut self, target: &'static str, dir: &str, keep: impl Fn(&str) -> bool) {
        let mut entries: Vec<_> = std::fs::read_dir(fixtures().join(dir))
            .expect("fixture directory")
            .map(|entry| entry.expect("directory entry").path())
            .collect();
        entries.sort();
        for path in entries {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .expect("file name")
                .to_owned();
            if keep(&name) {
                self.put(target, name, std::fs::read(&path).expect("fixture"));
            }
        }
    }

    /// Empties each target's directory and writes its seeds.
    fn write(&self) {
        for (target, files) in &self.0 {
            let dir = corpus_root().join(target);
            if dir.exists() {
                std::fs::remove_dir_all(&dir).expect("old seeds removed");
            }
            std::fs::create_dir_all(&dir).expect("seed directory");
            for (name, bytes) in files {
                std::fs::write(dir.join(name), bytes).expect("seed written");
            }
        }
    }
}

/// Flips one byte in every 97 (a fixed pattern, so runs agree on where).
fn garble(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .enumerate()
        .map(|(index, byte)| if index % 97 == 41 { byte ^ 0x5a } else { *byte })
        .collect()
}

/// The DER inside the first PEM block of `text`.
fn der_of(text: &[u8]) -> Vec<u8> {
    pem::parse(text).expect("PEM").into_contents()
}

#[test]
#[ignore = "writes the fuzz seed corpus; run it by name to refresh the seeds"]
fn write_fuzz_seeds() {
    let mut seeds = Seeds::default();
    csr_seeds(&mut seeds);
    certificate_seeds(&mut seeds);
    private_key_seeds(&mut seeds);
    domain_seeds(&mut seeds);
    product_rules_seeds(&mut seeds);
    api_response_literal_seeds(&mut seeds);
    sandbox_seeds(&mut seeds);
    seeds.write();

    let total: usize = seeds
        .0
        .values()
        .flat_map(|files| files.values())
        .map(Vec::len)
        .sum();
    println!(
        "{total} bytes of seeds written under {}",
        corpus_root().display()
    );
    assert!(total < 700 * 1024, "the seeds grew to {total} bytes");
}

fn csr_seeds(seeds: &mut Seeds) {
    seeds.put_fixtures("csr", "csr", |name| name != "CASES.md");
    seeds.put_fixtures("csr", "certs", |name| name.ends_with(".csr"));
    for name in [
        "ec-p256-sha256.pem",
        "rsa1024-sha256.pem",
        "utf8-subject.pem",
    ] {
        let pem = std::fs::read(fixtures().join("csr").join(name)).expect("fixture");
        seeds.put("csr", name.replace(".pem", ".der"), der_of(&pem));
    }

    let subject = Subject {
        common_name: Some("shop.example.com".to_owned()),
        organization: Some("Example Ltd".to_owned()),
        organizational_unit: Some("Web".to_owned()),
        locality: Some("London".to_owned()),
        state: Some("London".to_owned()),
        country: Some("GB".to_owned()),
        email: Some("admin@example.com".to_owned()),
    };
    let sans: Vec<String> = [
        "www.shop.example.com",
        "*.api.example.com",
        "bücher.de",
        "203.0.113.9",
    ]
    .iter()
    .map(|name| (*name).to_owned())
    .collect();
    for (name, kind) in [
        ("generated-rsa2048", KeyKind::Rsa { bits: 2048 }),
        ("generated-ec-p256", KeyKind::Ec(Curve::P256)),
        ("generated-ec-p384", KeyKind::Ec(Curve::P384)),
    ] {
        let made = csr::generate(&subject, kind, &sans).expect("CSR generated");
        seeds.put("csr", format!("{name}.pem"), made.csr_pem.as_bytes());
        seeds.put_with_variants(
            "csr",
            &format!("{name}.der"),
            &der_of(made.csr_pem.as_bytes()),
        );
    }

    // Ed25519: read, then refused by the lint; the generator does not make it.
    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ED25519).expect("Ed25519 key");
    let params = rcgen::CertificateParams::new(vec!["ed.example.com".to_owned()]).expect("params");
    let request = params.serialize_request(&key).expect("CSR");
    seeds.put("csr", "ed25519.pem", request.pem().expect("PEM").as_bytes());
    seeds.put("csr", "ed25519.der", request.der().to_vec());

    seeds.put("csr", "empty", b"".to_vec());
    seeds.put(
        "csr",
        "begin-only",
        b"-----BEGIN CERTIFICATE REQUEST-----\n".to_vec(),
    );
    seeds.put(
        "csr",
        "wrong-label.pem",
        b"-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n".to_vec(),
    );
}

fn certificate_seeds(seeds: &mut Seeds) {
    seeds.put_fixtures("certificate", "certs", |name| {
        name.ends_with(".pem") || name.ends_with(".der")
    });
    seeds.put_fixtures("certificate", "chains", |name| name != "CASES.md");
    let chain = std::fs::read(fixtures().join("chains/rsa-3level.pem")).expect("fixture");
    seeds.put("certificate", "rsa-3level.pem.garbled", garble(&chain));
    seeds.put("certificate", "empty", b"".to_vec());
    seeds.put(
        "certificate",
        "pkcs7-label.pem",
        b"-----BEGIN PKCS7-----\nMIIBAA==\n-----END PKCS7-----\n".to_vec(),
    );
}

fn private_key_seeds(seeds: &mut Seeds) {
    seeds.put_fixtures("private_key", "keys", |name| name != "CASES.md");
    seeds.put_fixtures("private_key", "certs", |name| name.ends_with(".key"));
    let encrypted =
        std::fs::read(fixtures().join("keys/ec-p384-pkcs8-encrypted-scrypt.pem")).expect("fixture");
    seeds.put(
        "private_key",
        "ec-p384-pkcs8-encrypted-scrypt.der",
        der_of(&encrypted),
    );
    seeds.put("private_key", "empty", b"".to_vec());
}

fn domain_seeds(seeds: &mut Seeds) {
    let lists: [(&str, &[&str]); 14] = [
        (
            "plain",
            &["example.com", "www.example.com", "shop.example.co.uk"],
        ),
        (
            "idn",
            &[
                "bücher.de",
                "中国.中国",
                "xn--bcher-kva.de",
                "пример.рф",
                "ＥＸＡＭＰＬＥ.ｃｏｍ",
            ],
        ),
        (
            "full-width",
            &[
                "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ",
                "www。example。com",
                "a，b.com",
                "（x）.com",
            ],
        ),
        (
            "wildcard",
            &[
                "*.example.com",
                "*.*.example.com",
                "a.*.example.com",
                "*example.com",
                "*.co.uk",
            ],
        ),
        (
            "ipv4",
            &[
                "203.0.113.9",
                "10.0.0.1",
                "1.2.3",
                "010.0.0.1",
                "255.255.255.255",
                "127.0.0.1",
            ],
        ),
        (
            "ipv6",
            &[
                "2001:db8::1",
                "[2001:db8::1]",
                "::1",
                "::ffff:203.0.113.9",
                "fe80::1%eth0",
                "[::]",
            ],
        ),
        (
            "public-suffix",
            &[
                "co.uk",
                "github.io",
                "example.local",
                "example.internal",
                "com",
            ],
        ),
        (
            "labels",
            &[
                "a..b.com",
                ".example.com",
                "-a.example.com",
                "a-.example.com",
                "example.com.",
                "example.com..",
            ],
        ),
        (
            "characters",
            &[
                "exa mple.com",
                "ex_ample.com",
                "example.com/path",
                "example?.com",
                "ex!ample.com",
                "e=x.com",
            ],
        ),
        (
            "invisible",
            &[
                "exa\u{00ad}mple.com",
                "exa\u{200d}mple.com",
                "\u{202e}moc.elpmaxe",
                "example.com\u{0000}",
            ],
        ),
        (
            "www-pair",
            &[
                "example.com",
                "www.example.com",
                "EXAMPLE.COM",
                "www.www.example.com",
            ],
        ),
        (
            "punycode",
            &[
                "xn--.com",
                "xn--a.com",
                "xn--zz-zzzzzzzzz.com",
                "xn--ls8h.la",
            ],
        ),
        ("blank", &["", "   ", "\t"]),
        ("numeric", &["123.456", "example.123", "1e10.com"]),
    ];
    for (name, list) in lists {
        seeds.put("domain", name, list.join("\n"));
    }
    seeds.put("domain", "long-label", format!("{}.com", "a".repeat(64)));
    seeds.put(
        "domain",
        "long-name",
        format!("{}example.com", "abcdefghi.".repeat(26)),
    );
    seeds.put("domain", "crlf", "example.com\r\nwww.example.com\r\n");
}

fn product_rules_seeds(seeds: &mut Seeds) {
    let rules = [
        ("empty-array", json!([])),
        ("empty-object", json!({})),
        (
            "multi-wildcard",
            json!({"wildcard": "allowed", "multiDomain": true, "maxDomains": 5, "ipAllowed": 1}),
        ),
        (
            "snake-case",
            json!({"wildcard": "required", "multi_domain": "on", "max_domains": "3",
                   "min_domains": "2", "ip_allowed": "off", "www_covers_apex": "yes"}),
        ),
        (
            "switches",
            json!({"wildcard": true, "multidomain": 1, "ipv4": "true"}),
        ),
        ("no-limit", json!({"maxDomains": null, "minDomains": ""})),
        (
            "huge-counts",
            json!({"multiDomain": true, "maxDomains": 18446744073709551615u64, "minDomains": 99}),
        ),
        ("zero-quota", json!({"multiDomain": true, "maxDomains": 0})),
        ("unknown-key", json!({"wildcards": "allowed"})),
        (
            "bad-types",
            json!({"wildcard": ["allowed"], "multiDomain": 2, "maxDomains": -1}),
        ),
        ("not-object", json!("allowed")),
    ];
    for (name, value) in rules {
        seeds.put("product_rules", name, value.to_string());
    }
}

/// Answers the sandbox never gives: the other spellings of the live API and its SDKs, and
/// bodies that are no answer at all.
fn api_response_literal_seeds(seeds: &mut Seeds) {
    let answers = [
        ("literal-empty", String::new()),
        ("literal-html-502", "<html><body><h1>502 Bad Gateway</h1></body></html>".to_owned()),
        ("literal-not-object", "[\"success\"]".to_owned()),
        ("literal-status-upper", r#"{"status":"SUCCESS"}"#.to_owned()),
        ("literal-no-status", r#"{"credit":"1.00"}"#.to_owned()),
        (
            "literal-error-string-code",
            r#"{"status":"error","message":"Invalid token fuzz-token/0001+x (fuzz-token%2F0001%2Bx)","error_code":"778804"}"#.to_owned(),
        ),
        (
            "literal-error-list-message",
            r#"{"status":"error","message":["a","b"],"error_code":770008.5}"#.to_owned(),
        ),
        (
            "literal-dcvinfo-list",
            json!({"status": "success", "dcvinfo": [
                {"domain": "a.example.com", "method": "dns", "status": "needverification",
                 "emails": "admin@example.com,webmaster@example.com", "domainmd5hash": "ABC"},
                {"domain": "203.0.113.9", "method": "admin@example.com", "status": "Verified", "isip": "1"},
                {"domain": "b.example.com", "method": "email", "email": "HOSTMASTER@example.com", "status": 7}
            ]})
            .to_string(),
        ),
        (
            "literal-products-list",
            json!({"status": "success", "products": [
                {"pid": "48", "name": 48, "multidomain": "on", "wildcard": 1, "ipv4": "off",
                 "periods": "annually,biennially,forever", "pricing": {"annually": 29.9}},
                {"pid": -1, "name": "negative"}
            ]})
            .to_string(),
        ),
        (
            "literal-details-numbers",
            json!({"status": "success", "trustocean_id": " 42 ", "cert_status": "Issued_Active",
                   "domain_count": "3", "is_multidomain": "yes", "renew": 0, "reissue": "off",
                   "domains": "a.example.com, b.example.com", "cert_code": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
                   "ca_code": null, "dcv_info": null, "org_info": {"organization_name": "X"}})
            .to_string(),
        ),
        (
            "literal-details-huge-id",
            r#"{"status":"success","trustocean_id":1e30,"cert_status":null}"#.to_owned(),
        ),
        (
            "literal-unique-id-number",
            r#"{"status":"success","unique_id":12345678901234567890}"#.to_owned(),
        ),
        (
            "literal-refund",
            r#"{"status":"success","refund_status":"finished","refund_at":1700000000,"refund_requested_at":null}"#.to_owned(),
        ),
    ];
    for (name, body) in answers {
        seeds.put("api_response", name, body);
    }
}

/// A callback URL that records the body of every request it gets.
struct PushReceiver {
    url: String,
    bodies: mpsc::Receiver<Vec<u8>>,
}

impl PushReceiver {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("listener");
        let url = format!("http://{}/push", listener.local_addr().expect("address"));
        let (sender, bodies) = mpsc::channel();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().expect("stream"));
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    if let Some((name, value)) = line.split_once(':')
                        && name.eq_ignore_ascii_case("content-length")
                    {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_ok() {
                    let _ = sender.send(body);
                }
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            }
        });
        Self { url, bodies }
    }

    /// The next push's body.
    fn next(&self) -> Vec<u8> {
        self.bodies
            .recv_timeout(Duration::from_secs(10))
            .expect("a push arrives")
    }
}

/// Talks to the sandbox and keeps every answer as a seed.
struct Recorder<'a> {
    api: String,
    control: String,
    http: reqwest::blocking::Client,
    seeds: &'a mut Seeds,
}

impl Recorder<'_> {
    /// Calls `method` with `fields`, keeps the answer as `<method>-<case>`, and returns it.
    fn call(&mut self, method: &str, case: &str, fields: &[(&str, &str)]) -> Value {
        let mut form = vec![
            ("username", trustocean_sandbox::DEFAULT_USERNAME),
            ("password", trustocean_sandbox::DEFAULT_TOKEN),
        ];
        form.extend_from_slice(fields);
        let body = self
            .http
            .post(format!("{}/{method}", self.api))
            .form(&form)
            .send()
            .expect("answered")
            .bytes()
            .expect("body")
            .to_vec();
        println!(
            "{method}-{case}: {}",
            String::from_utf8_lossy(&body)
                .chars()
                .take(160)
                .collect::<String>()
        );
        self.seeds
            .put("api_response", format!("{method}-{case}"), body.clone());
        serde_json::from_slice(&body).unwrap_or(Value::Null)
    }

    fn control(&self, path: &str, body: Option<Value>) {
        let request = self.http.post(format!("{}{path}", self.control));
        let request = match body {
            Some(body) => request
                .header("Content-Type", "application/json")
                .body(body.to_string()),
            None => request,
        };
        let status = request.send().expect("control answered").status();
        assert!(status.is_success(), "control {path}: {status}");
    }
}

fn generated_csr(common_name: &str, sans: &[&str]) -> String {
    let subject = Subject {
        common_name: Some(common_name.to_owned()),
        ..Subject::default()
    };
    let sans: Vec<String> = sans.iter().map(|name| (*name).to_owned()).collect();
    csr::generate(&subject, KeyKind::Ec(Curve::P256), &sans)
        .expect("CSR generated")
        .csr_pem
}

fn text(value: &Value, field: &str) -> String {
    match &value[field] {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Every method's answers from the sandbox, the certificates it issues and the pushes it sends.
fn sandbox_seeds(seeds: &mut Seeds) {
    let pair = push::import(PUSH_KEY_PEM).expect("the push key");
    let receiver = PushReceiver::start();
    let sandbox = SandboxThread::spawn(SandboxConfig {
        approve_after: None,
        push_public_key_pem: Some(pair.public_key_pem.clone()),
        seed: Some(7),
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    let mut pushes = Vec::new();
    let mut recorder = Recorder {
        api: sandbox.api_base_url(),
        control: sandbox.base_url(),
        http: reqwest::blocking::Client::new(),
        seeds: &mut *seeds,
    };
    let r = &mut recorder;

    r.call("ping", "ok", &[]);
    r.call("getProfileInfo", "ok", &[]);
    r.call("getProductList", "ok", &[]);
    r.call("getProductListWithPricing", "ok", &[]);
    let unique_id = text(&r.call("createNewUniqueId", "ok", &[]), "unique_id");
    r.call("checkUniqueId", "free", &[("unique_id", &unique_id)]);
    r.call("checkUniqueId", "short", &[("unique_id", "short")]);

    let domains = "shop.example.com,www.shop.example.com,api.example.com";
    let csr_pem = generated_csr(
        "shop.example.com",
        &["www.shop.example.com", "api.example.com"],
    );
    r.call(
        "getPreDomainValidationInformation",
        "ok",
        &[
            ("domains", &format!("{domains},203.0.113.9")),
            ("csr_code", &csr_pem),
            ("unique_id", &unique_id),
        ],
    );
    let order = [
        ("pid", "47"),
        ("csr_code", csr_pem.as_str()),
        ("period", "Annually"),
        ("domains", domains),
        ("dcv_method", "dns,http,https"),
        ("unique_id", unique_id.as_str()),
        ("contact_email", "admin@example.com"),
        ("callback", receiver.url.as_str()),
        ("renew", "no"),
    ];
    let added = r.call("addSSLOrder", "multi", &order);
    let id = text(&added, "trustocean_id");
    r.call("addSSLOrder", "unique-id-taken", &order);
    r.call("getOrderStatus", "processing", &[("trustocean_id", &id)]);
    r.call(
        "getDomainValidationStatus",
        "pending",
        &[("trustocean_id", &id)],
    );
    r.call(
        "changeDCVMethod",
        "email",
        &[
            ("trustocean_id", &id),
            ("domain", "api.example.com"),
            ("method", "admin@example.com"),
        ],
    );
    r.call(
        "changeDCVMethod",
        "not-approver",
        &[
            ("trustocean_id", &id),
            ("domain", "api.example.com"),
            ("method", "x@other.example"),
        ],
    );
    r.call("reTryDcvEmailOrDCVCheck", "ok", &[("trustocean_id", &id)]);
    r.call(
        "removeSanDomain",
        "ok",
        &[("trustocean_id", &id), ("domain", "api.example.com")],
    );
    r.call("getSSLDetails", "processing", &[("trustocean_id", &id)]);

    r.control(&format!("/_sandbox/orders/{id}/approve"), None);
    pushes.push(("cert_issued", receiver.next()));
    let issued = r.call("getSSLDetails", "issued", &[("trustocean_id", &id)]);
    r.call("getOrderStatus", "issued", &[("trustocean_id", &id)]);
    r.call(
        "getDomainValidationStatus",
        "verified",
        &[("trustocean_id", &id)],
    );
    let leaf = text(&issued, "cert_code");
    let chain = text(&issued, "ca_code");
    r.seeds
        .put("certificate", "sandbox-leaf.pem", leaf.as_bytes());
    r.seeds
        .put("certificate", "sandbox-chain.pem", chain.as_bytes());
    r.seeds.put(
        "certificate",
        "sandbox-bundle.pem",
        format!("{chain}\n{leaf}"),
    );
    r.seeds
        .put("certificate", "sandbox-leaf.der", der_of(leaf.as_bytes()));

    let reissue_id = text(&r.call("createNewUniqueId", "reissue", &[]), "unique_id");
    let reissue_csr = generated_csr(
        "shop.example.com",
        &["www.shop.example.com", "cdn.example.com"],
    );
    r.call(
        "reissueSSLOrder",
        "ok",
        &[
            ("trustocean_id", &id),
            ("csr_code", &reissue_csr),
            ("dcv_method", "dns,dns,https"),
            (
                "domains",
                "shop.example.com,www.shop.example.com,cdn.example.com",
            ),
            ("contact_email", "admin@example.com"),
            ("unique_id", &reissue_id),
        ],
    );
    r.control(&format!("/_sandbox/orders/{id}/approve"), None);
    let _ = receiver.next();
    r.call(
        "revokeSSL",
        "ok",
        &[
            ("trustocean_id", &id),
            ("revocationReason", "keyCompromise"),
        ],
    );
    pushes.push(("cert_revoked", receiver.next()));
    r.call(
        "revokeSSL",
        "again",
        &[("trustocean_id", &id), ("revocationReason", "x")],
    );

    // A single-domain order, cancelled and refunded.
    let single_id = text(&r.call("createNewUniqueId", "single", &[]), "unique_id");
    let single_csr = generated_csr("single.example.com", &[]);
    let single = r.call(
        "addSSLOrder",
        "single",
        &[
            ("pid", "51"),
            ("csr_code", &single_csr),
            ("period", "Annually"),
            ("domains", "single.example.com"),
            ("dcv_method", "http"),
            ("unique_id", &single_id),
            ("contact_email", "admin@example.com"),
            ("callback", &receiver.url),
            ("renew", "yes"),
        ],
    );
    let single = text(&single, "trustocean_id");
    r.call("checkRefundStatus", "none", &[("trustocean_id", &single)]);
    r.call("cancelAndRefund", "ok", &[("trustocean_id", &single)]);
    r.call(
        "checkRefundStatus",
        "processing",
        &[("trustocean_id", &single)],
    );
    r.control(&format!("/_sandbox/orders/{single}/refund/finished"), None);
    pushes.push(("refund_processed", receiver.next()));
    pushes.push(("cert_cancelled", receiver.next()));
    r.call(
        "checkRefundStatus",
        "finished",
        &[("trustocean_id", &single)],
    );

    // Errors of every kind the sandbox gives.
    r.call("getSSLDetails", "not-found", &[("trustocean_id", "999999")]);
    r.call("getOrderStatus", "missing-id", &[]);
    r.call("noSuchMethod", "unknown", &[]);
    r.control("/_sandbox/faults", Some(json!({"malformed_rate": 1.0})));
    r.call("getSSLDetails", "malformed", &[("trustocean_id", &id)]);
    r.control(
        "/_sandbox/faults",
        Some(json!({"malformed_rate": 0.0, "error_rate": 1.0, "error_mode": "http500"})),
    );
    r.call("getProfileInfo", "http500", &[]);
    r.control(
        "/_sandbox/faults",
        Some(json!({"error_rate": 1.0, "error_mode": "envelope"})),
    );
    r.call("getProfileInfo", "injected", &[]);
    sandbox.stop();

    push_seeds(seeds, &pushes);
}

/// The pushes as the sandbox sent them, in the other body forms receivers meet, and their
/// `encrypted_data` text for the armor target.
fn push_seeds(seeds: &mut Seeds, pushes: &[(&str, Vec<u8>)]) {
    let other_key = push::generate(1024).expect("another key");
    for (event, body) in pushes {
        seeds.put("push", format!("{event}.form"), body.clone());
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(body).expect("a form");
        let sealed = fields
            .iter()
            .find(|(name, _)| name == push::ENCRYPTED_FIELD)
            .map(|(_, value)| value.clone())
            .expect("encrypted_data");
        seeds.put(
            "push",
            format!("{event}.json"),
            json!({ "encrypted_data": sealed }).to_string(),
        );
        seeds.put("push_armor", format!("{event}.txt"), sealed.clone());
    }

    let small = r#"{"type":"cert_cancelled","trustocean_id":100042}"#;
    let sealed = push::encrypt(&other_key.public_key_pem, small.as_bytes()).expect("sealed");
    let form = |sealed: &str| {
        serde_urlencoded::to_string([(push::ENCRYPTED_FIELD, sealed)]).expect("form")
    };
    seeds.put("push", "other-key.form", form(&sealed));
    let mut tampered = STANDARD
        .decode(
            sealed
                .replace(push::BEGIN_MARKER, "")
                .replace(push::END_MARKER, "")
                .trim(),
        )
        .expect("base64");
    tampered[5] ^= 1;
    seeds.put("push", "tampered.form", form(&STANDARD.encode(&tampered)));
    seeds.put(
        "push",
        "plain.form",
        "trustocean_id=100042&type=cert_issued&cert_code=x".to_owned(),
    );
    seeds.put(
        "push",
        "plain.json",
        r#"{"trustocean_id":"100042","type":"Cert-Issued"}"#.to_owned(),
    );
    seeds.put("push", "empty-encrypted.form", "encrypted_data=".to_owned());
    seeds.put(
        "push",
        "encrypted-array.json",
        r#"{"encrypted_data":["x"]}"#.to_owned(),
    );
    seeds.put(
        "push",
        "zero-id.form",
        "trustocean_id=0&type=cert_revoked".to_owned(),
    );

    // The armor's other text forms: one base64 string, wrapped at 64 columns with CRLF, and
    // blocks of a 2048-bit key.
    seeds.put("push_armor", "whole-base64.txt", STANDARD.encode(&tampered));
    let whole = STANDARD.encode(&tampered);
    let wrapped: Vec<String> = whole
        .as_bytes()
        .chunks(64)
        .map(|line| String::from_utf8_lossy(line).into_owned())
        .collect();
    seeds.put(
        "push_armor",
        "wrapped-crlf.txt",
        format!(
            "{}\r\n{}\r\n{}\r\n",
            push::BEGIN_MARKER,
            wrapped.join("\r\n"),
            push::END_MARKER
        ),
    );
    let blocks: Vec<u8> = (0..512u32).map(|i| (i * 7 % 251) as u8).collect();
    seeds.put(
        "push_armor",
        "two-2048-bit-blocks.txt",
        STANDARD.encode(&blocks),
    );
    seeds.put(
        "push_armor",
        "markers-only.txt",
        format!("{}\n{}", push::BEGIN_MARKER, push::END_MARKER),
    );
    seeds.put("push_armor", "not-base64.txt", "!!!!====".to_owned());
}
