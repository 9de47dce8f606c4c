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
