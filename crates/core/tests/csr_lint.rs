//! Linting CSRs: weak keys and signatures, broken signatures, and the product's name rules.

mod crypto_support;

use crypto_support::csr_fixture;
use trustocean_core::{
    csr,
    domain::{ProductRules, WildcardRule},
    finding::Severity,
};

fn codes(fixture: &str, rules: &ProductRules) -> Vec<&'static str> {
    let csr = csr::inspect(&csr_fixture(fixture)).expect("readable csr");
    csr::lint(&csr, rules).into_iter().map(|f| f.code).collect()
}

fn multi_domain_with_ip() -> ProductRules {
    ProductRules {
        multi_domain: true,
        ip_allowed: true,
        wildcard: WildcardRule::Allowed,
        ..ProductRules::default()
    }
}

#[test]
fn a_good_csr_has_no_findings() {
    assert!(codes("rsa2048-sha256.pem", &multi_domain_with_ip()).is_empty());
    assert!(codes("ec-p256-sha256.pem", &ProductRules::default()).is_empty());
    assert!(codes("ec-p384-sha384.pem", &ProductRules::default()).is_empty());
}

#[test]
fn weak_keys_and_signatures_are_reported() {
    let rules = ProductRules::default();

    assert_eq!(
        codes("rsa1024-sha256.pem", &rules),
        ["csr.rsa_key_too_small"]
    );
    assert_eq!(codes("rsa2048-md5.pem", &rules), ["csr.weak_signature_md5"]);
    assert_eq!(
        codes("rsa2048-sha1.pem", &rules),
        ["csr.weak_signature_sha1"]
    );
    assert_eq!(
        codes("ec-p521-sha512.pem", &rules),
        ["csr.curve_not_supported"]
    );
    assert_eq!(
        codes("ec-secp256k1-sha256.pem", &rules),
        ["csr.curve_not_supported"]
    );
}

#[test]
fn severity_blocks_md5_but_only_warns_about_sha1() {
    let md5 = csr::inspect(&csr_fixture("rsa2048-md5.pem")).expect("csr");
    let sha1 = csr::inspect(&csr_fixture("rsa2048-sha1.pem")).expect("csr");

    let md5_findings = csr::lint(&md5, &ProductRules::default());
    let sha1_findings = csr::lint(&sha1, &ProductRules::default());

    assert_eq!(md5_findings[0].severity, Severity::Error);
    assert_eq!(sha1_findings[0].severity, Severity::Warning);
}

#[test]
fn broken_signature_is_a_finding() {
    assert_eq!(
        codes("broken-signature.pem", &multi_domain_with_ip()),
        ["csr.signature_invalid"]
    );
}

#[test]
fn missing_common_name_is_reported() {
    assert_eq!(
        codes("no-cn.pem", &ProductRules::default()),
        ["csr.missing_common_name"]
    );
}

#[test]
fn wildcard_common_name_follows_the_product() {
    let forbidden = ProductRules::default();
    let required = ProductRules {
        wildcard: WildcardRule::Required,
        ..ProductRules::default()
    };

    assert_eq!(
        codes("wildcard-cn.pem", &forbidden),
        ["domain.wildcard_not_allowed"]
    );
    assert!(codes("wildcard-cn.pem", &required).is_empty());
    assert_eq!(
        codes("ec-p256-sha256.pem", &required),
        ["domain.wildcard_required"]
    );
}

#[test]
fn ip_common_name_follows_the_product() {
    assert_eq!(
        codes("ip-cn.pem", &ProductRules::default()),
        ["domain.ip_not_allowed"]
    );
    assert!(codes("ip-cn.pem", &multi_domain_with_ip()).is_empty());
}

#[test]
fn findings_name_what_they_are_about() {
    let csr = csr::inspect(&csr_fixture("wildcard-cn.pem")).expect("csr");

    let findings = csr::lint(&csr, &ProductRules::default());

    assert_eq!(findings[0].subject.as_deref(), Some("*.example.com"));
    assert!(findings[0].message.contains("*.example.com"));
}
