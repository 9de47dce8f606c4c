//! The order workflow against the sandbox: configure, submit, refresh until issued, reissue,
//! domain removal, method changes, the retry throttle, renewal and unique id renewal.

mod order_support;
mod support;

use serde_json::json;
use trustocean_core::order::{Action, KeySource, OrderRecord, State, notices};
use trustocean_core::{Client, ClientConfig, Credentials, Endpoint, Error};

use order_support::{
    created, csr_for, multi_domain, names, now, placed, run, single_domain, workflow,
};

fn codes(error: &Error) -> Vec<&'static str> {
    error
        .findings()
        .iter()
        .map(|finding| finding.code)
        .collect()
}

/// Approves the order in the sandbox and refreshes until issued.
fn issue(
    fixture: &support::Fixture,
    order: OrderRecord,
    product_quota: u64,
    now: i64,
) -> OrderRecord {
    let id = order.trustocean_id.expect("placed");
    fixture.approve(id);
    let refreshed = run(
        &fixture.client,
        Action::Refresh,
        order,
        &multi_domain(product_quota),
        json!({"force": true}),
        now,
    );
    assert_eq!(refreshed.notice, notices::ISSUED);
    refreshed.order
}

#[test]
fn a_multi_domain_order_is_configured_submitted_and_issued() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = multi_domain(5);
    let domains = names(3);
    let t = now();

    let order = created(client, &product, t);
    assert_eq!(order.state, State::AwaitingConfiguration);
    assert_eq!(order.domain_quota, 5);

    let configured = run(
        client,
        Action::Configure,
        order,
        &product,
        json!({"csr": csr_for(&domains), "domains": domains.join("\n"), "contact_email": "ssl@example.com"}),
        t,
    );
    assert_eq!(configured.notice, notices::CONFIGURED);
    let order = configured.order;
    assert_eq!(order.state, State::AwaitingSubmission);
    assert_eq!(order.domains, domains);
    assert_eq!(order.key_source, Some(KeySource::Customer));
    assert!(order.unique_id.is_some());
    assert!(order.dcv.values().all(|choice| choice.method == "dns"));

    let submitted = run(
        client,
        Action::Submit,
        order,
        &product,
        json!({"methods": {domains[1].as_str(): "https"}}),
        t,
    );
    let order = submitted.order;
    assert_eq!(order.state, State::Validating);
    assert_eq!(order.dcv[&domains[1]].method, "https");
    let id = order.trustocean_id.expect("trustocean_id");
    assert_eq!(order.remote_status.as_deref(), Some("enroll_caprocessing"));

    let pending = run(client, Action::Refresh, order, &product, json!({}), t);
    assert_eq!(pending.notice, notices::PENDING);
    let too_soon = workflow()
        .run(
            client,
            Action::Refresh,
            pending.order.clone(),
            &product,
            &order_support::input(json!({})),
            t + 10,
        )
        .expect_err("throttled");
    assert_eq!(too_soon.reason_code(), Some("order.throttled"));
    assert_eq!(too_soon.findings()[0].subject.as_deref(), Some("50"));

    fixture.approve(id);
    let issued = run(
        client,
        Action::Refresh,
        pending.order,
        &product,
        json!({}),
        t + 61,
    );
    assert_eq!(issued.notice, notices::ISSUED);
    let order = issued.order;
    assert_eq!(order.state, State::Issued);
    assert!(
        order
            .certificate
            .as_deref()
            .is_some_and(|pem| pem.contains("BEGIN CERTIFICATE"))
    );
    assert!(order.chain.is_some() && order.serial.is_some());
    assert!(order.valid_to.is_some_and(|end| end > t));
    assert!(order.dcv.values().all(|choice| choice.is_verified()));

    // The same answer again changes nothing.
    let again = run(
        client,
        Action::Refresh,
        order.clone(),
        &product,
        json!({"force": true}),
        t + 200,
    );
    assert_eq!(again.notice, notices::UNCHANGED);
    assert_eq!(again.order.certificate, order.certificate);

    let view = trustocean_core::order::view(&order, &product, workflow().settings(), t + 200);
    assert_eq!(view.state, State::Issued);
    assert!(view.actions.contains(&Action::Reissue));
    assert!(view.certificate.is_some());
}

#[test]
fn a_single_domain_order_can_use_a_server_key_or_the_csr_common_name() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = single_domain();
    let t = now();
    let name = names(1).remove(0);

    let generated = run(
        client,
        Action::Configure,
        created(client, &product, t),
        &product,
        json!({"csr_source": "generate", "domains": [name], "key_type": "ecdsa-p256",
            "contact_email": "ssl@example.com"}),
        t,
    );
    let key = generated.private_key.as_ref().expect("a generated key");
    assert!(key.contains("PRIVATE KEY"));
    assert_eq!(generated.order.key_source, Some(KeySource::Server));
    let submitted = run(
        client,
        Action::Submit,
        generated.order,
        &product,
        json!({}),
        t,
    );
    let issued = issue(&fixture, submitted.order, 1, t);
    assert_eq!(issued.domains, [name]);

    let other = names(1).remove(0);
    let uploaded = run(
        client,
        Action::Configure,
        created(client, &product, t),
        &product,
        json!({"csr": csr_for(std::slice::from_ref(&other)), "contact_email": "ssl@example.com"}),
        t,
    );
    assert_eq!(uploaded.order.domains, [other]);
    assert!(uploaded.private_key.is_none());
}

#[test]
fn a_reissue_keeps_the_certificate_until_the_new_one_is_issued() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = multi_domain(5);
    let domains = names(3);
    let t = now();
    let issued = issue(&fixture, placed(client, &domains, t), 5, t);
    let first_certificate = issued.certificate.clone();
    let first_unique_id = issued.unique_id.clone();

    let mut more = domains.clone();
    more.push(names(1).remove(0));
    let reissued = run(
        client,
        Action::Reissue,
        issued,
        &product,
        json!({"csr": csr_for(&more), "domains": more}),
        t,
    );
    assert_eq!(reissued.notice, notices::REISSUE_SUBMITTED);
    let order = reissued.order;
    assert_eq!(order.state, State::Validating);
    assert!(order.reissuing);
    assert_eq!(order.certificate, first_certificate);
    assert_ne!(order.unique_id, first_unique_id);
    assert_eq!(order.domains.len(), 4);
    assert!(order.dcv.values().all(|choice| !choice.is_verified()));

    let again = issue(&fixture, order, 5, t + 100);
    assert!(!again.reissuing);
    assert_ne!(again.certificate, first_certificate);
    assert_eq!(again.domains, more);

    let too_many = workflow()
        .run(
            client,
            Action::Reissue,
            again,
            &multi_domain(5),
            &order_support::input(json!({"domains": names(6)})),
            t,
        )
        .expect_err("over quota");
    assert!(codes(&too_many).contains(&"domain.too_many"), "{too_many}");
}

#[test]
fn domains_are_removed_and_methods_changed_while_validating() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = multi_domain(5);
    let domains = names(4);
    let t = now();
    let order = placed(client, &domains, t);
    let id = order.trustocean_id.expect("placed");

    let changed = run(
        client,
        Action::ChangeDcvMethod,
        order,
        &product,
        json!({"domain": domains[1].to_uppercase(), "method": "Admin@Example.com"}),
        t,
    );
    assert_eq!(
        changed.order.dcv[&domains[1]].api_value(),
        "admin@example.com"
    );
    let remote = client.get_domain_validation_status(id).expect("dcv status");
    // The API reports an e-mail choice as method "email" with the address beside it.
    let entry = &remote.dcv_info[&domains[1]];
    assert_eq!(entry.method.as_deref(), Some("email"));
    assert_eq!(entry.email.as_deref(), Some("admin@example.com"));

    let refused = workflow()
        .run(
            client,
            Action::ChangeDcvMethod,
            changed.order.clone(),
            &product,
            &order_support::input(json!({"domain": domains[2], "method": "admin@example.org"})),
            t,
        )
        .expect_err("not an approver");
    assert_eq!(codes(&refused), ["dcv.email_not_approver"]);

    let removed = run(
        client,
        Action::RemoveDomain,
        changed.order,
        &product,
        json!({"domain": domains[3]}),
        t,
    );
    assert_eq!(removed.order.domains, domains[..3]);
    assert!(!removed.order.dcv.contains_key(&domains[3]));
    assert_eq!(
        client.get_ssl_details(id).expect("details").domains,
        domains[..3]
    );

    for (domain, code) in [
        (domains[0].as_str(), "order.primary_domain"),
        ("other.example.org", "order.domain_unknown"),
    ] {
        let error = workflow()
            .run(
                client,
                Action::RemoveDomain,
                removed.order.clone(),
                &product,
                &order_support::input(json!({"domain": domain})),
                t,
            )
            .expect_err("refused");
        assert_eq!(codes(&error), [code]);
    }
}

#[test]
fn the_dcv_retry_is_throttled() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = multi_domain(5);
    let t = now();
    let order = placed(client, &names(3), t);

    let retried = run(client, Action::RetryDcv, order, &product, json!({}), t);
    assert_eq!(retried.notice, notices::DCV_RETRIED);
    assert_eq!(retried.order.dcv_retried_at, Some(t));

    let error = workflow()
        .run(
            client,
            Action::RetryDcv,
            retried.order.clone(),
            &product,
            &order_support::input(json!({})),
            t + 10,
        )
        .expect_err("throttled");
    assert_eq!(error.reason_code(), Some("order.throttled"));
    assert_eq!(error.findings()[0].subject.as_deref(), Some("290"));
    let view =
        trustocean_core::order::view(&retried.order, &product, workflow().settings(), t + 10);
    assert_eq!(view.retry_wait, 290);

    run(
        client,
        Action::RetryDcv,
        retried.order,
        &product,
        json!({}),
        t + 301,
    );
}

#[test]
fn a_renewal_reuses_the_previous_data_and_sends_renew() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = multi_domain(5);
    let domains = names(3);
    let t = now();
    let issued = issue(&fixture, placed(client, &domains, t), 5, t);
    let old_id = issued.trustocean_id;

    let renewed = run(client, Action::Renew, issued, &product, json!({}), t);
    assert_eq!(renewed.notice, notices::RENEWAL_STARTED);
    let order = renewed.order;
    assert_eq!(order.state, State::AwaitingConfiguration);
    assert!(order.renew);
    assert!(order.unique_id.is_none() && order.trustocean_id.is_none());
    let previous = order.previous.clone().expect("previous");
    assert_eq!(previous.trustocean_id, old_id);
    assert_eq!(previous.domains, domains);

    let configured = run(client, Action::ReusePrevious, order, &product, json!({}), t);
    assert_eq!(configured.order.domains, domains);
    let submitted = run(
        client,
        Action::Submit,
        configured.order,
        &product,
        json!({}),
        t,
    );
    let id = submitted.order.trustocean_id.expect("placed");
    assert_ne!(Some(id), old_id);
    assert_eq!(
        client.get_ssl_details(id).expect("details").renew,
        Some(true)
    );
}

#[test]
fn a_spent_unique_id_is_never_replaced_the_order_waits_for_its_number() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = multi_domain(5);
    let domains = names(3);
    let t = now();
    let configured = run(
        client,
        Action::Configure,
        created(client, &product, t),
        &product,
        json!({"csr": csr_for(&domains), "domains": domains, "contact_email": "ssl@example.com"}),
        t,
    );
    let unique_id = configured.order.unique_id.clone().expect("unique id");

    // The id is spent already: an earlier submission whose answer was lost.
    let key = rcgen::KeyPair::generate().expect("key");
    let mut request = fixture.order_request(
        47,
        &[
            "a.spent.example.com",
            "b.spent.example.com",
            "c.spent.example.com",
        ],
        &key,
    );
    request.unique_id = unique_id.clone();
    client.add_ssl_order(&request).expect("placed elsewhere");

    let answered = run(
        client,
        Action::Submit,
        configured.order,
        &product,
        json!({}),
        t,
    );
    // A new id would place a second, paid order: the order waits for its number instead.
    assert_eq!(answered.notice, notices::PLACED_UNCONFIRMED);
    assert_eq!(answered.order.state, State::Unconfirmed);
    assert_eq!(
        answered.order.unique_id.as_deref(),
        Some(unique_id.as_str())
    );
    assert_eq!(fixture.orders_with_unique_id(&unique_id).len(), 1);
}

#[test]
fn the_journal_records_each_call_without_credentials() {
    let fixture = support::fixture();
    let credentials = Credentials::new(
        trustocean_sandbox::DEFAULT_USERNAME,
        trustocean_sandbox::DEFAULT_TOKEN,
    )
    .expect("credentials");
    let endpoint = Endpoint::parse(&fixture.sandbox.base_url()).expect("endpoint");
    let client = Client::new(ClientConfig::new(credentials, endpoint).journal(10)).expect("client");
    let clone = client.clone();
    let t = now();

    placed(&clone, &names(3), t);
    let bad = client.get_order_status(999_999).expect_err("unknown order");
    let journal = client.take_journal();

    let methods: Vec<_> = journal.iter().map(|entry| entry.method).collect();
    assert_eq!(
        methods,
        ["createNewUniqueId", "addSSLOrder", "getOrderStatus"]
    );
    assert!(journal[1].request.contains_key("csr_code"));
    assert!(
        journal[1]
            .response
            .as_ref()
            .is_some_and(|r| r["status"] == "success")
    );
    assert_eq!(journal[2].error.as_deref(), Some(bad.to_string().as_str()));
    let text = serde_json::to_string(&journal).expect("json");
    assert!(!text.contains(trustocean_sandbox::DEFAULT_TOKEN));
    assert!(!text.contains("\"password\"") && !text.contains("\"username\""));
    assert!(client.take_journal().is_empty());
}
