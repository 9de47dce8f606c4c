//! Exactly one order per service when answers are lost: a submission whose answer never
//! arrived is settled by asking about its unique id, never by ordering again; a lost reissue
//! is taken over from TrustOcean; an unconfirmed order gets its number only when TrustOcean's
//! order carries its unique id; while an action is pending nothing else runs.

mod order_support;
mod support;

use serde_json::json;
use trustocean_core::Error;
use trustocean_core::order::{Action, OrderRecord, State, notices};

use order_support::{created, csr_for, input, multi_domain, names, now, placed, run, workflow};

const CLEAR: &str = r#"{"malformed_rate":0.0,"drop_rate":0.0,"error_rate":0.0,"methods":[]}"#;

/// Configured for `domains`, then recorded as pending `action`, as the module stores it before
/// the call.
fn configured_and_claimed(fixture: &support::Fixture, domains: &[String], t: i64) -> OrderRecord {
    let product = multi_domain(5);
    let order = created(&fixture.client, &product, t);
    let mut configured = run(
        &fixture.client,
        Action::Configure,
        order,
        &product,
        json!({"csr": csr_for(domains), "domains": domains, "contact_email": "ssl@example.com"}),
        t,
    )
    .order;
    claim(&mut configured, Action::Submit, t);
    configured
}

fn claim(order: &mut OrderRecord, action: Action, t: i64) {
    order.pending = Some(action.name().to_owned());
    order.pending_since = Some(t);
}

fn submit(
    fixture: &support::Fixture,
    order: OrderRecord,
    t: i64,
) -> Result<trustocean_core::order::Outcome, Error> {
    workflow().run(
        &fixture.client,
        Action::Submit,
        order,
        &multi_domain(5),
        &input(json!({"same_for_all": "http"})),
        t,
    )
}

fn reconcile(
    fixture: &support::Fixture,
    order: OrderRecord,
    t: i64,
) -> trustocean_core::order::Outcome {
    run(
        &fixture.client,
        Action::Reconcile,
        order,
        &multi_domain(5),
        json!({}),
        t,
    )
}

#[test]
fn a_lost_submission_answer_leaves_one_order_and_an_unconfirmed_record() {
    let fixture = support::fixture();
    let t = now();
    let claimed = configured_and_claimed(&fixture, &names(3), t);
    let unique_id = claimed.unique_id.clone().expect("unique id");

    // TrustOcean places the order, then its answer arrives cut in half.
    fixture.set_faults(r#"{"malformed_rate":1.0,"methods":["addSSLOrder"]}"#);
    let error = submit(&fixture, claimed.clone(), t).expect_err("answer lost");
    fixture.set_faults(CLEAR);
    assert!(matches!(error, Error::Decode { .. }), "{error}");
    assert_eq!(
        fixture.orders_with_unique_id(&unique_id).len(),
        1,
        "placed once"
    );

    let settled = reconcile(&fixture, claimed.clone(), t + 1);
    assert_eq!(settled.notice, notices::PLACED_UNCONFIRMED);
    assert_eq!(settled.order.state, State::Unconfirmed);
    assert_eq!(
        settled.order.unique_id.as_deref(),
        Some(unique_id.as_str()),
        "the id is kept"
    );
    assert_eq!(settled.order.pending, None);

    // A careless retry of the claimed record is not a second order either.
    let retried = submit(&fixture, claimed, t + 2).expect("answered");
    assert_eq!(retried.notice, notices::PLACED_UNCONFIRMED);
    assert_eq!(retried.order.state, State::Unconfirmed);
    let submit_again =
        submit(&fixture, settled.order.clone(), t + 3).expect_err("not in this state");
    assert_eq!(submit_again.reason_code(), Some("order.wrong_state"));
    assert_eq!(
        fixture.orders_with_unique_id(&unique_id).len(),
        1,
        "still one order"
    );
}

#[test]
fn an_unconfirmed_order_takes_only_the_number_that_carries_its_unique_id() {
    let fixture = support::fixture();
    let t = now();
    let claimed = configured_and_claimed(&fixture, &names(3), t);
    let unique_id = claimed.unique_id.clone().expect("unique id");
    fixture.set_faults(r#"{"malformed_rate":1.0,"methods":["addSSLOrder"]}"#);
    submit(&fixture, claimed.clone(), t).expect_err("answer lost");
    fixture.set_faults(CLEAR);
    let unconfirmed = reconcile(&fixture, claimed, t + 1).order;
    let ours = fixture.orders_with_unique_id(&unique_id)[0];
    let someone_elses = placed(&fixture.client, &names(3), t)
        .trustocean_id
        .expect("placed");

    let wrong = workflow()
        .run(
            &fixture.client,
            Action::Confirm,
            unconfirmed.clone(),
            &multi_domain(5),
            &input(json!({"trustocean_id": someone_elses})),
            t + 2,
        )
        .expect_err("another order");
    assert_eq!(wrong.reason_code(), Some("order.confirm_mismatch"));

    fixture.approve(ours);
    let confirmed = run(
        &fixture.client,
        Action::Confirm,
        unconfirmed,
        &multi_domain(5),
        json!({"trustocean_id": ours}),
        t + 3,
    );
    assert_eq!(confirmed.order.trustocean_id, Some(ours));
    assert_eq!(
        confirmed.order.state,
        State::Issued,
        "issued at TrustOcean, issued here"
    );
    assert!(confirmed.order.certificate.is_some());
}

#[test]
fn a_submission_that_never_arrived_is_placed_later_under_the_same_unique_id() {
    let fixture = support::fixture();
    let t = now();
    let claimed = configured_and_claimed(&fixture, &names(3), t);
    let unique_id = claimed.unique_id.clone().expect("unique id");

    fixture.set_faults(r#"{"drop_rate":1.0,"methods":["addSSLOrder"]}"#);
    let error = submit(&fixture, claimed.clone(), t).expect_err("connection dropped");
    fixture.set_faults(CLEAR);
    assert!(matches!(error, Error::Transport { .. }), "{error}");

    let settled = reconcile(&fixture, claimed, t + 1);
    assert_eq!(settled.notice, notices::NOT_PLACED);
    assert_eq!(settled.order.state, State::AwaitingSubmission);
    assert_eq!(
        settled.order.unique_id.as_deref(),
        Some(unique_id.as_str()),
        "same DCV values"
    );

    let placed = submit(&fixture, settled.order, t + 2).expect("placed");
    assert_eq!(placed.order.state, State::Validating);
    assert_eq!(fixture.orders_with_unique_id(&unique_id).len(), 1);
}

#[test]
fn a_lost_reissue_answer_is_taken_over_from_trustocean() {
    let fixture = support::fixture();
    let client = &fixture.client;
    let product = multi_domain(5);
    let domains = names(3);
    let t = now();
    let order = placed(client, &domains, t);
    fixture.approve(order.trustocean_id.expect("placed"));
    let mut issued = run(client, Action::Sync, order, &product, json!({}), t + 1).order;
    assert_eq!(issued.state, State::Issued);
    let first_unique_id = issued.unique_id.clone();

    let mut more = domains.clone();
    more.push(names(1).remove(0));
    claim(&mut issued, Action::Reissue, t + 2);
    // Only the reissue's answer is lost; its new unique id arrives.
    fixture.set_faults(r#"{"malformed_rate":1.0,"methods":["reissueSSLOrder"]}"#);
    let error = workflow()
        .run(
            client,
            Action::Reissue,
            issued.clone(),
            &product,
            &input(json!({"csr": csr_for(&more), "domains": more})),
            t + 2,
        )
        .expect_err("answer lost");
    fixture.set_faults(CLEAR);
    assert!(matches!(error, Error::Decode { .. }), "{error}");

    let settled = reconcile(&fixture, issued.clone(), t + 3);
    assert_eq!(settled.notice, notices::REISSUE_SUBMITTED);
    assert_eq!(settled.order.state, State::Validating);
    assert!(settled.order.reissuing);
    assert_ne!(settled.order.unique_id, first_unique_id);
    assert_eq!(settled.order.domains, more);
    assert_eq!(
        settled.order.certificate, issued.certificate,
        "the certificate stays"
    );
}

#[test]
fn while_an_action_is_pending_only_reconcile_and_that_action_run() {
    let fixture = support::fixture();
    let t = now();
    let claimed = configured_and_claimed(&fixture, &names(3), t);

    let reset = workflow()
        .run(
            &fixture.client,
            Action::Reset,
            claimed.clone(),
            &multi_domain(5),
            &input(json!({})),
            t,
        )
        .expect_err("pending");
    assert_eq!(reset.reason_code(), Some("order.call_pending"));

    let settled = reconcile(&fixture, claimed, t + 1);
    assert_eq!(settled.notice, notices::NOT_PLACED);
    let nothing = workflow()
        .run(
            &fixture.client,
            Action::Reconcile,
            settled.order,
            &multi_domain(5),
            &input(json!({})),
            t + 2,
        )
        .expect_err("nothing pending");
    assert_eq!(nothing.reason_code(), Some("order.nothing_pending"));
}

#[test]
fn a_lost_removal_answer_takes_the_names_trustocean_kept() {
    let fixture = support::fixture();
    let domains = names(3);
    let t = now();
    let mut order = placed(&fixture.client, &domains, t);
    let removed = domains[2].clone();
    claim(&mut order, Action::RemoveDomain, t + 1);

    fixture.set_faults(r#"{"malformed_rate":1.0,"methods":["removeSanDomain"]}"#);
    let error = workflow()
        .run(
            &fixture.client,
            Action::RemoveDomain,
            order.clone(),
            &multi_domain(5),
            &input(json!({"domain": removed})),
            t + 1,
        )
        .expect_err("answer lost");
    fixture.set_faults(CLEAR);
    assert!(matches!(error, Error::Decode { .. }), "{error}");

    let settled = reconcile(&fixture, order, t + 2);
    assert_eq!(settled.notice, notices::DOMAIN_REMOVED);
    assert_eq!(settled.order.domains, domains[..2].to_vec());
    assert!(!settled.order.dcv.contains_key(&removed));
    assert_eq!(settled.order.pending, None);
}

#[test]
fn a_refund_whose_status_cannot_be_read_stays_pending() {
    let fixture = support::fixture();
    let t = now();
    let mut order = placed(&fixture.client, &names(3), t);
    claim(&mut order, Action::Refund, t + 1);
    fixture.set_faults(r#"{"drop_rate":1.0,"methods":["checkRefundStatus"]}"#);

    let error = workflow()
        .run(
            &fixture.client,
            Action::Reconcile,
            order,
            &multi_domain(5),
            &input(json!({})),
            t + 2,
        )
        .expect_err("no answer about the refund");

    assert!(matches!(error, Error::Transport { .. }), "{error}");
}
