//! Contract tests against the sandbox: account, catalog, unique ids and pre-validation.

mod support;

use trustocean_core::api::{CheckUniqueId, PreDomainValidation};
use trustocean_core::{ApiMethod, Error};

#[test]
fn ping_succeeds_with_valid_credentials() {
    let fixture = support::fixture();

    fixture.client.ping().expect("ping");
}

#[test]
fn profile_credit_drops_by_the_order_price() {
    let fixture = support::fixture();
    let before: f64 = fixture
        .client
        .get_profile_info()
        .expect("profile")
        .credit
        .parse()
        .expect("decimal");

    fixture.order(46, &["shop.example.com"]);

    let after: f64 = fixture
        .client
        .get_profile_info()
        .expect("profile")
        .credit
        .parse()
        .expect("decimal");
    assert!(after < before, "credit {before} → {after}");
}

#[test]
fn catalogs_list_products_with_flags_and_prices() {
    let fixture = support::fixture();

    let plain = fixture.client.get_product_list().expect("catalog");
    let priced = fixture.client.get_product_price_list().expect("price list");
    let with_pricing = fixture
        .client
        .get_product_list_with_pricing()
        .expect("with pricing");

    let wildcard = plain.get(48).expect("pid 48");
    assert!(wildcard.wildcard && !wildcard.multidomain);
    assert!(plain.get(47).expect("pid 47").multidomain);
    assert!(plain.get(50).expect("pid 50").ipv4);
    assert!(wildcard.periods.iter().any(|period| period == "Annually"));
    assert_eq!(priced.products.len(), plain.products.len());
    assert!(
        with_pricing
            .products
            .values()
            .all(|product| product.pricing.is_some())
    );
}

#[test]
fn unique_ids_are_fresh_and_checked_once_used() {
    let fixture = support::fixture();

    let id = fixture
        .client
        .create_new_unique_id()
        .expect("unique id")
        .unique_id;
    assert!((8..=15).contains(&id.len()), "{id}");
    fixture
        .client
        .check_unique_id(&CheckUniqueId {
            unique_id: id.clone(),
        })
        .expect("a new id is free");

    let key = rcgen::KeyPair::generate().expect("key");
    let mut request = fixture.order_request(46, &["shop.example.com"], &key);
    request.unique_id = id.clone();
    fixture.client.add_ssl_order(&request).expect("order");

    let taken = fixture
        .client
        .check_unique_id(&CheckUniqueId { unique_id: id })
        .expect_err("used id");
    assert!(matches!(taken, Error::Api { .. }), "{taken}");
}

#[test]
fn short_unique_ids_are_refused_before_sending() {
    let fixture = support::fixture();

    let error = fixture
        .client
        .check_unique_id(&CheckUniqueId {
            unique_id: "abc".into(),
        })
        .expect_err("too short");

    assert!(matches!(error, Error::InvalidInput { ref field, .. } if field == "unique_id"));
}

#[test]
fn pre_validation_matches_the_csr_hash_scheme() {
    let fixture = support::fixture();
    let key = rcgen::KeyPair::generate().expect("key");
    let csr = support::csr(&["www.shop.example.com"], &key);
    let unique_id = fixture.client.create_new_unique_id().expect("id").unique_id;

    let info = fixture
        .client
        .get_pre_domain_validation_information(&PreDomainValidation {
            domains: vec!["www.shop.example.com".into()],
            csr_code: csr.clone(),
            unique_id: unique_id.clone(),
        })
        .expect("pre-dcv");

    let expected =
        trustocean_core::dcv::pre_dcv_info(csr.as_bytes(), &unique_id, "www.shop.example.com")
            .expect("local computation");
    let entry = &info.pre_dcv_info["www.shop.example.com"];
    let dns = entry.dns_cname.as_ref().expect("dns");
    assert_eq!(dns.dns_host, expected.dns_cname.dns_host);
    assert_eq!(dns.dns_value, expected.dns_cname.dns_value);
    assert!(dns.dns_value.contains(&unique_id));
    assert_eq!(entry.topdomain.as_deref(), Some("example.com"));
    assert!(
        entry
            .auth_email_addresses
            .contains(&"admin@example.com".to_owned())
    );
}

#[test]
fn pre_validation_of_a_broken_csr_is_an_api_error() {
    let fixture = support::fixture();

    let error = fixture
        .client
        .call(
            ApiMethod::GetPreDomainValidationInformation,
            &serde_json::json!({
                "domains": "shop.example.com",
                "csr_code": "-----BEGIN CERTIFICATE REQUEST-----\nnot base64\n-----END CERTIFICATE REQUEST-----",
                "unique_id": "abcdefgh12",
            }),
        )
        .expect_err("broken CSR");

    assert!(matches!(error, Error::Api { .. }), "{error}");
}
