//! Contract tests against the sandbox: an order's life from placement to refund.

mod support;

use rcgen::PublicKeyData;
use trustocean_core::api::{
    CertStatus, ChangeDcvMethod, DcvMethod, DcvStatus, Period, ReissueSslOrder, RemoveSanDomain,
    RevokeSsl,
};
use trustocean_core::{ApiMethod, Error};
use x509_parser::extensions::GeneralName;
use x509_parser::pem::parse_x509_pem;

/// The DNS and IP names of a PEM certificate, and its public key (DER).
fn names_and_key(cert_pem: &str) -> (Vec<String>, Vec<u8>) {
    let (_, pem) = parse_x509_pem(cert_pem.as_bytes()).expect("PEM");
    let cert = pem.parse_x509().expect("X.509");
    let names = cert
        .subject_alternative_name()
        .expect("SAN extension parses")
        .map(|san| {
            san.value
                .general_names
                .iter()
                .map(|name| match name {
                    GeneralName::DNSName(dns) => (*dns).to_owned(),
                    GeneralName::IPAddress(bytes) => match bytes.len() {
                        4 => std::net::Ipv4Addr::from(<[u8; 4]>::try_from(*bytes).expect("v4"))
                            .to_string(),
                        _ => format!("{bytes:?}"),
                    },
                    other => format!("{other:?}"),
                })
                .collect()
        })
        .unwrap_or_default();
    (names, cert.public_key().raw.to_vec())
}

#[test]
fn an_order_is_placed_validated_and_issued_with_the_csr_key() {
    let fixture = support::fixture();

    let (order, key) = fixture.order(
        47,
        &[
            "shop.example.com",
            "www.shop.example.com",
            "api.example.net",
        ],
    );

    assert_eq!(order.cert_status, CertStatus::EnrollCaProcessing);
    assert_eq!(order.dcv_info.len(), 3);
    let status = fixture
        .client
        .get_order_status(order.trustocean_id)
        .expect("status");
    assert_eq!(status.cert_status, CertStatus::EnrollCaProcessing);

    fixture.approve(order.trustocean_id);

    let details = fixture
        .client
        .get_ssl_details(order.trustocean_id)
        .expect("details");
    assert_eq!(details.cert_status, CertStatus::IssuedActive);
    let (names, public_key) = names_and_key(details.cert_code.as_deref().expect("cert_code"));
    assert_eq!(
        names,
        [
            "shop.example.com",
            "www.shop.example.com",
            "api.example.net"
        ]
    );
    assert_eq!(public_key, key.subject_public_key_info());
    assert!(
        details
            .ca_code
            .as_deref()
            .unwrap_or_default()
            .contains("BEGIN CERTIFICATE")
    );
}

#[test]
fn ip_addresses_are_issued_as_ip_sans() {
    let fixture = support::fixture();
    let key = rcgen::KeyPair::generate().expect("key");
    let mut request = fixture.order_request(50, &["93.184.215.14"], &key);
    request.dcv_method = vec![DcvMethod::Http];
    let order = fixture.client.add_ssl_order(&request).expect("IP order");

    fixture.approve(order.trustocean_id);

    let details = fixture
        .client
        .get_ssl_details(order.trustocean_id)
        .expect("details");
    let (names, _) = names_and_key(details.cert_code.as_deref().expect("cert"));
    assert_eq!(names, ["93.184.215.14"]);
}

#[test]
fn validation_status_is_read_and_methods_can_change() {
    let fixture = support::fixture();
    let (order, _) = fixture.order(46, &["shop.example.com"]);

    fixture
        .client
        .change_dcv_method(&ChangeDcvMethod {
            trustocean_id: order.trustocean_id,
            domain: "shop.example.com".into(),
            method: DcvMethod::Email("admin@example.com".into()),
        })
        .expect("switch to e-mail");
    fixture
        .client
        .retry_dcv_email_or_dcv_check(order.trustocean_id)
        .expect("retry");

    let validation = fixture
        .client
        .get_domain_validation_status(order.trustocean_id)
        .expect("dcv");
    let entry = &validation.dcv_info["shop.example.com"];
    assert_eq!(entry.status, Some(DcvStatus::NeedVerification));
    assert_eq!(entry.method.as_deref(), Some("email"));
    assert_eq!(entry.email.as_deref(), Some("admin@example.com"));

    let refused = fixture
        .client
        .change_dcv_method(&ChangeDcvMethod {
            trustocean_id: order.trustocean_id,
            domain: "shop.example.com".into(),
            method: DcvMethod::Email("someone@elsewhere.example".into()),
        })
        .expect_err("not an approver address");
    assert!(matches!(refused, Error::Api { .. }), "{refused}");
}

#[test]
fn san_domains_can_be_removed_but_not_the_last() {
    let fixture = support::fixture();
    let key = rcgen::KeyPair::generate().expect("key");
    let mut request = fixture.order_request(1, &["shop.example.com", "blog.example.com"], &key);
    request.period = Period::Quarterly;
    let order = fixture
        .client
        .add_ssl_order(&request)
        .expect("Encryption365 order");
    let remove = |domain: &str| {
        fixture.client.remove_san_domain(&RemoveSanDomain {
            trustocean_id: order.trustocean_id,
            domain: domain.into(),
        })
    };

    remove("blog.example.com").expect("remove one");
    let last = remove("shop.example.com").expect_err("last domain");

    let details = fixture
        .client
        .get_ssl_details(order.trustocean_id)
        .expect("details");
    assert_eq!(details.domains, ["shop.example.com"]);
    assert!(matches!(last, Error::Api { code: 770018, .. }), "{last}");
}

#[test]
fn reissue_needs_an_issued_order_and_a_new_unique_id() {
    let fixture = support::fixture();
    let (order, _) = fixture.order(48, &["*.example.org"]);
    let new_key = rcgen::KeyPair::generate().expect("key");
    let reissue = |unique_id: String| ReissueSslOrder {
        trustocean_id: order.trustocean_id,
        csr_code: support::csr(&["*.example.org"], &new_key),
        domains: vec!["*.example.org".into()],
        dcv_method: vec![DcvMethod::Dns],
        contact_email: "ops@example.com".into(),
        unique_id,
    };

    let early = fixture
        .client
        .reissue_ssl_order(&reissue(
            fixture.client.create_new_unique_id().expect("id").unique_id,
        ))
        .expect_err("not issued yet");
    assert!(matches!(early, Error::Api { code: 770020, .. }), "{early}");

    fixture.approve(order.trustocean_id);
    let unique_id = fixture.client.create_new_unique_id().expect("id").unique_id;
    let reissued = fixture
        .client
        .reissue_ssl_order(&reissue(unique_id.clone()))
        .expect("reissue");
    assert_eq!(reissued.cert_status, CertStatus::EnrollCaProcessing);
    assert_eq!(reissued.unique_id.as_deref(), Some(unique_id.as_str()));

    fixture.approve(order.trustocean_id);
    let details = fixture
        .client
        .get_ssl_details(order.trustocean_id)
        .expect("details");
    let (names, public_key) = names_and_key(details.cert_code.as_deref().expect("cert"));
    assert_eq!(names, ["*.example.org"]);
    assert_eq!(public_key, new_key.subject_public_key_info());
}

#[test]
fn revoke_only_applies_to_issued_certificates() {
    let fixture = support::fixture();
    let (order, _) = fixture.order(46, &["shop.example.com"]);
    let revoke = || {
        fixture.client.revoke_ssl(&RevokeSsl {
            trustocean_id: order.trustocean_id,
            revocation_reason: "key compromise".into(),
        })
    };

    let early = revoke().expect_err("not issued");
    assert!(matches!(early, Error::Api { .. }), "{early}");

    fixture.approve(order.trustocean_id);
    revoke().expect("revoke");

    let status = fixture
        .client
        .get_order_status(order.trustocean_id)
        .expect("status");
    assert_eq!(status.cert_status, CertStatus::Revoked);
}

#[test]
fn refunds_are_requested_then_decided() {
    let fixture = support::fixture();
    let (order, _) = fixture.order(46, &["shop.example.com"]);

    let none = fixture
        .client
        .check_refund_status(order.trustocean_id)
        .expect_err("no refund yet");
    assert!(
        none.to_string().contains("Order not in refund status."),
        "{none}"
    );

    fixture
        .client
        .cancel_and_refund(order.trustocean_id)
        .expect("refund asked");
    let pending = fixture
        .client
        .check_refund_status(order.trustocean_id)
        .expect("pending");
    assert_eq!(pending.refund_status, "processing");
    assert!(pending.refund_requested_at.is_some());

    fixture.control(&format!(
        "/_sandbox/orders/{}/refund/finished",
        order.trustocean_id
    ));
    let decided = fixture
        .client
        .check_refund_status(order.trustocean_id)
        .expect("decided");
    assert_eq!(decided.refund_status, "finished");
    let status = fixture
        .client
        .get_order_status(order.trustocean_id)
        .expect("status");
    assert_eq!(status.cert_status, CertStatus::Cancelled);
}

#[test]
fn product_rules_are_enforced_by_the_server() {
    let fixture = support::fixture();
    let key = rcgen::KeyPair::generate().expect("key");
    let request = fixture.order_request(46, &["*.example.com"], &key);

    let error = fixture
        .client
        .add_ssl_order(&request)
        .expect_err("wildcard on a non-wildcard product");

    assert!(matches!(error, Error::Api { .. }), "{error}");
}

#[test]
fn dynamic_calls_return_documented_names() {
    let fixture = support::fixture();
    let (order, _) = fixture.order(46, &["shop.example.com"]);

    let answer = fixture
        .client
        .call(
            ApiMethod::GetDomainValidationStatus,
            &serde_json::json!({"trustocean_id": order.trustocean_id.to_string()}),
        )
        .expect("dcv status");

    assert!(answer.get("status").is_none());
    assert!(answer.get("dcvinfo").is_none());
    assert_eq!(
        answer["dcv_info"]["shop.example.com"]["status"],
        "needverification"
    );
}
