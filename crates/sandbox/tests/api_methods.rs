//! The API's account methods, credentials and request validation.

mod common;

use common::{OrderRequest, ecdsa_csr, expect_error, harness};

#[tokio::test]
async fn credentials_are_checked() {
    let h = harness().await;

    let missing = h
        .call_raw("ping", &[("username", "demo@sandbox.test")])
        .await;
    expect_error(&missing, 778803);

    let wrong = h
        .call_raw(
            "ping",
            &[("username", "demo@sandbox.test"), ("password", "nope")],
        )
        .await;
    expect_error(&wrong, 778804);

    let ok = h.call("ping", &[]).await;
    assert_eq!(ok["status"], "success");
}

#[tokio::test]
async fn unknown_method_is_an_error_envelope() {
    let h = harness().await;
    let answer = h.call("noSuchMethod", &[]).await;
    expect_error(&answer, 778800);
}

#[tokio::test]
async fn profile_and_products() {
    let h = harness().await;

    let profile = h.call("getProfileInfo", &[]).await;
    assert_eq!(profile["credit"], "10000.00");

    let list = h.call("getProductList", &[]).await;
    let products = list["products"].as_object().expect("products map");
    assert_eq!(products.len(), 22);
    assert_eq!(products["1"]["name"], "TrustOcean Encryption365 SSL");
    assert_eq!(products["47"]["multidomain"], "on");
    assert_eq!(products["46"]["wildcard"], "off");
    assert!(products["46"].get("pricing").is_none());

    for method in ["getProductPriceList", "getProductListWithPricing"] {
        let priced = h.call(method, &[]).await;
        assert_eq!(priced["products"]["51"]["pricing"]["annually"], "49.00");
        assert_eq!(priced["products"]["1"]["pricing"]["annually"], "-1.00");
    }
}

#[tokio::test]
async fn unique_ids() {
    let h = harness().await;

    let created = h.call("createNewUniqueId", &[]).await;
    let unique_id = created["unique_id"].as_str().expect("unique_id").to_owned();
    assert!((8..=15).contains(&unique_id.len()));
    assert!(
        unique_id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    );

    let free = h
        .call("checkUniqueId", &[("unique_id", "freshid123")])
        .await;
    assert_eq!(free["status"], "success");
    expect_error(
        &h.call("checkUniqueId", &[("unique_id", "short")]).await,
        770008,
    );
    expect_error(
        &h.call("checkUniqueId", &[("unique_id", "a234567890123456")])
            .await,
        770008,
    );
    expect_error(&h.call("checkUniqueId", &[]).await, 778801);

    h.add_order(&OrderRequest::dv("taken.example.com", "takenid123"))
        .await;
    expect_error(
        &h.call("checkUniqueId", &[("unique_id", "takenid123")])
            .await,
        770008,
    );
}

#[tokio::test]
async fn pre_dcv_info_matches_core() {
    let h = harness().await;
    let csr = ecdsa_csr("www.example.com");
    let answer = h
        .call(
            "getPreDomainValidationInformation",
            &[
                ("domains", "www.example.com,192.0.2.10"),
                ("csr_code", &csr.pem),
                ("unique_id", "preid1234"),
            ],
        )
        .await;
    assert_eq!(answer["status"], "success", "{answer}");

    let expected = trustocean_core::dcv::pre_dcv_info(&csr.der, "preid1234", "www.example.com")
        .expect("core computes");
    let www = &answer["pre_dcv_info"]["www.example.com"];
    assert_eq!(www["dns_cname"]["dns_host"], expected.dns_cname.dns_host);
    assert_eq!(www["dns_cname"]["dns_value"], expected.dns_cname.dns_value);
    assert_eq!(
        www["http"]["http_filecontent"],
        expected.http.http_filecontent
    );
    assert_eq!(www["subdomain"], "www");
    assert_eq!(www["topdomain"], "example.com");
    assert_eq!(answer["pre_dcv_info"]["192.0.2.10"]["isip"], true);

    let bad = h
        .call(
            "getPreDomainValidationInformation",
            &[
                ("domains", "x.example.com"),
                ("csr_code", &csr.pem),
                ("unique_id", "a234567890123456"),
            ],
        )
        .await;
    expect_error(&bad, 770008);
}

#[tokio::test]
async fn order_validation_errors() {
    let h = harness().await;

    let mut missing = OrderRequest::dv("a.example.com", "valid1234");
    missing.callback = String::new();
    expect_error(&h.call("addSSLOrder", &missing.form()).await, 778801);

    let mut unknown_pid = OrderRequest::dv("a.example.com", "valid1234");
    unknown_pid.pid = "999".to_owned();
    expect_error(&h.call("addSSLOrder", &unknown_pid.form()).await, 770005);

    let mut short_id = OrderRequest::dv("a.example.com", "short");
    expect_error(&h.call("addSSLOrder", &short_id.form()).await, 770008);
    short_id.unique_id = "a".repeat(21);
    expect_error(&h.call("addSSLOrder", &short_id.form()).await, 770008);
    // 20 characters are fine for addSSLOrder.
    short_id.unique_id = "a".repeat(20);
    assert_eq!(
        h.call("addSSLOrder", &short_id.form()).await["status"],
        "success"
    );

    let mut lowercase_period = OrderRequest::dv("b.example.com", "valid2345");
    lowercase_period.period = "biennially".to_owned();
    assert_eq!(
        h.call("addSSLOrder", &lowercase_period.form()).await["status"],
        "success"
    );

    let mut bad_period = OrderRequest::dv("c.example.com", "valid3456");
    bad_period.pid = "46".to_owned();
    bad_period.period = "Monthly".to_owned();
    expect_error(&h.call("addSSLOrder", &bad_period.form()).await, 770008);

    let mut bad_csr = OrderRequest::dv("d.example.com", "valid4567");
    bad_csr.csr =
        "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----".to_owned();
    expect_error(&h.call("addSSLOrder", &bad_csr.form()).await, 770008);

    let mut ip_cn = OrderRequest::dv("192.0.2.1", "valid5678");
    ip_cn.csr = ecdsa_csr("192.0.2.1").pem;
    expect_error(&h.call("addSSLOrder", &ip_cn.form()).await, 770024);

    let mut mismatch = OrderRequest::dv("e.example.com", "valid6789");
    mismatch.pid = "47".to_owned();
    mismatch.domains = "e.example.com,f.example.com,g.example.com".to_owned();
    mismatch.dcv_method = "dns,dns".to_owned();
    expect_error(&h.call("addSSLOrder", &mismatch.form()).await, 770010);

    let mut duplicate = OrderRequest::dv("e.example.com", "valid7890");
    duplicate.pid = "47".to_owned();
    duplicate.domains = "e.example.com,e.example.com,g.example.com".to_owned();
    duplicate.dcv_method = "dns,dns,dns".to_owned();
    expect_error(&h.call("addSSLOrder", &duplicate.form()).await, 770007);

    let mut too_few = OrderRequest::dv("e.example.com", "valid8901");
    too_few.pid = "47".to_owned();
    too_few.domains = "e.example.com,f.example.com".to_owned();
    too_few.dcv_method = "dns,dns".to_owned();
    expect_error(&h.call("addSSLOrder", &too_few.form()).await, 770003);

    let mut too_many = OrderRequest::dv("e.example.com", "valid9012");
    too_many.pid = "47".to_owned();
    let names: Vec<String> = (0..251).map(|i| format!("n{i}.example.com")).collect();
    too_many.domains = names.join(",");
    too_many.dcv_method = vec!["dns"; 251].join(",");
    expect_error(&h.call("addSSLOrder", &too_many.form()).await, 770002);

    let mut two_on_single = OrderRequest::dv("e.example.com", "valid0123");
    two_on_single.domains = "e.example.com,f.example.com".to_owned();
    two_on_single.dcv_method = "dns,dns".to_owned();
    expect_error(&h.call("addSSLOrder", &two_on_single.form()).await, 770009);

    let mut wildcard_not_allowed = OrderRequest::dv("*.example.com", "valid1235");
    wildcard_not_allowed.csr = ecdsa_csr("*.example.com").pem;
    expect_error(
        &h.call("addSSLOrder", &wildcard_not_allowed.form()).await,
        770007,
    );

    let mut ip_not_allowed = OrderRequest::dv("192.0.2.1", "valid2346");
    ip_not_allowed.csr = ecdsa_csr("ip.example.com").pem;
    ip_not_allowed.dcv_method = "http".to_owned();
    expect_error(&h.call("addSSLOrder", &ip_not_allowed.form()).await, 770007);

    let mut ip_by_dns = OrderRequest::dv("192.0.2.1", "valid3457");
    ip_by_dns.pid = "50".to_owned();
    ip_by_dns.csr = ecdsa_csr("ip.example.com").pem;
    expect_error(&h.call("addSSLOrder", &ip_by_dns.form()).await, 770014);

    let mut foreign_email = OrderRequest::dv("h.example.com", "valid4568");
    foreign_email.dcv_method = "admin@other.com".to_owned();
    expect_error(&h.call("addSSLOrder", &foreign_email.form()).await, 770014);
    foreign_email.dcv_method = "hostmaster@example.com".to_owned();
    let by_mail = h.call("addSSLOrder", &foreign_email.form()).await;
    assert_eq!(by_mail["dcv_info"]["h.example.com"]["method"], "email");
    assert_eq!(
        by_mail["dcv_info"]["h.example.com"]["email"],
        "hostmaster@example.com"
    );

    let mut ov_without_org = OrderRequest::dv("i.example.com", "valid5679");
    ov_without_org.pid = "59".to_owned();
    expect_error(&h.call("addSSLOrder", &ov_without_org.form()).await, 770023);

    expect_error(
        &h.call("getOrderStatus", &[("trustocean_id", "424242")])
            .await,
        778807,
    );
    expect_error(&h.call("getOrderStatus", &[]).await, 778801);
}

#[tokio::test]
async fn ov_order_with_org_info_and_credit() {
    let h = harness().await;
    let ov = OrderRequest::ov("shop.example.com", "ovorder123");
    let answer = h.add_order(&ov).await;
    assert_eq!(answer["org_info"]["organization_name"], "Example Ltd");

    let profile = h.call("getProfileInfo", &[]).await;
    assert_eq!(profile["credit"], "9801.00", "199.00 was charged");
}

#[tokio::test]
async fn insufficient_credit() {
    let h = common::harness_with(trustocean_sandbox::SandboxConfig {
        approve_after: None,
        credit_cents: 1000,
        ..Default::default()
    })
    .await;
    let answer = h
        .call(
            "addSSLOrder",
            &OrderRequest::dv("a.example.com", "poorid123").form(),
        )
        .await;
    expect_error(&answer, 770039);
}

#[test]
fn sandbox_thread_serves_synchronous_callers() {
    let sandbox = trustocean_sandbox::SandboxThread::spawn(Default::default())
        .expect("sandbox thread starts");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let answer: serde_json::Value = runtime.block_on(async {
        reqwest::Client::new()
            .post(format!("{}/ping", sandbox.api_base_url()))
            .form(&[
                ("username", "demo@sandbox.test"),
                ("password", "sandbox-token"),
            ])
            .send()
            .await
            .expect("answered")
            .json()
            .await
            .expect("JSON")
    });
    assert_eq!(answer["status"], "success");
    sandbox.stop();
}
