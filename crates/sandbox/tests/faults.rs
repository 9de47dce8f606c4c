//! Fault knobs: latency, injected errors, malformed JSON, dropped connections, slow bodies, seeds.

mod common;

use std::time::{Duration, Instant};

use common::{expect_error, harness, harness_with};
use serde_json::json;
use trustocean_sandbox::{FaultConfig, SandboxConfig};

async fn raw_ping(h: &common::Harness) -> reqwest::Result<reqwest::Response> {
    h.client
        .post(format!("{}/ping", h.sandbox.api_base_url()))
        .form(&[
            ("username", "demo@sandbox.test"),
            ("password", "sandbox-token"),
        ])
        .send()
        .await
}

#[tokio::test]
async fn latency_is_added() {
    let h = harness_with(SandboxConfig {
        faults: FaultConfig {
            latency_ms: 300,
            ..FaultConfig::default()
        },
        ..SandboxConfig::default()
    })
    .await;
    let started = Instant::now();
    assert_eq!(h.call("ping", &[]).await["status"], "success");
    assert!(started.elapsed() >= Duration::from_millis(300));

    h.set_faults(json!({ "latency_ms": 0 })).await;
    let started = Instant::now();
    h.call("ping", &[]).await;
    assert!(started.elapsed() < Duration::from_millis(300));
}

#[tokio::test]
async fn injected_errors_as_envelope_and_http_500() {
    let h = harness().await;
    h.set_faults(json!({ "error_rate": 1.0 })).await;
    expect_error(&h.call("ping", &[]).await, 770008);

    h.set_faults(json!({ "error_mode": "http500" })).await;
    let response = raw_ping(&h).await.expect("answered");
    assert_eq!(response.status(), 500);

    // Control endpoints are never faulted.
    let health = h.control_get("/_sandbox/health").await;
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn malformed_json() {
    let h = harness().await;
    h.set_faults(json!({ "malformed_rate": 1.0 })).await;
    let response = raw_ping(&h).await.expect("answered");
    assert_eq!(response.status(), 200);
    let body = response.text().await.expect("body");
    assert!(
        serde_json::from_str::<serde_json::Value>(&body).is_err(),
        "{body}"
    );
}

#[tokio::test]
async fn dropped_connection() {
    let h = harness().await;
    h.set_faults(json!({ "drop_rate": 1.0 })).await;
    let error = raw_ping(&h).await.expect_err("no response");
    assert!(!error.is_status());

    h.set_faults(json!({ "drop_rate": 0.0 })).await;
    assert_eq!(h.call("ping", &[]).await["status"], "success");
}

#[tokio::test]
async fn slow_body_is_streamed_in_chunks() {
    let h = harness().await;
    h.set_faults(
        json!({ "slow_body_rate": 1.0, "slow_body_delay_ms": 20, "slow_body_chunk_bytes": 4 }),
    )
    .await;
    let started = Instant::now();
    let response = raw_ping(&h).await.expect("answered");
    let body = response.text().await.expect("body");
    assert_eq!(body, r#"{"status":"success"}"#);
    // 20 bytes in 4-byte chunks: 5 delays of 20 ms.
    assert!(started.elapsed() >= Duration::from_millis(100));
}

#[tokio::test]
async fn seeded_draws_are_reproducible() {
    async fn outcomes(seed: u64) -> Vec<bool> {
        let h = harness().await;
        h.set_faults(json!({ "error_rate": 0.5, "seed": seed }))
            .await;
        let mut seen = Vec::new();
        for _ in 0..20 {
            seen.push(h.call("ping", &[]).await["status"] == "error");
        }
        seen
    }
    let first = outcomes(7).await;
    assert_eq!(first, outcomes(7).await);
    assert!(first.contains(&true) && first.contains(&false), "{first:?}");
}

#[tokio::test]
async fn invalid_rates_are_refused() {
    let h = harness().await;
    let response = h
        .client
        .post(format!("{}/_sandbox/faults", h.sandbox.base_url()))
        .json(&json!({ "error_rate": 2.0 }))
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 400);
    let current = h.control_get("/_sandbox/faults").await;
    assert_eq!(current["error_rate"], 0.0);
}
