//! Admin actions before submission against the sandbox: marking an order as a renewal (sent as
//! `renew=yes`), and importing an order that exists at TrustOcean into a new service.

mod order_support;
mod support;

use serde_json::json;
use trustocean_core::order::{Action, KeySource, State, notices};

use order_support::{created, csr_for, multi_domain, names, now, placed, product, run, workflow};

#[test]
fn a_marked_order_is_placed_as_a_renewal_and_can_be_unmarked() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let t = now();
    let product = multi_domain(5);
    let order = created(client, &product, t);

    let marked = run(client, Action::MarkRenewal, order, &product, json!({}), t);
    assert_eq!(
        (marked.notice, marked.order.renew),
        (notices::MARKED_RENEWAL, true)
    );
    let unmarked = run(
        client,
        Action::MarkRenewal,
        marked.order.clone(),
        &product,
        json!({"renew": "0"}),
        t,
    );
    assert_eq!(
        (unmarked.notice, unmarked.order.renew),
        (notices::UNMARKED_RENEWAL, false)
    );

    let domains = names(3);
    let configured = run(
        client,
        Action::Configure,
        marked.order,
        &product,
        json!({"csr": csr_for(&domains), "domains": domains, "contact_email": "ssl@example.com"}),
        t,
    );
    let submitted = run(
        client,
        Action::Submit,
        configured.order,
        &product,
        json!({"same_for_all": "http"}),
        t,
    );
    let id = submitted.order.trustocean_id.expect("placed");
    assert_eq!(
        client.get_ssl_details(id).expect("details").renew,
        Some(true),
        "sent as renew=yes"
    );

    let too_late = workflow()
        .run(
            client,
            Action::MarkRenewal,
            submitted.order,
            &product,
            &Default::default(),
            t,
        )
        .expect_err("placed already");
    assert_eq!(too_late.reason_code(), Some("order.wrong_state"));
}

#[test]
fn an_issued_order_is_imported_with_its_certificate_and_validation() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let t = now();
    let domains = names(3);
    let original = placed(client, &domains, t);
    let id = original.trustocean_id.expect("placed");
    fixture.approve(id);

    let fresh = created(client, &multi_domain(5), t);
    let imported = run(
        client,
        Action::Import,
        fresh,
        &multi_domain(5),
        json!({"trustocean_id": id.to_string()}),
        t,
    );

    assert_eq!(imported.notice, notices::IMPORTED);
    let order = imported.order;
    assert_eq!(order.state, State::Issued);
    assert_eq!(order.trustocean_id, Some(id));
    assert_eq!(order.domains, domains);
    assert_eq!(order.unique_id, original.unique_id);
    assert_eq!(order.csr, original.csr);
    assert_eq!(order.contact_email.as_deref(), Some("ssl@example.com"));
    assert_eq!(
        order.key_source,
        Some(KeySource::Customer),
        "the key stays with the customer"
    );
    assert!(
        order
            .certificate
            .as_deref()
            .is_some_and(|pem| pem.contains("BEGIN CERTIFICATE"))
    );
    assert!(order.valid_to.is_some() && order.serial.is_some());
    assert!(order.dcv.values().all(|choice| choice.is_verified()));
    assert!(imported.warnings.is_empty());
}

#[test]
fn a_pending_order_imports_as_validating_and_a_small_quota_grows() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let t = now();
    let domains = names(4);
    let original = placed(client, &domains, t);
    let id = original.trustocean_id.expect("placed");
    let small = multi_domain(3);

    let imported = run(
        client,
        Action::Import,
        created(client, &small, t),
        &small,
        json!({"trustocean_id": id}),
        t,
    );

    assert_eq!(imported.order.state, State::Validating);
    assert_eq!(imported.order.domain_quota, 4);
    assert_eq!(
        imported.warnings.first().map(|w| w.code),
        Some("order.import_quota_raised")
    );
    assert!(
        imported
            .order
            .dcv
            .values()
            .all(|choice| choice.method == "http"),
        "{:?}",
        imported.order.dcv
    );
    assert!(imported.order.certificate.is_none());
}

#[test]
fn an_import_of_another_class_or_without_a_number_is_refused() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let t = now();
    let dv = placed(client, &names(3), t);
    let ov = product(
        json!({"pid": 47, "class": "ov", "multi_domain": true, "quota": 5, "min_domains": 3, "period": "annually"}),
    );

    let mismatch = workflow()
        .run(
            client,
            Action::Import,
            created(client, &ov, t),
            &ov,
            &order_support::input(json!({"trustocean_id": dv.trustocean_id})),
            t,
        )
        .expect_err("a DV order into an OV product");
    assert_eq!(mismatch.reason_code(), Some("order.import_class_mismatch"));

    let missing = workflow()
        .run(
            client,
            Action::Import,
            created(client, &ov, t),
            &ov,
            &Default::default(),
            t,
        )
        .expect_err("no number");
    assert_eq!(missing.reason_code(), Some("order.input_missing"));

    let unknown = workflow()
        .run(
            client,
            Action::Import,
            created(client, &ov, t),
            &ov,
            &order_support::input(json!({"trustocean_id": 987_654_321})),
            t,
        )
        .expect_err("unknown order");
    assert!(unknown.to_string().contains("778807"), "{unknown}");
}
