//! DCV artifacts against an independently computed vector: a CSR file and `openssl` hashes.

use trustocean_core::api::DcvMethod;
use trustocean_core::dcv;
use trustocean_core::domain::normalize;

/// `tests/fixtures/domains/api.example.com.csr`, with its DER hashes from openssl.
const CSR: &str = include_str!("../../../tests/fixtures/domains/api.example.com.csr");
const MD5: &str = include_str!("../../../tests/fixtures/domains/api.example.com.csr.md5");
const SHA256: &str = include_str!("../../../tests/fixtures/domains/api.example.com.csr.sha256");

#[test]
fn every_domain_gets_its_values_in_the_given_order() {
    let (md5, sha) = (MD5.trim(), SHA256.trim());
    let domains: Vec<String> = ["*.Shop.Example.com", "a.b.example.co.uk", "198.51.100.4"]
        .iter()
        .map(|d| (*d).to_owned())
        .collect();

    let all = dcv::artifacts(CSR.as_bytes(), "ORDER12345", &domains).expect("valid input");
    let order: Vec<&str> = all.iter().map(|a| a.domain.as_str()).collect();
    assert_eq!(
        order,
        ["*.shop.example.com", "a.b.example.co.uk", "198.51.100.4"]
    );

    let wildcard = &all[0];
    let cname = wildcard.dns.as_ref().expect("a CNAME");
    assert_eq!(cname.dns_host, format!("_{md5}.shop"));
    assert_eq!(
        cname.dns_value,
        format!("{}.{}.order12345.comodoca.com", &sha[..32], &sha[32..])
    );
    assert_eq!(
        wildcard.https.https_verifylink,
        format!(
            "https://shop.example.com/.well-known/pki-validation/{}.txt",
            md5.to_uppercase()
        )
    );
    assert_eq!(
        wildcard.http.http_filecontent,
        format!("{sha}\r\ncomodoca.com\r\norder12345")
    );

    let deep = &all[1];
    assert_eq!(
        deep.dns.as_ref().expect("a CNAME").dns_host,
        format!("_{md5}.a.b")
    );
    assert_eq!(deep.topdomain, "example.co.uk");
    assert_eq!(
        deep.emails
            .iter()
            .step_by(5)
            .map(String::as_str)
            .collect::<Vec<_>>(),
        [
            "admin@example.co.uk",
            "admin@a.b.example.co.uk",
            "admin@b.example.co.uk"
        ]
    );

    let ip = &all[2];
    assert!(ip.dns.is_none() && ip.emails.is_empty() && ip.is_ip);
    let name = normalize("198.51.100.4").expect("valid");
    assert_eq!(
        dcv::check_method(&name, "https").expect("ok"),
        DcvMethod::Https
    );
    assert!(dcv::check_method(&name, "dns").is_err());
}
