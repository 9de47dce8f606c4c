//! The order lifecycle: DCV, issuance with a real certificate, reissue, revoke and refund.

mod common;

use std::net::IpAddr;
use std::time::Duration;

use common::{OrderRequest, ecdsa_csr, expect_error, harness, harness_with, order_id, rsa_csr};
use serde_json::Value;
use trustocean_sandbox::SandboxConfig;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::{FromDer, X509Certificate};

/// Parses the leaf PEM and returns (SPKI DER, DNS SANs, IP SANs, CN, days of validity).
fn leaf_facts(pem_text: &str) -> (Vec<u8>, Vec<String>, Vec<IpAddr>, String, i64) {
    let (_, pem) = x509_parser::pem::parse_x509_pem(pem_text.as_bytes()).expect("leaf PEM");
    let (_, cert) = X509Certificate::from_der(&pem.contents).expect("leaf DER");
    let mut dns = Vec::new();
    let mut ips = Vec::new();
    let san = cert
        .subject_alternative_name()
        .expect("SAN extension parses")
        .expect("SAN extension present");
    for name in &san.value.general_names {
        match name {
            GeneralName::DNSName(dns_name) => dns.push((*dns_name).to_owned()),
            GeneralName::IPAddress(bytes) => {
                let ip = match bytes.len() {
                    4 => IpAddr::from(<[u8; 4]>::try_from(*bytes).expect("4 bytes")),
                    _ => IpAddr::from(<[u8; 16]>::try_from(*bytes).expect("16 bytes")),
                };
                ips.push(ip);
            }
            other => panic!("unexpected SAN {other:?}"),
        }
    }
    let eku = cert
        .extended_key_usage()
        .expect("EKU parses")
        .expect("EKU present");
    assert!(eku.value.server_auth, "serverAuth EKU");
    let cn = cert
        .subject()
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .expect("CN")
        .to_owned();
    let validity = cert.validity();
    let days = (validity.not_after.timestamp() - validity.not_before.timestamp()) / 86_400;
    (cert.public_key().raw.to_vec(), dns, ips, cn, days)
}

fn csr_spki(der: &[u8]) -> Vec<u8> {
    let (_, csr) = X509CertificationRequest::from_der(der).expect("CSR parses");
    csr.certification_request_info.subject_pki.raw.to_vec()
}

async fn details(h: &common::Harness, id: &str) -> Value {
    let answer = h.call("getSSLDetails", &[("trustocean_id", id)]).await;
    assert_eq!(answer["status"], "success", "{answer}");
    answer
}

#[tokio::test]
async fn order_is_issued_with_the_csr_key_and_sans() {
    let h = harness().await;
    let csr = rsa_csr("www.example.com");
    let mut request = OrderRequest::dv("www.example.com", "life12345");
    request.pid = "53".to_owned();
    request.csr = csr.pem.clone();
    request.domains = "www.example.com,example.com,shop.example.com".to_owned();
    request.dcv_method = "dns,http,admin@example.com".to_owned();

    let created = h.add_order(&request).await;
    assert_eq!(created["cert_status"], "enroll_caprocessing");
    assert!(
        created["trustocean_id"].is_u64(),
        "trustocean_id is an integer"
    );
    assert_eq!(created["unique_id"], "life12345");
    assert_eq!(created["renew"], "no");
    assert_eq!(created["reissue"], "no");
    assert!(created["vendor_id"].is_string() && created["certificate_id"].is_string());
    let created_at = created["created_at"].as_str().expect("created_at");
    assert_eq!(created_at.len(), 19, "YYYY-MM-DD HH:MM:SS");
    let www = &created["dcv_info"]["www.example.com"];
    assert_eq!(www["status"], "needverification");
    assert_eq!(www["method"], "dns");
    let expected = trustocean_core::dcv::pre_dcv_info(&csr.der, "life12345", "www.example.com")
        .expect("core computes");
    assert_eq!(www["dns_value"], expected.dns_cname.dns_value);
    assert_eq!(
        created["dcv_info"]["shop.example.com"]["email"],
        "admin@example.com"
    );
    let id = order_id(&created);

    let status = h.call("getOrderStatus", &[("trustocean_id", &id)]).await;
    assert_eq!(status["cert_status"], "enroll_caprocessing");
    let dcv = h
        .call("getDomainValidationStatus", &[("trustocean_id", &id)])
        .await;
    assert_eq!(dcv["dcvinfo"]["example.com"]["status"], "needverification");
    assert!(
        dcv.get("dcv_info").is_none(),
        "this method uses the dcvinfo spelling"
    );

    let changed = h
        .call(
            "changeDCVMethod",
            &[
                ("trustocean_id", &id),
                ("domain", "example.com"),
                ("method", "https"),
            ],
        )
        .await;
    assert_eq!(changed["status"], "success", "{changed}");
    let retry = h
        .call("reTryDcvEmailOrDCVCheck", &[("trustocean_id", &id)])
        .await;
    assert_eq!(retry["status"], "success");
    let before = details(&h, &id).await;
    assert_eq!(before["dcv_info"]["example.com"]["method"], "https");
    assert_eq!(before["cert_code"], "");

    let (code, _) = h
        .control_post(&format!("/_sandbox/orders/{id}/approve"))
        .await;
    assert_eq!(code, 200);

    let issued = details(&h, &id).await;
    assert_eq!(issued["cert_status"], "issued_active");
    assert_eq!(issued["dcv_info"]["example.com"]["status"], "verified");
    assert_eq!(issued["product_name"], "Sectigo PositiveSSL Multi-Domain");
    assert_eq!(issued["class"], "dv");
    assert_eq!(issued["domain_count"], 3);
    let (spki, dns, ips, cn, days) = leaf_facts(issued["cert_code"].as_str().expect("cert_code"));
    assert_eq!(
        spki,
        csr_spki(&csr.der),
        "the leaf carries the CSR's public key"
    );
    assert_eq!(dns, ["www.example.com", "example.com", "shop.example.com"]);
    assert!(ips.is_empty());
    assert_eq!(cn, "www.example.com");
    assert_eq!(days, 365);

    let ca_code = issued["ca_code"].as_str().expect("ca_code");
    assert_eq!(
        ca_code.matches("BEGIN CERTIFICATE").count(),
        2,
        "intermediate + root"
    );
    let root = h
        .client
        .get(format!("{}/_sandbox/ca/root.pem", h.sandbox.base_url()))
        .send()
        .await
        .expect("root PEM")
        .text()
        .await
        .expect("text");
    assert!(ca_code.ends_with(&root));

    let after_issue = h
        .call(
            "changeDCVMethod",
            &[
                ("trustocean_id", &id),
                ("domain", "example.com"),
                ("method", "dns"),
            ],
        )
        .await;
    expect_error(&after_issue, 770016);
}

#[tokio::test]
async fn ip_sans_are_ip_addresses() {
    let h = harness().await;
    let mut request = OrderRequest::dv("ip.example.com", "ipsan1234");
    request.pid = "1".to_owned();
    request.period = "quarterly".to_owned();
    request.domains = "ip.example.com,192.0.2.44,2001:db8::44".to_owned();
    request.dcv_method = "dns,http,https".to_owned();
    let id = order_id(&h.add_order(&request).await);

    h.control_post(&format!("/_sandbox/orders/{id}/issue"))
        .await;
    let issued = details(&h, &id).await;
    let (_, dns, ips, _, days) = leaf_facts(issued["cert_code"].as_str().expect("cert_code"));
    assert_eq!(dns, ["ip.example.com"]);
    let expected: Vec<IpAddr> = vec![
        "192.0.2.44".parse().expect("v4"),
        "2001:db8::44".parse().expect("v6"),
    ];
    assert_eq!(ips, expected);
    assert_eq!(days, 90);
}

#[tokio::test]
async fn ov_certificates_name_the_vetted_organisation_and_dv_ones_do_not() {
    let h = harness().await;
    let ov = OrderRequest::ov("org.example.com", "ovsubject1");
    let ov_id = order_id(&h.add_order(&ov).await);
    let dv_id = order_id(
        &h.add_order(&OrderRequest::dv("dv.example.com", "dvsubject1"))
            .await,
    );

    for id in [&ov_id, &dv_id] {
        h.control_post(&format!("/_sandbox/orders/{id}/issue"))
            .await;
    }

    let subject = |pem_text: &str| -> String {
        let (_, pem) = x509_parser::pem::parse_x509_pem(pem_text.as_bytes()).expect("leaf PEM");
        let (_, cert) = X509Certificate::from_der(&pem.contents).expect("leaf DER");
        cert.subject().to_string()
    };
    let ov_subject = subject(
        details(&h, &ov_id).await["cert_code"]
            .as_str()
            .expect("cert_code"),
    );
    let dv_subject = subject(
        details(&h, &dv_id).await["cert_code"]
            .as_str()
            .expect("cert_code"),
    );
    for part in [
        "CN=org.example.com",
        "O=Example Ltd",
        "L=London",
        "ST=Greater London",
        "C=GB",
    ] {
        assert!(ov_subject.contains(part), "{part} in {ov_subject}");
    }
    assert!(
        !ov_subject.contains("OU="),
        "no OU: CAs stopped putting it in certificates"
    );
    assert_eq!(dv_subject, "CN=dv.example.com");
}

#[tokio::test]
async fn domains_approve_after_the_configured_delay() {
    let h = harness_with(SandboxConfig {
        approve_after: Some(Duration::from_millis(200)),
        ..SandboxConfig::default()
    })
    .await;
    let id = order_id(
        &h.add_order(&OrderRequest::dv("auto.example.com", "auto12345"))
            .await,
    );

    let mut status = Value::Null;
    for _ in 0..50 {
        status = h.call("getOrderStatus", &[("trustocean_id", &id)]).await;
        if status["cert_status"] == "issued_active" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status["cert_status"], "issued_active");
}

#[tokio::test]
async fn single_domain_order_takes_the_cn_when_domains_is_omitted() {
    let h = harness().await;
    let csr = ecdsa_csr("cn-only.example.com");
    let answer = h
        .call(
            "addSSLOrder",
            &[
                ("pid", "46"),
                ("csr_code", &csr.pem),
                ("period", "Annually"),
                ("dcv_method", "dns"),
                ("unique_id", "cnonly123"),
                ("contact_email", "ops@example.com"),
                ("callback", "http://127.0.0.1:9/push"),
                ("renew", "yes"),
            ],
        )
        .await;
    assert_eq!(answer["status"], "success", "{answer}");
    assert_eq!(answer["domains"][0], "cn-only.example.com");
    assert_eq!(answer["renew"], "yes");
}

#[tokio::test]
async fn remove_san_domain() {
    let h = harness().await;
    let mut request = OrderRequest::dv("a.example.com", "remove123");
    request.pid = "47".to_owned();
    request.domains = "a.example.com,b.example.com,c.example.com".to_owned();
    request.dcv_method = "dns,dns,dns".to_owned();
    let id = order_id(&h.add_order(&request).await);

    let removed = h
        .call(
            "removeSanDomain",
            &[("trustocean_id", &id), ("domain", "c.example.com")],
        )
        .await;
    assert_eq!(removed["status"], "success", "{removed}");
    let after = details(&h, &id).await;
    assert_eq!(after["domains"].as_array().expect("domains").len(), 2);
    assert!(after["dcv_info"].get("c.example.com").is_none());

    let single = order_id(
        &h.add_order(&OrderRequest::dv("solo.example.com", "remove234"))
            .await,
    );
    let refused = h
        .call(
            "removeSanDomain",
            &[("trustocean_id", &single), ("domain", "solo.example.com")],
        )
        .await;
    let message = expect_error(&refused, 770018);
    assert!(message.contains("每个证书至少保留1条域名"));
}

#[tokio::test]
async fn reissue_revoke_and_their_state_rules() {
    let h = harness().await;
    let id = order_id(
        &h.add_order(&OrderRequest::dv("re.example.com", "reiss1234"))
            .await,
    );
    let new_csr = ecdsa_csr("re.example.com");

    let early = h
        .call(
            "reissueSSLOrder",
            &[
                ("trustocean_id", &id),
                ("csr_code", &new_csr.pem),
                ("dcv_method", "http"),
                ("domains", "re.example.com"),
                ("contact_email", "ops@example.com"),
                ("unique_id", "reiss2345"),
            ],
        )
        .await;
    let message = expect_error(&early, 770020);
    assert_eq!(
        message,
        "Cannot reissue this order now, your order not in Issued_Active status"
    );
    let early_revoke = h.call("revokeSSL", &[("trustocean_id", &id)]).await;
    let message = expect_error(&early_revoke, 770008);
    assert!(message.contains("not in Issued_Active status"));

    h.control_post(&format!("/_sandbox/orders/{id}/approve"))
        .await;
    let first_cert = details(&h, &id).await["cert_code"].clone();

    let same_id = h
        .call(
            "reissueSSLOrder",
            &[
                ("trustocean_id", &id),
                ("csr_code", &new_csr.pem),
                ("dcv_method", "http"),
                ("domains", "re.example.com"),
                ("contact_email", "ops@example.com"),
                ("unique_id", "reiss1234"),
            ],
        )
        .await;
    expect_error(&same_id, 770008);

    let reissued = h
        .call(
            "reissueSSLOrder",
            &[
                ("trustocean_id", &id),
                ("csr_code", &new_csr.pem),
                ("dcv_method", "http"),
                ("domains", "re.example.com"),
                ("contact_email", "ops@example.com"),
                ("unique_id", "reiss2345"),
            ],
        )
        .await;
    assert_eq!(reissued["status"], "success", "{reissued}");
    assert_eq!(reissued["cert_status"], "enroll_caprocessing");
    assert_eq!(reissued["reissue"], "yes");
    assert_eq!(reissued["dcv_info"]["re.example.com"]["method"], "http");
    assert_eq!(
        reissued["dcv_info"]["re.example.com"]["status"],
        "needverification"
    );

    h.control_post(&format!("/_sandbox/orders/{id}/approve"))
        .await;
    let second = details(&h, &id).await;
    assert_eq!(second["cert_status"], "issued_active");
    assert_ne!(second["cert_code"], first_cert, "a new leaf");
    let (spki, ..) = leaf_facts(second["cert_code"].as_str().expect("cert_code"));
    assert_eq!(spki, csr_spki(&new_csr.der));

    let revoked = h
        .call(
            "revokeSSL",
            &[
                ("trustocean_id", &id),
                ("revocation_reason", "keyCompromise"),
            ],
        )
        .await;
    assert_eq!(revoked["status"], "success");
    let status = h.call("getOrderStatus", &[("trustocean_id", &id)]).await;
    assert_eq!(status["cert_status"], "revoked");
}

#[tokio::test]
async fn refund_finished_and_rejected() {
    let h = harness().await;
    let id = order_id(
        &h.add_order(&OrderRequest::dv("refund.example.com", "refund123"))
            .await,
    );
    let credit_after_order = h.call("getProfileInfo", &[]).await["credit"].clone();
    assert_eq!(credit_after_order, "9951.00");

    let not_yet = h.call("checkRefundStatus", &[("trustocean_id", &id)]).await;
    assert_eq!(
        expect_error(&not_yet, 770015),
        "Order not in refund status."
    );

    let requested = h.call("cancelAndRefund", &[("trustocean_id", &id)]).await;
    assert_eq!(requested["status"], "success");
    let pending = h.call("checkRefundStatus", &[("trustocean_id", &id)]).await;
    assert_eq!(pending["refund_status"], "processing");
    assert!(pending["refund_at"].is_null());
    assert!(pending["refund_requested_at"].is_string());

    let (code, _) = h
        .control_post(&format!("/_sandbox/orders/{id}/refund/finished"))
        .await;
    assert_eq!(code, 200);
    let done = h.call("checkRefundStatus", &[("trustocean_id", &id)]).await;
    assert_eq!(done["refund_status"], "finished");
    assert!(done["refund_at"].is_string());
    let status = h.call("getOrderStatus", &[("trustocean_id", &id)]).await;
    assert_eq!(status["cert_status"], "cancelled");
    assert_eq!(h.call("getProfileInfo", &[]).await["credit"], "10000.00");

    let other = order_id(
        &h.add_order(&OrderRequest::dv("keep.example.com", "refund234"))
            .await,
    );
    h.call("cancelAndRefund", &[("trustocean_id", &other)])
        .await;
    let (code, _) = h
        .control_post(&format!("/_sandbox/orders/{other}/refund/reject"))
        .await;
    assert_eq!(code, 200);
    let rejected = h
        .call("checkRefundStatus", &[("trustocean_id", &other)])
        .await;
    assert_eq!(rejected["refund_status"], "reject");
    let status = h.call("getOrderStatus", &[("trustocean_id", &other)]).await;
    assert_eq!(status["cert_status"], "enroll_caprocessing");

    let (code, _) = h.control_post("/_sandbox/orders/999999/approve").await;
    assert_eq!(code, 404);
}
