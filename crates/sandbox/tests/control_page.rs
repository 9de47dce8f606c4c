//! The control page: the listing, its form posts (approve, refund decisions, fault reset), the
//! escaping of what it prints, and the refusal of forms sent from another site.

mod common;

use common::{Harness, OrderRequest, harness, order_id};
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::json;

/// A client that shows redirects instead of following them.
fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client builds")
}

async fn page(h: &Harness, path: &str) -> String {
    let response = h
        .client
        .get(format!("{}{path}", h.sandbox.base_url()))
        .send()
        .await
        .expect("page answers");
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"]
        .to_str()
        .expect("ASCII")
        .to_owned();
    assert_eq!(content_type, "text/html; charset=utf-8");
    assert!(response.headers().contains_key("content-security-policy"));
    response.text().await.expect("body")
}

/// Posts a form as the page's own buttons do (empty body, the page's Origin and Referer).
async fn post_form(h: &Harness, path: &str, origin: Option<&str>) -> reqwest::Response {
    let mut headers = HeaderMap::new();
    if let Some(origin) = origin {
        headers.insert("origin", HeaderValue::from_str(origin).expect("header"));
    }
    no_redirects()
        .post(format!("{}{path}", h.sandbox.base_url()))
        .headers(headers)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .expect("form post answers")
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"]
        .to_str()
        .expect("ASCII")
        .to_owned()
}

#[tokio::test]
async fn the_page_lists_orders_with_their_dcv_state() {
    let h = harness().await;
    let answer = h
        .add_order(&OrderRequest::dv("page.example.com", "pagelist1"))
        .await;
    let id = order_id(&answer);

    for path in ["/_sandbox/", "/_sandbox/ui"] {
        let html = page(&h, path).await;
        assert!(html.contains(&format!("Order {id}")), "{html}");
        assert!(html.contains("pagelist1"));
        assert!(html.contains("page.example.com"));
        assert!(html.contains("enroll_caprocessing"));
        assert!(html.contains("needverification"));
        assert!(html.contains(&format!("action=\"/_sandbox/ui/orders/{id}/approve\"")));
        assert!(html.contains("width=device-width"));
    }
}

#[tokio::test]
async fn approving_through_the_page_issues_the_order() {
    let h = harness().await;
    let id = order_id(
        &h.add_order(&OrderRequest::dv("approve.example.com", "pageapprove1"))
            .await,
    );
    let origin = h.sandbox.base_url();

    let response = post_form(
        &h,
        &format!("/_sandbox/ui/orders/{id}/approve"),
        Some(&origin),
    )
    .await;
    assert_eq!(response.status(), 303);
    let back = location(&response);
    assert!(back.starts_with("/_sandbox/ui?kind=ok&notice="), "{back}");

    let order = h.control_get(&format!("/_sandbox/orders/{id}")).await;
    assert_eq!(order["cert_status"], "issued_active");

    let html = page(&h, &back).await;
    assert!(html.contains(&format!("Order {id}: DCV approved, certificate issued.")));
    assert!(html.contains("role=\"status\""));
    assert!(html.contains("verified"));
    assert!(!html.contains(&format!("/_sandbox/ui/orders/{id}/approve")));

    // A second approval is refused and said so on the page, not as a server error.
    let again = post_form(
        &h,
        &format!("/_sandbox/ui/orders/{id}/approve"),
        Some(&origin),
    )
    .await;
    assert_eq!(again.status(), 303);
    assert!(location(&again).starts_with("/_sandbox/ui?kind=error&"));
}

#[tokio::test]
async fn refund_decisions_through_the_page() {
    let h = harness().await;
    let accepted = order_id(
        &h.add_order(&OrderRequest::dv("refund-page.example.com", "pagerefund1"))
            .await,
    );
    let rejected = order_id(
        &h.add_order(&OrderRequest::dv("keep-page.example.com", "pagerefund2"))
            .await,
    );
    for id in [&accepted, &rejected] {
        let answer = h.call("cancelAndRefund", &[("trustocean_id", id)]).await;
        assert_eq!(answer["status"], "success", "{answer}");
    }
    let html = page(&h, "/_sandbox/").await;
    assert!(html.contains(&format!("/_sandbox/ui/orders/{accepted}/refund/finished")));
    assert!(html.contains(&format!("/_sandbox/ui/orders/{rejected}/refund/reject")));

    // Requests without Origin or Referer (curl, scripts) come from no web page: accepted.
    let response = post_form(
        &h,
        &format!("/_sandbox/ui/orders/{accepted}/refund/finished"),
        None,
    )
    .await;
    assert_eq!(response.status(), 303);
    let origin = h.sandbox.base_url();
    let response = post_form(
        &h,
        &format!("/_sandbox/ui/orders/{rejected}/refund/reject"),
        Some(&origin),
    )
    .await;
    assert_eq!(response.status(), 303);

    let done = h
        .call("checkRefundStatus", &[("trustocean_id", &accepted)])
        .await;
    assert_eq!(done["refund_status"], "finished");
    let status = h
        .call("getOrderStatus", &[("trustocean_id", &accepted)])
        .await;
    assert_eq!(status["cert_status"], "cancelled");
    let kept = h
        .call("checkRefundStatus", &[("trustocean_id", &rejected)])
        .await;
    assert_eq!(kept["refund_status"], "reject");
    assert_eq!(h.call("getProfileInfo", &[]).await["credit"], "9951.00");
}

#[tokio::test]
async fn forms_from_another_site_are_refused() {
    let h = harness().await;
    let id = order_id(
        &h.add_order(&OrderRequest::dv("csrf.example.com", "pagecsrf1"))
            .await,
    );
    let path = format!("/_sandbox/ui/orders/{id}/approve");

    let foreign = post_form(&h, &path, Some("http://evil.example")).await;
    assert_eq!(foreign.status(), 403);
    assert!(
        foreign
            .text()
            .await
            .expect("body")
            .contains("Nothing was changed")
    );

    let hidden = post_form(&h, &path, Some("null")).await;
    assert_eq!(hidden.status(), 403);

    let by_referer = no_redirects()
        .post(format!("{}{path}", h.sandbox.base_url()))
        .header("referer", "http://evil.example/csrf.html")
        .send()
        .await
        .expect("answers");
    assert_eq!(by_referer.status(), 403);

    let cross_site = no_redirects()
        .post(format!("{}{path}", h.sandbox.base_url()))
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .expect("answers");
    assert_eq!(cross_site.status(), 403);

    // DNS rebinding: a name the attacker points at 127.0.0.1 is its own origin in the browser.
    let port = h.sandbox.addr().port();
    let rebound = no_redirects()
        .post(format!("{}{path}", h.sandbox.base_url()))
        .header("host", format!("rebound.evil.example:{port}"))
        .header("origin", format!("http://rebound.evil.example:{port}"))
        .send()
        .await
        .expect("answers");
    assert_eq!(rebound.status(), 403);

    let reset = post_form(&h, "/_sandbox/ui/faults/reset", Some("http://evil.example")).await;
    assert_eq!(reset.status(), 403);

    let order = h.control_get(&format!("/_sandbox/orders/{id}")).await;
    assert_eq!(order["cert_status"], "enroll_caprocessing");

    // The Host header set above does reach the sandbox: the page opened as localhost works.
    let as_localhost = no_redirects()
        .post(format!("{}{path}", h.sandbox.base_url()))
        .header("host", format!("localhost:{port}"))
        .header("origin", format!("http://localhost:{port}"))
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .expect("answers");
    assert_eq!(as_localhost.status(), 303);
    let order = h.control_get(&format!("/_sandbox/orders/{id}")).await;
    assert_eq!(order["cert_status"], "issued_active");
}

#[tokio::test]
async fn hostile_fault_values_are_escaped_and_faults_reset() {
    let h = harness().await;
    h.set_faults(json!({"methods": ["<script>alert(1)</script>", "a\"b'c&d"], "latency_ms": 1}))
        .await;

    let html = page(&h, "/_sandbox/ui").await;
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;, a&quot;b&#39;c&amp;d"));
    assert!(html.contains("Faults are <strong>on</strong>"));

    // A notice in the query is printed escaped too.
    let crafted = page(&h, "/_sandbox/ui?kind=ok&notice=%3Cb%3Ehi%3C%2Fb%3E").await;
    assert!(crafted.contains("&lt;b&gt;hi&lt;/b&gt;"));
    assert!(!crafted.contains("<b>hi"));

    let origin = h.sandbox.base_url();
    let response = post_form(&h, "/_sandbox/ui/faults/reset", Some(&origin)).await;
    assert_eq!(response.status(), 303);
    let faults = h.control_get("/_sandbox/faults").await;
    assert_eq!(faults["methods"], json!([]));
    assert_eq!(faults["latency_ms"], 0);
    assert!(
        page(&h, "/_sandbox/")
            .await
            .contains("Faults are <strong>off</strong>")
    );
}

#[tokio::test]
async fn unknown_actions_and_orders() {
    let h = harness().await;
    let origin = h.sandbox.base_url();
    let unknown = post_form(&h, "/_sandbox/ui/orders/100001/explode", Some(&origin)).await;
    assert_eq!(unknown.status(), 404);
    let missing = post_form(&h, "/_sandbox/ui/orders/999999/approve", Some(&origin)).await;
    assert_eq!(missing.status(), 303);
    assert!(location(&missing).starts_with("/_sandbox/ui?kind=error&"));
    let html = page(&h, "/_sandbox/").await;
    assert!(html.contains("Orders (0)"));
}

#[tokio::test]
async fn json_control_calls_from_another_site_are_refused_and_scripts_pass() {
    let h = harness().await;
    let id = order_id(
        &h.add_order(&OrderRequest::dv("jsoncsrf.example.com", "jsoncsrf1"))
            .await,
    );
    let path = format!("/_sandbox/orders/{id}/approve");

    let foreign = post_form(&h, &path, Some("http://evil.example")).await;
    assert_eq!(foreign.status(), 403);
    let reset = post_form(&h, "/_sandbox/reset", Some("http://evil.example")).await;
    assert_eq!(reset.status(), 403);
    let order = h.control_get(&format!("/_sandbox/orders/{id}")).await;
    assert_ne!(order["cert_status"], "issued_active", "nothing was changed");

    let script = post_form(&h, &path, None).await;
    assert_eq!(script.status(), 200);
}
