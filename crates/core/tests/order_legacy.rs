//! Rows of the original module's `tbltrustocean_certificate` converted into records: every
//! status onto a state, names, validation choices, organisation and certificate kept, the clear
//! private key handed back to be stored encrypted.

mod cert_support;

use cert_support::{NOW, fixture_text};
use serde_json::{Value, json};
use trustocean_core::order::legacy::{LegacyRow, convert};
use trustocean_core::order::{KeySource, State};

fn row(value: Value) -> LegacyRow {
    serde_json::from_value(value).expect("row")
}

#[test]
fn an_issued_row_keeps_its_certificate_choices_and_key() {
    let converted = convert(
        &row(json!({
            "id": "7", "uid": "3", "serviceid": "42", "status": "issued_active", "class": "dv",
            "csr_code": fixture_text("certs/rsa-leaf.csr"),
            "cert_code": fixture_text("certs/rsa-leaf.pem"),
            "ca_code": fixture_text("chains/rsa-2level.pem"),
            "key_code": fixture_text("certs/rsa-leaf.key"),
            "domains": "[\"Shop.Example.com\",\"www.example.com\",\"203.0.113.9\"]",
            "contact_email": "ssl@example.com",
            "dcv_info": "{\"shop.example.com\":{\"status\":\"verified\",\"method\":\"admin@example.com\",\"email\":\"\",\"isip\":\"false\"},\"www.example.com\":{\"status\":\"verified\",\"method\":\"https\"},\"203.0.113.9\":{\"status\":\"needverification\",\"method\":\"dns\"}}",
            "org_info": "{\"organization_name\":\"Example Ltd\",\"country\":\"GB\",\"whatever\":\"x\"}",
            "vendor_id": "9100001", "unique_id": "AbCdEf123456", "renew": "1",
            "certificate_id": "5100001", "trustocean_id": "100001",
            "is_requested_refund": 0, "refund_status": null,
        })),
        3,
        NOW,
    )
    .expect("converts");

    let order = converted.order;
    assert_eq!((order.service_id, order.state), (42, State::Issued));
    assert_eq!(order.trustocean_id, Some(100_001));
    assert_eq!(
        order.domains,
        ["shop.example.com", "www.example.com", "203.0.113.9"]
    );
    assert_eq!(order.dcv["shop.example.com"].method, "email");
    assert_eq!(
        order.dcv["shop.example.com"].email.as_deref(),
        Some("admin@example.com")
    );
    assert!(order.dcv["shop.example.com"].is_verified());
    assert_eq!(order.dcv["www.example.com"].method, "https");
    assert_eq!(
        order.dcv["203.0.113.9"].method, "http",
        "IPs never validate by DNS"
    );
    assert_eq!(order.unique_id.as_deref(), Some("abcdef123456"));
    assert!(order.renew);
    assert_eq!(order.key_source, Some(KeySource::Server));
    assert!(order.valid_to.is_some() && order.serial.is_some());
    assert!(
        order
            .chain
            .as_deref()
            .is_some_and(|chain| chain.contains("BEGIN CERTIFICATE"))
    );
    let organization = order.organization.expect("organisation");
    assert_eq!(
        organization.get("organization_name").map(String::as_str),
        Some("Example Ltd")
    );
    assert!(!organization.contains_key("whatever"));
    assert!(
        converted
            .private_key
            .is_some_and(|key| key.contains("PRIVATE KEY"))
    );
    assert!(converted.warnings.is_empty());
}

#[test]
fn every_status_lands_on_a_state() {
    let cases = [
        ("configuration", None, State::AwaitingConfiguration),
        ("enroll_csr", None, State::AwaitingConfiguration),
        ("enroll_dcv", None, State::AwaitingSubmission),
        ("enroll_caprocessing", Some(100_002), State::Validating),
        ("enroll_organization_pre", Some(100_003), State::Validating),
        ("check_hand", Some(100_004), State::Validating),
        ("issued_active", Some(100_005), State::Validating),
        ("cancelled", Some(100_006), State::Cancelled),
        ("revoked", Some(100_007), State::Revoked),
        ("expired", Some(100_008), State::Expired),
        ("something_new", Some(100_009), State::Validating),
    ];
    for (status, trustocean_id, expected) in cases {
        let converted = convert(
            &row(json!({
                "serviceid": 9, "status": status, "trustocean_id": trustocean_id,
                "csr_code": fixture_text("certs/rsa-leaf.csr"), "domains": "[\"shop.example.com\"]",
                "unique_id": "abc123def456",
            })),
            1,
            NOW,
        )
        .expect("converts");
        assert_eq!(converted.order.state, expected, "{status}");
        assert_eq!(converted.order.key_source, Some(KeySource::Customer));
        assert!(converted.private_key.is_none());
    }
}

#[test]
fn broken_columns_are_left_out_with_a_warning_and_a_row_without_service_is_refused() {
    let converted = convert(
        &row(json!({
            "serviceid": "12", "status": "issued_active", "trustocean_id": 5,
            "cert_code": "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----",
            "domains": "not json", "dcv_info": "[", "org_info": 17, "is_requested_refund": "1",
        })),
        1,
        NOW,
    )
    .expect("converts");
    assert_eq!(
        converted.order.state,
        State::Validating,
        "no certificate, so not issued"
    );
    assert!(converted.order.certificate.is_none() && converted.order.domains.is_empty());
    assert_eq!(converted.order.refund_status.as_deref(), Some("processing"));
    assert_eq!(
        converted.warnings[0].code,
        "order.legacy_certificate_unreadable"
    );

    let refused =
        convert(&row(json!({"status": "issued_active"})), 1, NOW).expect_err("no service");
    assert_eq!(refused.reason_code(), Some("order.input_missing"));
}
