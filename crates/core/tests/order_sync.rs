//! The push-prompted sync against the sandbox: one `getSSLDetails`, applied as the API says,
//! idempotent, never backwards; the per-order wait between syncs; and what it may not touch.

mod order_support;
mod support;

use serde_json::json;
use trustocean_core::order::{Action, OrderRecord, State, notices};
use trustocean_core::{Client, Error};

use order_support::{created, multi_domain, names, now, placed, run, workflow};

/// The API methods the sandbox received for one order, oldest first.
fn calls_for(fixture: &support::Fixture, trustocean_id: u64) -> Vec<String> {
    let answer: serde_json::Value = reqwest::blocking::get(format!(
        "{}/_sandbox/calls?trustocean_id={trustocean_id}",
        fixture.sandbox.base_url()
    ))
    .and_then(reqwest::blocking::Response::text)
    .map(|text| serde_json::from_str(&text).unwrap_or_default())
    .expect("call log");
    answer["calls"]
        .as_array()
        .map(|calls| {
            calls
                .iter()
                .filter_map(|call| call["method"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn sync(client: &Client, order: OrderRecord, now: i64) -> trustocean_core::order::Outcome {
    run(
        client,
        Action::Sync,
        order,
        &multi_domain(5),
        json!({}),
        now,
    )
}

#[test]
fn a_sync_takes_the_certificate_once_and_never_goes_back() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let t = now();
    let order = placed(client, &names(3), t);
    let id = order.trustocean_id.expect("placed");

    let pending = sync(client, order, t);
    assert_eq!(pending.notice, notices::PENDING);
    assert_eq!(pending.order.state, State::Validating);
    assert_eq!(pending.order.synced_at, Some(t));
    assert_eq!(
        pending.order.checked_at, None,
        "the customer's check throttle is untouched"
    );

    fixture.approve(id);
    let issued = sync(client, pending.order, t + 20);
    assert_eq!(issued.notice, notices::ISSUED);
    let order = issued.order;
    assert_eq!(order.state, State::Issued);
    assert!(
        order
            .certificate
            .as_deref()
            .is_some_and(|pem| pem.contains("BEGIN CERTIFICATE"))
    );
    assert!(order.chain.is_some() && order.valid_to.is_some() && order.serial.is_some());
    assert!(order.dcv.values().all(|choice| choice.is_verified()));

    let again = sync(client, order.clone(), t + 40);
    assert_eq!(again.notice, notices::UNCHANGED);
    assert_eq!(
        again.order.certificate, order.certificate,
        "applying the same answer changes nothing"
    );
    assert_eq!(again.order.state, State::Issued);

    fixture.control(&format!("/_sandbox/orders/{id}/revoke"));
    let revoked = sync(client, again.order, t + 60);
    assert_eq!(revoked.notice, notices::REVOKED);
    assert_eq!(revoked.order.state, State::Revoked);
    assert_eq!(
        revoked.order.certificate, order.certificate,
        "the revoked certificate stays on record"
    );

    let calls_before = calls_for(&fixture, id).len();
    let after_final = sync(client, revoked.order, t + 80);
    assert_eq!(
        (after_final.notice, after_final.order.state),
        (notices::UNCHANGED, State::Revoked)
    );
    assert_eq!(
        calls_for(&fixture, id).len(),
        calls_before,
        "nothing to ask once revoked"
    );
}

#[test]
fn a_sync_applies_cancellation_and_a_finished_refund() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let t = now();

    let cancelled_by_ca = placed(client, &names(3), t);
    fixture.control(&format!(
        "/_sandbox/orders/{}/cancel",
        cancelled_by_ca.trustocean_id.expect("placed")
    ));
    let outcome = sync(client, cancelled_by_ca, t);
    assert_eq!(
        (outcome.notice, outcome.order.state),
        (notices::CANCELLED, State::Cancelled)
    );

    let refunded = placed(client, &names(3), t);
    let id = refunded.trustocean_id.expect("placed");
    let requested = run(
        client,
        Action::Refund,
        refunded,
        &multi_domain(5),
        json!({}),
        t,
    );
    assert_eq!(requested.order.refund_status.as_deref(), Some("processing"));
    let before_decision = sync(client, requested.order, t + 1);
    assert_eq!(
        before_decision.order.refund_status.as_deref(),
        Some("processing")
    );

    fixture.control(&format!("/_sandbox/orders/{id}/refund/finished"));
    let decided = sync(client, before_decision.order, t + 30);
    assert_eq!(decided.order.state, State::Cancelled);
    assert_eq!(decided.order.refund_status.as_deref(), Some("finished"));
    let calls_before = calls_for(&fixture, id);
    sync(client, decided.order, t + 60);
    assert_eq!(
        calls_for(&fixture, id),
        calls_before,
        "a decided refund is not asked again"
    );
}

#[test]
fn a_sync_is_one_details_call_and_waits_its_interval() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let t = now();
    let order = placed(client, &names(3), t);
    let id = order.trustocean_id.expect("placed");
    let calls_before = calls_for(&fixture, id);

    let synced = sync(client, order, t).order;

    let calls = calls_for(&fixture, id);
    assert_eq!(
        &calls[calls_before.len()..],
        ["getSSLDetails"],
        "order {id}"
    );
    let flow = workflow();
    assert_eq!(flow.sync_wait(&synced, t), flow.settings().sync_interval);
    assert_eq!(
        flow.sync_wait(&synced, t + 4),
        flow.settings().sync_interval - 4
    );
    assert_eq!(
        flow.sync_wait(&synced, t + flow.settings().sync_interval),
        0
    );
}

#[test]
fn before_submission_there_is_nothing_to_sync() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let order = created(client, &multi_domain(5), now());
    let error: Error = workflow()
        .run(
            client,
            Action::Sync,
            order,
            &multi_domain(5),
            &Default::default(),
            now(),
        )
        .expect_err("nothing placed");
    assert_eq!(error.reason_code(), Some("order.wrong_state"));
}
