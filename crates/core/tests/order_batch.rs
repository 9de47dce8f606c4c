//! Syncing many orders at once against the sandbox: results in the order given, each order's
//! failure its own, refusals without calls, convergence once faults stop, and the pace between
//! call starts kept.

mod order_support;
mod support;

use std::time::{Duration, Instant};

use trustocean_core::order::{BatchOptions, OrderRecord, State, notices};

use order_support::{created, multi_domain, names, now, placed, workflow};

/// POSTs a JSON body to a control endpoint.
fn control_json(fixture: &support::Fixture, path: &str, body: &str) {
    let response = reqwest::blocking::Client::new()
        .post(format!("{}{path}", fixture.sandbox.base_url()))
        .header("Content-Type", "application/json")
        .body(body.to_owned())
        .send()
        .expect("control answers");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
}

fn placed_orders(fixture: &support::Fixture, count: usize, t: i64) -> Vec<OrderRecord> {
    (0..count)
        .map(|_| placed(&fixture.client, &names(3), t))
        .collect()
}

#[test]
fn every_order_gets_its_own_result_in_the_order_given() {
    let fixture = support::fixture();
    let t = now();
    let orders = placed_orders(&fixture, 12, t);
    for order in orders.iter().step_by(2) {
        fixture.approve(order.trustocean_id.expect("placed"));
    }
    let options = BatchOptions {
        concurrency: 4,
        ..BatchOptions::default()
    };

    let results = workflow().sync_many(&fixture.client, orders.clone(), &options, t + 30);

    assert_eq!(results.len(), orders.len());
    for (index, (result, order)) in results.into_iter().zip(&orders).enumerate() {
        let outcome = result.expect("synced");
        assert_eq!(
            outcome.order.trustocean_id, order.trustocean_id,
            "result {index} is its order's"
        );
        assert_eq!(outcome.order.synced_at, Some(t + 30));
        if index % 2 == 0 {
            assert_eq!(
                (outcome.notice, outcome.order.state),
                (notices::ISSUED, State::Issued)
            );
            assert!(outcome.order.certificate.is_some());
        } else {
            assert_eq!(
                (outcome.notice, outcome.order.state),
                (notices::PENDING, State::Validating)
            );
        }
    }
}

#[test]
fn failures_stay_with_their_order_and_the_next_run_converges() {
    let fixture = support::fixture();
    let t = now();
    let orders = placed_orders(&fixture, 16, t);
    for order in &orders {
        fixture.approve(order.trustocean_id.expect("placed"));
    }
    control_json(
        &fixture,
        "/_sandbox/faults",
        r#"{"error_rate": 0.5, "seed": 11}"#,
    );

    let first = workflow().sync_many(&fixture.client, orders.clone(), &BatchOptions::default(), t);

    let failed = first.iter().filter(|result| result.is_err()).count();
    assert!(
        failed > 0 && failed < orders.len(),
        "{failed} of {} failed",
        orders.len()
    );
    for result in first.iter().flatten() {
        assert_eq!(result.order.state, State::Issued);
    }

    control_json(&fixture, "/_sandbox/faults", r#"{"error_rate": 0.0}"#);
    let again: Vec<OrderRecord> = first
        .into_iter()
        .zip(orders)
        .map(|(result, order)| result.map(|outcome| outcome.order).unwrap_or(order))
        .collect();
    let second = workflow().sync_many(&fixture.client, again, &BatchOptions::default(), t + 60);
    assert!(second.iter().all(|result| {
        result
            .as_ref()
            .is_ok_and(|o| o.order.state == State::Issued)
    }));
}

#[test]
fn orders_that_cannot_sync_are_refused_without_a_call() {
    let fixture = support::fixture();
    let t = now();
    let unplaced = created(&fixture.client, &multi_domain(5), t);
    let mut cancelled = placed(&fixture.client, &names(3), t);
    cancelled.state = State::Cancelled;

    let results = workflow().sync_many(
        &fixture.client,
        vec![unplaced, cancelled],
        &BatchOptions::default(),
        t,
    );

    assert_eq!(
        results[0]
            .as_ref()
            .err()
            .and_then(|error| error.reason_code()),
        Some("order.wrong_state")
    );
    assert_eq!(
        results[1].as_ref().map(|outcome| outcome.notice).ok(),
        Some(notices::UNCHANGED)
    );
}

#[test]
fn call_starts_keep_the_pace_asked_for() {
    let fixture = support::fixture();
    let t = now();
    let orders = placed_orders(&fixture, 5, t);
    let options = BatchOptions {
        concurrency: 5,
        min_interval: Duration::from_millis(40),
    };

    let started = Instant::now();
    let results = workflow().sync_many(&fixture.client, orders, &options, t);

    assert!(results.iter().all(Result::is_ok));
    assert!(
        started.elapsed() >= Duration::from_millis(4 * 40),
        "five starts, four intervals apart"
    );
}
