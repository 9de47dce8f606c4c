//! The zip bundle: which files, their names and content, the README, and refusals.

mod cert_support;

use std::io::{Cursor, Read};

use cert_support::{FIXTURE_KEY_PASSWORD, NOW, code, fixture, fixture_text};
use trustocean_core::bundle::{BundleOptions, Format, build_zip};
use zeroize::Zeroizing;

const PFX_PASSWORD: &str = "pfx-test-pass";

/// Every entry of the zip: (name, bytes).
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("valid zip");
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).expect("entry");
            let mut content = Vec::new();
            file.read_to_end(&mut content).expect("read entry");
            (file.name().expect("entry name").into_owned(), content)
        })
        .collect()
}

fn names(entries: &[(String, Vec<u8>)]) -> Vec<&str> {
    entries.iter().map(|(name, _)| name.as_str()).collect()
}

fn entry<'a>(entries: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &entries
        .iter()
        .find(|(candidate, _)| candidate == name)
        .unwrap_or_else(|| panic!("{name} missing from {:?}", names(entries)))
        .1
}

fn with_key(key: &str) -> BundleOptions {
    BundleOptions {
        key: Some(Zeroizing::new(fixture(key))),
        pfx_password: Some(Zeroizing::new(PFX_PASSWORD.to_owned())),
        ..BundleOptions::default()
    }
}

fn leaf_and_chain() -> (Vec<u8>, Vec<u8>) {
    (
        fixture("certs/rsa-leaf.pem"),
        fixture("chains/rsa-2level.pem"),
    )
}

#[test]
fn full_bundle_has_every_format_in_its_folder() {
    let (leaf, chain) = leaf_and_chain();
    let zip = build_zip(&leaf, &chain, &with_key("certs/rsa-leaf.key"), NOW).expect("zip");
    let entries = unzip(&zip);

    assert_eq!(
        names(&entries),
        [
            "Apache/",
            "Apache/www_example_com.crt",
            "Apache/www_example_com.ca-bundle",
            "Apache/www_example_com.key",
            "Nginx/",
            "Nginx/www_example_com.pem",
            "Nginx/www_example_com.key",
            "IIS/",
            "IIS/www_example_com.pfx",
            "Tomcat/",
            "Tomcat/www_example_com.p12",
            "HAProxy/",
            "HAProxy/www_example_com.pem",
            "Other/",
            "Other/www_example_com.p7b",
            "Other/www_example_com.cer",
            "README.txt",
        ]
    );

    let leaf_pem = fixture_text("certs/rsa-leaf.pem");
    let int_pem = fixture_text("chains/int-a1.pem");
    let root_pem = fixture_text("chains/root-a.pem");
    assert_eq!(
        entry(&entries, "Apache/www_example_com.crt"),
        leaf_pem.as_bytes()
    );
    assert_eq!(
        entry(&entries, "Apache/www_example_com.ca-bundle"),
        format!("{int_pem}{root_pem}").as_bytes()
    );
    assert_eq!(
        entry(&entries, "Nginx/www_example_com.pem"),
        format!("{leaf_pem}{int_pem}{root_pem}").as_bytes()
    );
    let key =
        String::from_utf8(entry(&entries, "Nginx/www_example_com.key").to_vec()).expect("key text");
    assert!(key.starts_with("-----BEGIN PRIVATE KEY-----\n"));
    let haproxy = String::from_utf8(entry(&entries, "HAProxy/www_example_com.pem").to_vec())
        .expect("pem text");
    assert_eq!(haproxy, format!("{key}{leaf_pem}{int_pem}{root_pem}"));
    assert_eq!(
        entry(&entries, "Other/www_example_com.cer"),
        fixture("certs/rsa-leaf.der")
    );
}

#[test]
fn chain_is_ordered_before_writing() {
    let leaf = fixture("certs/deep-leaf.pem");
    let mut shuffled = fixture("chains/root-a.pem");
    shuffled.extend(fixture("chains/int-a1.pem"));
    shuffled.extend(fixture("chains/int-a2.pem"));
    let options = BundleOptions {
        formats: vec![Format::Apache],
        ..BundleOptions::default()
    };
    let entries = unzip(&build_zip(&leaf, &shuffled, &options, NOW).expect("zip"));

    let expected: String = ["int-a2", "int-a1", "root-a"]
        .iter()
        .map(|name| fixture_text(&format!("chains/{name}.pem")))
        .collect();
    assert_eq!(
        entry(&entries, "Apache/deep_example_com.ca-bundle"),
        expected.as_bytes()
    );
}

#[test]
fn without_a_key_the_key_formats_are_left_out_with_a_note() {
    let (leaf, chain) = leaf_and_chain();
    let zip = build_zip(&leaf, &chain, &BundleOptions::default(), NOW).expect("zip");
    let entries = unzip(&zip);

    assert_eq!(
        names(&entries),
        [
            "Apache/",
            "Apache/www_example_com.crt",
            "Apache/www_example_com.ca-bundle",
            "Nginx/",
            "Nginx/www_example_com.pem",
            "Other/",
            "Other/www_example_com.p7b",
            "Other/www_example_com.cer",
            "README.txt",
        ]
    );
    let readme = String::from_utf8(entry(&entries, "README.txt").to_vec()).expect("text");
    assert!(readme.contains("No private key was given"), "{readme}");
    assert!(readme.contains("IIS, Tomcat, HAProxy"), "{readme}");
    assert!(!readme.contains("PRIVATE KEY"));
}

#[test]
fn readme_describes_every_file() {
    let (leaf, chain) = leaf_and_chain();
    let mut options = with_key("certs/rsa-leaf.key");
    options.tomcat_alias = Some("shop".into());
    let entries = unzip(&build_zip(&leaf, &chain, &options, NOW).expect("zip"));
    let readme = String::from_utf8(entry(&entries, "README.txt").to_vec()).expect("text");

    assert!(readme.starts_with("Certificate files for www.example.com\n"));
    for (name, _) in &entries {
        if !name.ends_with('/') && name != "README.txt" {
            assert!(readme.contains(name.as_str()), "{name} not described");
        }
    }
    assert!(readme.contains("alias \"shop\""));
    assert!(readme.contains("SSLCertificateFile"));
    assert!(
        !readme.contains(PFX_PASSWORD),
        "the password is never written down"
    );
}

#[test]
fn wildcard_and_ip_names_are_readable_and_safe() {
    let options = BundleOptions {
        formats: vec![Format::Der],
        ..BundleOptions::default()
    };
    let chain = fixture("chains/rsa-2level.pem");
    let wildcard =
        unzip(&build_zip(&fixture("certs/wildcard.pem"), &chain, &options, NOW).expect("zip"));
    let ip = unzip(&build_zip(&fixture("certs/ip-sans.pem"), &chain, &options, NOW).expect("zip"));

    assert!(names(&wildcard).contains(&"Other/wildcard_example_net.cer"));
    assert!(names(&ip).contains(&"Other/192_0_2_10.cer"));
    for (name, _) in wildcard.iter().chain(ip.iter()) {
        assert!(!name.contains('*') && !name.contains('\\') && !name.contains(".."));
    }
}

#[test]
fn selected_formats_only() {
    let (leaf, chain) = leaf_and_chain();
    let mut options = with_key("certs/rsa-leaf.key");
    options.formats = vec![Format::Haproxy, Format::Nginx];
    let entries = unzip(&build_zip(&leaf, &chain, &options, NOW).expect("zip"));

    assert_eq!(
        names(&entries),
        [
            "Nginx/",
            "Nginx/www_example_com.pem",
            "Nginx/www_example_com.key",
            "HAProxy/",
            "HAProxy/www_example_com.pem",
            "README.txt"
        ]
    );
}

#[test]
fn encrypted_key_is_decrypted_for_the_key_files() {
    let (leaf, chain) = leaf_and_chain();
    let mut options = with_key("certs/rsa-leaf.encrypted.key");
    options.key_password = Some(Zeroizing::new(FIXTURE_KEY_PASSWORD.to_owned()));
    options.formats = vec![Format::Apache];
    let entries = unzip(&build_zip(&leaf, &chain, &options, NOW).expect("zip"));
    let key = entry(&entries, "Apache/www_example_com.key");

    assert!(key.starts_with(b"-----BEGIN PRIVATE KEY-----"));
    let reparsed = trustocean_core::key::parse(key, None).expect("plain PKCS#8");
    let original =
        trustocean_core::key::parse(&fixture("certs/rsa-leaf.key"), None).expect("original");
    assert_eq!(
        reparsed.public_key_spki_der(),
        original.public_key_spki_der()
    );
}

#[test]
fn entries_carry_the_given_time() {
    let (leaf, chain) = leaf_and_chain();
    let zip = build_zip(&leaf, &chain, &BundleOptions::default(), NOW).expect("zip");
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("zip");
    let file = archive.by_name("README.txt").expect("readme");
    let time = file.last_modified().expect("time stored");

    assert_eq!(
        (time.year(), time.month(), time.day(), time.hour()),
        (2026, 6, 1, 0)
    );
}

#[test]
fn refusals_have_reason_codes() {
    let (leaf, chain) = leaf_and_chain();

    let wrong_key = with_key("certs/wildcard.key");
    assert_eq!(
        code(build_zip(&leaf, &chain, &wrong_key, NOW)),
        "bundle.key_mismatch"
    );

    let mut no_password = with_key("certs/rsa-leaf.key");
    no_password.pfx_password = None;
    assert_eq!(
        code(build_zip(&leaf, &chain, &no_password, NOW)),
        "bundle.pfx_password_required"
    );
    no_password.pfx_password = Some(Zeroizing::new(String::new()));
    assert_eq!(
        code(build_zip(&leaf, &chain, &no_password, NOW)),
        "bundle.pfx_password_required"
    );
    // Without IIS and Tomcat no PKCS#12 is made, so no password is needed.
    no_password.formats = vec![Format::Apache, Format::Haproxy];
    assert!(build_zip(&leaf, &chain, &no_password, NOW).is_ok());

    let mut bad_alias = with_key("certs/rsa-leaf.key");
    bad_alias.tomcat_alias = Some(String::new());
    assert_eq!(
        code(build_zip(&leaf, &chain, &bad_alias, NOW)),
        "input.invalid"
    );

    let gap = fixture("chains/missing-link.pem");
    assert_eq!(
        code(build_zip(
            &fixture("certs/deep-leaf.pem"),
            &gap,
            &BundleOptions::default(),
            NOW
        )),
        "chain.incomplete"
    );
    assert_eq!(
        code(build_zip(b"", &chain, &BundleOptions::default(), NOW)),
        "certificate.empty"
    );
    assert_eq!(
        code(build_zip(
            &fixture("certs/truncated.pem"),
            &chain,
            &BundleOptions::default(),
            NOW
        )),
        "certificate.truncated"
    );
    assert_eq!(
        code(build_zip(
            &fixture("certs/rsa-leaf.key"),
            &chain,
            &BundleOptions::default(),
            NOW
        )),
        "certificate.wrong_pem_type"
    );
    let huge = vec![b'A'; 10 * 1024 * 1024];
    assert_eq!(
        code(build_zip(&leaf, &huge, &BundleOptions::default(), NOW)),
        "certificate.too_large"
    );

    let garbage_key = BundleOptions {
        key: Some(Zeroizing::new(b"not a key".to_vec())),
        ..BundleOptions::default()
    };
    let refused = build_zip(&leaf, &chain, &garbage_key, NOW).expect_err("garbage key");
    assert!(
        refused.reason_code().is_some_and(|c| c.starts_with("key.")),
        "{refused:?}"
    );
}

#[test]
fn errors_never_echo_the_key_or_passwords() {
    let (leaf, chain) = leaf_and_chain();
    let key_text = fixture_text("certs/wildcard.key");
    let body_line = key_text.lines().nth(2).expect("key body").to_owned();
    let mut options = with_key("certs/wildcard.key");
    options.key_password = Some(Zeroizing::new("secret-key-pass".into()));
    let err = build_zip(&leaf, &chain, &options, NOW).expect_err("mismatch");

    let text = format!("{err} {err:?} {options:?}");
    assert!(!text.contains(&body_line));
    assert!(!text.contains("secret-key-pass"));
    assert!(!text.contains(PFX_PASSWORD));
}

#[test]
fn unrelated_chain_certificates_are_dropped_and_noted() {
    let leaf = fixture("certs/rsa-leaf.pem");
    let options = BundleOptions {
        formats: vec![Format::Apache],
        ..BundleOptions::default()
    };
    let entries = unzip(
        &build_zip(&leaf, &fixture("chains/with-unrelated.pem"), &options, NOW).expect("zip"),
    );
    let bundle = String::from_utf8(entry(&entries, "Apache/www_example_com.ca-bundle").to_vec())
        .expect("text");
    let readme = String::from_utf8(entry(&entries, "README.txt").to_vec()).expect("text");

    assert_eq!(bundle.matches("BEGIN CERTIFICATE").count(), 2);
    assert!(readme.contains("1 certificate(s) given with the chain did not belong"));
}
