//! Every binary format of a bundle read back by independent tools: `openssl pkcs12`, `pkcs7`,
//! `x509`, `verify`, and Java's `keytool` when it is installed.

mod cert_support;

use std::io::{Cursor, Read};

use cert_support::{NOW, ScratchDir, arg, fixture, fixture_path, on_path, openssl_ok, run};
use trustocean_core::bundle::{self, BundleOptions, build_zip};
use zeroize::Zeroizing;

const PFX_PASSWORD: &str = "pfx-test-pass";

fn options(key: &str, legacy: bool) -> BundleOptions {
    BundleOptions {
        key: Some(Zeroizing::new(fixture(key))),
        pfx_password: Some(Zeroizing::new(PFX_PASSWORD.to_owned())),
        pfx_legacy: legacy,
        ..BundleOptions::default()
    }
}

/// Unpacks the zip into `dir` (flattened: `Apache/x.crt` → `Apache_x.crt`).
fn unpack(zip: &[u8], dir: &ScratchDir) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("zip");
    let mut written = Vec::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).expect("entry");
        if file.is_dir() {
            continue;
        }
        let mut content = Vec::new();
        file.read_to_end(&mut content).expect("read");
        let flat = file.name().expect("entry name").replace('/', "_");
        dir.write(&flat, content);
        written.push(flat);
    }
    written
}

/// The public key of a PEM private key file, as OpenSSL prints it.
fn public_key_of(key_file: &str) -> String {
    openssl_ok(&["pkey", "-in", key_file, "-pubout"])
}

/// Checks one PKCS#12 file with OpenSSL 3 (no `-legacy`): MAC and decryption with the password,
/// the three certificates leaf first, and the key matching `key_fixture`.
fn check_pkcs12(dir: &ScratchDir, path: &str, key_fixture: &str, legacy: bool) {
    let file = path.rsplit('/').next().unwrap_or(path);
    let pass = format!("pass:{PFX_PASSWORD}");

    let info = run(
        "openssl",
        &["pkcs12", "-info", "-noout", "-in", path, "-passin", &pass],
    );
    assert!(info.success, "{file}: {}", info.stderr);
    let algorithms = info.stderr;
    if legacy {
        assert!(
            algorithms.contains("pbeWithSHA1And3-KeyTripleDES-CBC"),
            "{algorithms}"
        );
        assert!(algorithms.contains("MAC: sha1"), "{algorithms}");
    } else {
        assert!(algorithms.contains("AES-256-CBC"), "{algorithms}");
        assert!(algorithms.contains("MAC: sha256"), "{algorithms}");
    }

    let certs = openssl_ok(&["pkcs12", "-in", path, "-passin", &pass, "-nokeys"]);
    assert_eq!(certs.matches("BEGIN CERTIFICATE").count(), 3, "{certs}");

    let key = openssl_ok(&[
        "pkcs12", "-in", path, "-passin", &pass, "-nocerts", "-nodes",
    ]);
    let extracted = dir.write(&format!("{file}.key.pem"), key);
    assert_eq!(
        public_key_of(arg(&extracted)),
        public_key_of(arg(&fixture_path(key_fixture)))
    );

    let wrong = run(
        "openssl",
        &[
            "pkcs12",
            "-info",
            "-noout",
            "-in",
            path,
            "-passin",
            "pass:wrong",
        ],
    );
    assert!(!wrong.success, "a wrong password must fail the MAC check");
}

fn check_bundle(leaf: &str, chain: &str, key: &str, root: &str, legacy: bool) {
    let zip = build_zip(&fixture(leaf), &fixture(chain), &options(key, legacy), NOW).expect("zip");
    let dir = ScratchDir::new("bundle");
    let files = unpack(&zip, &dir);
    let find = |suffix: &str| -> String {
        let name = files
            .iter()
            .find(|name| name.ends_with(suffix))
            .unwrap_or_else(|| panic!("no {suffix} in {files:?}"));
        arg(&dir.path().join(name)).to_owned()
    };

    check_pkcs12(&dir, &find(".pfx"), key, legacy);
    check_pkcs12(&dir, &find(".p12"), key, legacy);

    let p7b = openssl_ok(&[
        "pkcs7",
        "-print_certs",
        "-inform",
        "DER",
        "-in",
        &find(".p7b"),
        "-noout",
    ]);
    assert_eq!(p7b.matches("subject=").count(), 3, "{p7b}");

    let der = openssl_ok(&[
        "x509",
        "-inform",
        "DER",
        "-in",
        &find(".cer"),
        "-noout",
        "-subject",
    ]);
    assert!(der.starts_with("subject="), "{der}");

    let verified = openssl_ok(&[
        "verify",
        "-attime",
        &NOW.to_string(),
        "-CAfile",
        arg(&fixture_path(root)),
        "-untrusted",
        &find(".ca-bundle"),
        &find(".crt"),
    ]);
    assert!(verified.trim_end().ends_with(": OK"), "{verified}");
}

#[test]
fn rsa_bundle_default_pkcs12_reads_back() {
    check_bundle(
        "certs/rsa-leaf.pem",
        "chains/rsa-2level.pem",
        "certs/rsa-leaf.key",
        "chains/root-a.pem",
        false,
    );
}

#[test]
fn rsa_bundle_legacy_pkcs12_reads_back_without_legacy_provider() {
    check_bundle(
        "certs/rsa-leaf.pem",
        "chains/rsa-2level.pem",
        "certs/rsa-leaf.key",
        "chains/root-a.pem",
        true,
    );
}

#[test]
fn ec_bundle_reads_back() {
    check_bundle(
        "certs/ec-leaf.pem",
        "chains/ecc-2level.pem",
        "certs/ec-leaf.key",
        "chains/root-b.pem",
        false,
    );
    check_bundle(
        "certs/ec-leaf.pem",
        "chains/ecc-2level.pem",
        "certs/ec-leaf.key",
        "chains/root-b.pem",
        true,
    );
}

#[test]
fn haproxy_pem_holds_a_key_that_matches_its_certificate() {
    let zip = build_zip(
        &fixture("certs/rsa-leaf.pem"),
        &fixture("chains/rsa-2level.pem"),
        &options("certs/rsa-leaf.key", false),
        NOW,
    )
    .expect("zip");
    let dir = ScratchDir::new("haproxy");
    unpack(&zip, &dir);
    let combined = dir.path().join("HAProxy_www_example_com.pem");

    // openssl reads the first certificate and the key from the same combined file.
    let from_cert = openssl_ok(&["x509", "-in", arg(&combined), "-noout", "-pubkey"]);
    assert_eq!(from_cert, public_key_of(arg(&combined)));
}

#[test]
fn single_pfx_and_pkcs7_helpers_read_back() {
    let leaf = fixture("certs/deep-leaf.pem");
    let chain = fixture("chains/rsa-3level.pem");
    let dir = ScratchDir::new("single");

    let pfx = bundle::pfx(&leaf, &chain, &options("certs/deep-leaf.key", false)).expect("pfx");
    let pfx_path = dir.write("deep.pfx", pfx);
    let certs = openssl_ok(&[
        "pkcs12",
        "-in",
        arg(&pfx_path),
        "-passin",
        &format!("pass:{PFX_PASSWORD}"),
        "-nokeys",
    ]);
    assert_eq!(certs.matches("BEGIN CERTIFICATE").count(), 4);

    let der = dir.write("deep.p7b", bundle::pkcs7_der(&leaf, &chain).expect("p7b"));
    let pem = dir.write(
        "deep.p7b.pem",
        bundle::pkcs7_pem(&leaf, &chain).expect("p7b"),
    );
    for (path, inform) in [(&der, "DER"), (&pem, "PEM")] {
        let printed = openssl_ok(&[
            "pkcs7",
            "-print_certs",
            "-inform",
            inform,
            "-in",
            arg(path),
            "-noout",
        ]);
        let subjects: Vec<&str> = printed
            .lines()
            .filter(|l| l.starts_with("subject="))
            .collect();
        assert_eq!(
            subjects,
            [
                "subject=CN = deep.example.com",
                "subject=C = US, O = Fixture Trust, CN = Fixture RSA Intermediate 2",
                "subject=C = US, O = Fixture Trust, CN = Fixture RSA Intermediate 1",
                "subject=C = US, O = Fixture Trust, CN = Fixture RSA Root",
            ],
            "{inform}: leaf first, root last"
        );
    }

    let no_key = bundle::pfx(&leaf, &chain, &BundleOptions::default()).expect_err("no key");
    assert_eq!(no_key.reason_code(), Some("bundle.key_required"));
}

#[test]
fn keytool_lists_the_tomcat_keystore() {
    if !on_path("keytool") {
        println!("note: keytool is not on PATH; the Java keystore cross-check is skipped");
        return;
    }
    for legacy in [false, true] {
        let mut opts = options("certs/rsa-leaf.key", legacy);
        opts.tomcat_alias = Some("shop-tomcat".into());
        let zip = build_zip(
            &fixture("certs/rsa-leaf.pem"),
            &fixture("chains/rsa-2level.pem"),
            &opts,
            NOW,
        )
        .expect("zip");
        let dir = ScratchDir::new("keytool");
        unpack(&zip, &dir);
        let keystore = dir.path().join("Tomcat_www_example_com.p12");

        let listed = run(
            "keytool",
            &[
                "-list",
                "-v",
                "-keystore",
                arg(&keystore),
                "-storetype",
                "PKCS12",
                "-storepass",
                PFX_PASSWORD,
            ],
        );
        assert!(
            listed.success,
            "keytool: {}{}",
            listed.stdout, listed.stderr
        );
        assert!(
            listed.stdout.contains("Alias name: shop-tomcat"),
            "{}",
            listed.stdout
        );
        assert!(
            listed.stdout.contains("PrivateKeyEntry"),
            "{}",
            listed.stdout
        );
        assert!(
            listed.stdout.contains("Certificate chain length: 3"),
            "{}",
            listed.stdout
        );
    }
}
