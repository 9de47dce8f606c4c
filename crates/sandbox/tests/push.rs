//! Pushes: encrypted with the push public key, received by a local receiver, decrypted with core.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use axum::extract::{Form, State};
use axum::routing::post;
use axum::{Json, Router};
use common::{OrderRequest, harness, order_id};
use rsa::pkcs8::{EncodePrivateKey as _, EncodePublicKey as _, LineEnding};
use serde_json::{Value, json};
use tokio::sync::mpsc;

/// Starts a receiver that forwards every `encrypted_data` field; returns its URL.
async fn receiver() -> (String, mpsc::UnboundedReceiver<String>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let app = Router::new()
        .route(
            "/push",
            post(
                |State(tx): State<mpsc::UnboundedSender<String>>,
                 Form(form): Form<HashMap<String, String>>| async move {
                    let _ = tx.send(form.get("encrypted_data").cloned().unwrap_or_default());
                    Json(json!({ "status": "success" }))
                },
            ),
        )
        .with_state(tx);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("receiver binds");
    let addr = listener.local_addr().expect("receiver address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/push"), rx)
}

async fn next_event(rx: &mut mpsc::UnboundedReceiver<String>, private_pem: &str) -> Value {
    let encrypted = tokio::time::timeout(Duration::from_secs(10), rx.recv())
        .await
        .expect("a push arrives in time")
        .expect("receiver open");
    assert!(encrypted.starts_with("-----BEGIN TRUSTOCEAN ENCRYPTED DATA-----"));
    let plaintext = trustocean_core::push::decrypt(private_pem, &encrypted).expect("push decrypts");
    let plaintext = plaintext.to_vec();
    serde_json::from_slice(&plaintext).expect("push is JSON")
}

#[tokio::test(flavor = "multi_thread")]
async fn pushes_are_encrypted_and_delivered() {
    let private = rsa::PrivateKey::new(&mut getrandom::SysRng, 1024).expect("RSA key");
    let private_pem = private
        .to_pkcs8_pem(LineEnding::LF)
        .expect("PKCS#8")
        .to_string();
    let public_pem = private
        .to_public_key()
        .to_public_key_pem(LineEnding::LF)
        .expect("SPKI");

    let h = harness().await;
    let (url, mut rx) = receiver().await;

    // Without a key nothing is sent, and the skipped push is recorded.
    let mut first = OrderRequest::dv("nokey.example.com", "nokey1234");
    first.callback = url.clone();
    let first_id = order_id(&h.add_order(&first).await);
    h.control_post(&format!("/_sandbox/orders/{first_id}/approve"))
        .await;
    let deliveries = h.control_get("/_sandbox/push-deliveries").await;
    assert_eq!(deliveries["deliveries"][0]["http_status"], Value::Null);
    assert!(
        deliveries["deliveries"][0]["error"]
            .as_str()
            .expect("error")
            .contains("no push public key")
    );

    let set = h
        .client
        .put(format!("{}/_sandbox/push-key", h.sandbox.base_url()))
        .body(public_pem)
        .send()
        .await
        .expect("set key");
    assert_eq!(set.status(), 200);

    let mut request = OrderRequest::dv("push.example.com", "push12345");
    request.callback = url;
    let id = order_id(&h.add_order(&request).await);
    h.control_post(&format!("/_sandbox/orders/{id}/approve"))
        .await;

    let issued = next_event(&mut rx, &private_pem).await;
    assert_eq!(issued["type"], "cert_issued");
    assert_eq!(issued["trustocean_id"].to_string(), id);
    assert_eq!(issued["status"], "issued_active");
    assert_eq!(issued["paidcertificate_status"], "issued_active");
    assert_eq!(issued["domains"][0], "push.example.com");
    assert!(
        issued["cert_code"]
            .as_str()
            .expect("cert_code")
            .contains("BEGIN CERTIFICATE")
    );
    assert!(issued["ca_code"].is_string() && issued["issued_at"].is_string());

    h.call(
        "revokeSSL",
        &[("trustocean_id", &id), ("revocationReason", "superseded")],
    )
    .await;
    let revoked = next_event(&mut rx, &private_pem).await;
    assert_eq!(revoked["type"], "cert_revoked");

    let mut refunded = OrderRequest::dv("refund.example.com", "pushref12");
    refunded.callback = request.callback.clone();
    let refund_id = order_id(&h.add_order(&refunded).await);
    h.call("cancelAndRefund", &[("trustocean_id", &refund_id)])
        .await;
    h.control_post(&format!("/_sandbox/orders/{refund_id}/refund/finished"))
        .await;
    let processed = next_event(&mut rx, &private_pem).await;
    assert_eq!(processed["type"], "refund_processed");
    assert_eq!(processed["refund_status"], "finished");
    assert_eq!(processed["certificate_status"], "cancelled");
    let cancelled = next_event(&mut rx, &private_pem).await;
    assert_eq!(cancelled["type"], "cert_cancelled");

    // Deliveries are recorded once the receiver has answered.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let deliveries = h.control_get("/_sandbox/push-deliveries").await;
    let list = deliveries["deliveries"].as_array().expect("list");
    let delivered: Vec<&str> = list
        .iter()
        .filter(|d| d["http_status"] == 200)
        .map(|d| d["event"].as_str().expect("event"))
        .collect();
    assert_eq!(delivered.len(), 4, "{deliveries}");
    assert!(delivered.contains(&"cert_issued") && delivered.contains(&"cert_cancelled"));
}

#[tokio::test]
async fn a_bad_push_key_is_refused() {
    let h = harness().await;
    let answer = h
        .client
        .put(format!("{}/_sandbox/push-key", h.sandbox.base_url()))
        .body("not a key")
        .send()
        .await
        .expect("answered");
    assert_eq!(answer.status(), 400);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_ca_cancels_and_revokes_on_its_own_and_pushes_it() {
    let pair = trustocean_core::push::generate(1024).expect("push key");
    let h = harness().await;
    let (url, mut rx) = receiver().await;
    let set = h
        .client
        .put(format!("{}/_sandbox/push-key", h.sandbox.base_url()))
        .body(pair.public_key_pem.clone())
        .send()
        .await
        .expect("set key");
    assert_eq!(set.status(), 200);

    let mut issued = OrderRequest::dv("ca-revoke.example.com", "carevoke1");
    issued.callback = url.clone();
    let issued_id = order_id(&h.add_order(&issued).await);
    let (status, _) = h
        .control_post(&format!("/_sandbox/orders/{issued_id}/revoke"))
        .await;
    assert_eq!(status, 409, "only an issued certificate can be revoked");
    h.control_post(&format!("/_sandbox/orders/{issued_id}/approve"))
        .await;
    assert_eq!(
        next_event(&mut rx, &pair.private_key_pem).await["type"],
        "cert_issued"
    );
    let (status, revoked) = h
        .control_post(&format!("/_sandbox/orders/{issued_id}/revoke"))
        .await;
    assert_eq!(
        (status, revoked["cert_status"].as_str()),
        (200, Some("revoked"))
    );
    assert_eq!(
        next_event(&mut rx, &pair.private_key_pem).await["type"],
        "cert_revoked"
    );

    let mut pending = OrderRequest::dv("ca-cancel.example.com", "cacancel1");
    pending.callback = url;
    let pending_id = order_id(&h.add_order(&pending).await);
    let (status, _) = h
        .control_post(&format!("/_sandbox/orders/{pending_id}/cancel"))
        .await;
    assert_eq!(status, 200);
    let cancelled = next_event(&mut rx, &pair.private_key_pem).await;
    assert_eq!(cancelled["type"], "cert_cancelled");
    assert_eq!(cancelled["trustocean_id"].to_string(), pending_id);
    let (status, _) = h
        .control_post(&format!("/_sandbox/orders/{pending_id}/cancel"))
        .await;
    assert_eq!(status, 409, "a cancelled order stays cancelled");
    let details = h
        .call("getSSLDetails", &[("trustocean_id", &pending_id)])
        .await;
    assert_eq!(details["cert_status"], "cancelled");
}

#[tokio::test]
async fn the_call_log_counts_calls_by_method_and_order() {
    let h = harness().await;
    let id = order_id(
        &h.add_order(&OrderRequest::dv("calls.example.com", "calllog12"))
            .await,
    );
    for _ in 0..3 {
        h.call("getSSLDetails", &[("trustocean_id", &id)]).await;
    }
    h.call("getOrderStatus", &[("trustocean_id", &id)]).await;

    let details = h
        .control_get(&format!(
            "/_sandbox/calls?method=getSSLDetails&trustocean_id={id}"
        ))
        .await;
    assert_eq!(details["count"], 3, "{details}");
    let all = h
        .control_get(&format!("/_sandbox/calls?trustocean_id={id}"))
        .await;
    assert_eq!(all["count"], 4, "{all}");
    let everything = h.control_get("/_sandbox/calls").await;
    assert!(
        everything["count"].as_u64().unwrap_or_default() >= 5,
        "addSSLOrder and createNewUniqueId too"
    );

    let cleared = h
        .client
        .delete(format!("{}/_sandbox/calls", h.sandbox.base_url()))
        .send()
        .await
        .expect("clear");
    assert_eq!(cleared.status(), 200);
    assert_eq!(h.control_get("/_sandbox/calls").await["count"], 0);
}
