//! Control endpoints that the other test files do not cover: CA persistence, order listing, reset.

mod common;

use common::{OrderRequest, harness, harness_with};
use trustocean_sandbox::SandboxConfig;

async fn root_pem(h: &common::Harness) -> String {
    h.client
        .get(format!("{}/_sandbox/ca/root.pem", h.sandbox.base_url()))
        .send()
        .await
        .expect("answered")
        .text()
        .await
        .expect("text")
}

#[tokio::test]
async fn ca_dir_is_reused_across_starts() {
    let dir = std::env::temp_dir().join(format!("trustocean-sandbox-ca-{}", std::process::id()));
    let config = SandboxConfig {
        ca_dir: Some(dir.clone()),
        ..SandboxConfig::default()
    };

    let first = harness_with(config.clone()).await;
    let first_root = root_pem(&first).await;
    first.sandbox.shutdown().await.expect("stops");

    let second = harness_with(config).await;
    assert_eq!(root_pem(&second).await, first_root);
    assert!(first_root.starts_with("-----BEGIN CERTIFICATE-----"));

    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn orders_listing_and_reset() {
    let h = harness().await;
    h.add_order(&OrderRequest::dv("list.example.com", "listed123"))
        .await;
    let listed = h.control_get("/_sandbox/orders").await;
    assert_eq!(listed["orders"][0]["cert_status"], "enroll_caprocessing");

    let (code, _) = h.control_post("/_sandbox/reset").await;
    assert_eq!(code, 200);
    let listed = h.control_get("/_sandbox/orders").await;
    assert_eq!(listed["orders"].as_array().expect("list").len(), 0);
    assert_eq!(h.call("getProfileInfo", &[]).await["credit"], "10000.00");
}

#[tokio::test]
async fn the_module_feed_can_be_changed_slowed_and_taken_away() {
    let h = harness().await;
    let feed_url = format!(
        "{}{}",
        h.sandbox.base_url(),
        trustocean_sandbox::module_feed::FEED_PATH
    );

    let feed: serde_json::Value = h
        .client
        .post(&feed_url)
        .send()
        .await
        .expect("feed answers")
        .json()
        .await
        .expect("feed is JSON");
    assert_eq!(feed["current_version"], "1.0.0");
    assert!(
        feed["recent_news"][0]["body"]
            .as_str()
            .is_some_and(|body| body.contains("<script>"))
    );

    let changed = h
        .client
        .put(format!("{}/_sandbox/module-feed", h.sandbox.base_url()))
        .json(&serde_json::json!({"current_version": "9.9.9", "unavailable": true, "delay_ms": 50}))
        .send()
        .await
        .expect("control answers");
    assert_eq!(changed.status(), 200);
    let started = std::time::Instant::now();
    let down = h.client.get(&feed_url).send().await.expect("answers");
    assert_eq!(down.status(), 503);
    assert!(started.elapsed() >= std::time::Duration::from_millis(50));

    h.client
        .delete(format!("{}/_sandbox/module-feed", h.sandbox.base_url()))
        .send()
        .await
        .expect("control answers");
    let back = h.client.get(&feed_url).send().await.expect("answers");
    assert_eq!(back.status(), 200);
}
