//! Control endpoints under `/_sandbox/`: drive the order lifecycle, tune faults, manage the push
//! key and inspect deliveries. No credentials: the sandbox binds to loopback by default.

use std::sync::Arc;

use axum::extract::{Path, Query, Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::envelope::{ApiError, codes};
use crate::control_page::same_origin;
use crate::faults::FaultPatch;
use crate::lifecycle;
use crate::lifecycle::not_found;
use crate::orders::Store;
use crate::state::{AppState, lock};

/// The help text listing every control endpoint (also shown by `--help`).
pub const CONTROL_HELP: &str = "\
Control endpoints (no credentials; never under /ssl/; a POST, PUT or DELETE that a web page of
another site sends is refused with 403, so only the control page, scripts and tests drive them):
  GET    /_sandbox/ (or /_sandbox/ui)           control page (HTML, no JavaScript): orders with DCV state and buttons to
                                                approve, accept/reject a refund, cancel or revoke; fault knobs, reset
  POST   /_sandbox/ui/orders/{id}/ACTION        the page's forms (approve, cancel, revoke, refund/finished,
         /_sandbox/ui/faults/reset              refund/reject); answer 303 to the page; 403 if Origin is another site
  GET    /_sandbox/health                       {\"status\":\"ok\"}
  GET    /_sandbox/orders                       all orders: trustocean_id, unique_id, cert_status, refund_status
  GET    /_sandbox/orders/{id}                  one order as getSSLDetails shows it
  POST   /_sandbox/orders/{id}/approve          mark every domain verified now; the order is issued at once
  POST   /_sandbox/orders/{id}/issue            same as approve (issue now, whatever the DCV state)
  POST   /_sandbox/orders/{id}/cancel           the CA cancels the order on its own: push cert_cancelled
  POST   /_sandbox/orders/{id}/revoke           the CA revokes the issued certificate on its own: push cert_revoked
  POST   /_sandbox/orders/{id}/refund/finished  accept a pending refund: cancelled, credit returned, pushes sent
  POST   /_sandbox/orders/{id}/refund/reject    reject a pending refund: push refund_processed
  GET    /_sandbox/faults                       current fault knobs
  POST   /_sandbox/faults                       JSON patch, e.g. {\"error_rate\":0.5,\"seed\":7}; keys as in GET plus seed
  PUT    /_sandbox/push-key                     body = push public key PEM (SPKI or PKCS#1)
  DELETE /_sandbox/push-key                     stop sending pushes
  GET    /_sandbox/push-deliveries              every push attempt: url, event, trustocean_id, http_status, error, at
  DELETE /_sandbox/push-deliveries              forget recorded attempts
  GET    /_sandbox/calls                        API calls received: method, trustocean_id, at (?method=&trustocean_id= filter)
  DELETE /_sandbox/calls                        forget recorded calls
  GET    /_sandbox/module-feed                  the module feed served at /TrustOceanSSLModuleSyncInformation.php
  PUT    /_sandbox/module-feed                  JSON: current_version, publish_date, download_url, whmcs_version,
                                                recent_news [{title, body, date}], unavailable, delay_ms
  DELETE /_sandbox/module-feed                  back to the default feed
  GET    /_sandbox/ca/root.pem                  the sandbox root CA certificate
  GET    /_sandbox/ca/chain.pem                 intermediate + root (the ca_code of issued orders)
  POST   /_sandbox/reset                        drop all orders, unique ids and recorded calls, restore the credit";

/// The `/_sandbox/` routes.
pub(crate) fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/_sandbox/health", get(health))
        .route("/_sandbox/orders", get(list_orders))
        .route("/_sandbox/orders/{id}", get(order))
        .route("/_sandbox/orders/{id}/approve", post(approve))
        .route("/_sandbox/orders/{id}/issue", post(approve))
        .route("/_sandbox/orders/{id}/cancel", post(cancel))
        .route("/_sandbox/orders/{id}/revoke", post(revoke))
        .route("/_sandbox/orders/{id}/refund/{decision}", post(refund))
        .route("/_sandbox/calls", get(calls).delete(clear_calls))
        .route("/_sandbox/faults", get(get_faults).post(set_faults))
        .route(
            "/_sandbox/push-key",
            axum::routing::put(set_push_key).delete(clear_push_key),
        )
        .route(
            "/_sandbox/push-deliveries",
            get(push_deliveries).delete(clear_push_deliveries),
        )
        .route("/_sandbox/ca/root.pem", get(root_pem))
        .route("/_sandbox/ca/chain.pem", get(chain_pem))
        .route("/_sandbox/reset", post(reset))
        .layer(middleware::from_fn(same_origin_only))
        .with_state(state)
}

/// Refuses a call that changes something when a web page of another site sent it: any page a
/// developer has open could otherwise post to the sandbox on loopback. Scripts and tests, which
/// send no `Origin` or `Referer`, are not affected.
async fn same_origin_only(request: Request, next: Next) -> Response {
    if request.method() != Method::GET && same_origin::check(request.headers()).is_err() {
        return (
            StatusCode::FORBIDDEN,
            Json(json!({"error": "control calls are refused from pages of another site"})),
        )
            .into_response();
    }
    next.run(request).await
}

async fn health() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

async fn list_orders(State(state): State<Arc<AppState>>) -> Json<Value> {
    let store = lock(&state.store);
    let orders: Vec<Value> = store
        .ids()
        .into_iter()
        .filter_map(|id| store.get(id))
        .map(|order| {
            json!({
                "trustocean_id": order.trustocean_id,
                "unique_id": order.unique_id,
                "cert_status": order.cert_status,
                "refund_status": order.refund.as_ref().map(|refund| refund.status.clone()),
            })
        })
        .collect();
    Json(json!({ "orders": orders }))
}

async fn order(State(state): State<Arc<AppState>>, Path(id): Path<u64>) -> Response {
    let store = lock(&state.store);
    match store.get(id) {
        Some(order) => Json(Value::Object(order.details_json())).into_response(),
        None => control_error(&not_found(id)),
    }
}

async fn approve(State(state): State<Arc<AppState>>, Path(id): Path<u64>) -> Response {
    match lifecycle::approve_all(&state, id, None) {
        Ok(summary) => Json(summary).into_response(),
        Err(error) => control_error(&error),
    }
}

async fn cancel(State(state): State<Arc<AppState>>, Path(id): Path<u64>) -> Response {
    match lifecycle::ca_cancel(&state, id) {
        Ok(summary) => Json(summary).into_response(),
        Err(error) => control_error(&error),
    }
}

async fn revoke(State(state): State<Arc<AppState>>, Path(id): Path<u64>) -> Response {
    match lifecycle::ca_revoke(&state, id) {
        Ok(summary) => Json(summary).into_response(),
        Err(error) => control_error(&error),
    }
}

/// Filters of `GET /_sandbox/calls`.
#[derive(Debug, Deserialize)]
struct CallFilter {
    method: Option<String>,
    trustocean_id: Option<u64>,
}

async fn calls(
    State(state): State<Arc<AppState>>,
    Query(filter): Query<CallFilter>,
) -> Json<Value> {
    let calls = state
        .calls
        .matching(filter.method.as_deref(), filter.trustocean_id);
    Json(json!({ "count": calls.len(), "calls": calls }))
}

async fn clear_calls(State(state): State<Arc<AppState>>) -> Json<Value> {
    state.calls.clear();
    Json(json!({ "status": "ok" }))
}

async fn refund(
    State(state): State<Arc<AppState>>,
    Path((id, decision)): Path<(u64, String)>,
) -> Response {
    let finished = match decision.as_str() {
        "finished" => true,
        "reject" => false,
        _ => {
            return (
                StatusCode::BAD_REQUEST,
                Json(json!({ "error": "decision must be finished or reject" })),
            )
                .into_response();
        }
    };
    match lifecycle::decide_refund(&state, id, finished) {
        Ok(summary) => Json(summary).into_response(),
        Err(error) => control_error(&error),
    }
}

async fn get_faults(State(state): State<Arc<AppState>>) -> Json<Value> {
    Json(json!(lock(&state.faults).config()))
}

async fn set_faults(State(state): State<Arc<AppState>>, Json(patch): Json<FaultPatch>) -> Response {
    match lock(&state.faults).apply(patch) {
        Ok(config) => Json(json!(config)).into_response(),
        Err(error) => (
            StatusCode::BAD_REQUEST,
            Json(json!({ "error": error.to_string() })),
        )
            .into_response(),
    }
}

async fn set_push_key(State(state): State<Arc<AppState>>, body: String) -> Response {
    match state.push.set_public_key(Some(body)) {
        Ok(()) => Json(json!({ "status": "ok" })).into_response(),
        Err(error) => (
            StatusCode::BAD_REQUEST,
            Json(json!({ "error": error.to_string() })),
        )
            .into_response(),
    }
}

async fn clear_push_key(State(state): State<Arc<AppState>>) -> Json<Value> {
    // Setting no key cannot fail.
    let _ = state.push.set_public_key(None);
    Json(json!({ "status": "ok" }))
}

async fn push_deliveries(State(state): State<Arc<AppState>>) -> Json<Value> {
    Json(json!({ "deliveries": state.push.deliveries() }))
}

async fn clear_push_deliveries(State(state): State<Arc<AppState>>) -> Json<Value> {
    state.push.clear_deliveries();
    Json(json!({ "status": "ok" }))
}

async fn root_pem(State(state): State<Arc<AppState>>) -> Response {
    pem_response(state.ca.root_pem().to_owned())
}

async fn chain_pem(State(state): State<Arc<AppState>>) -> Response {
    pem_response(state.ca.chain_pem())
}

async fn reset(State(state): State<Arc<AppState>>) -> Json<Value> {
    *lock(&state.store) = Store::new(state.initial_credit_cents);
    state.push.clear_deliveries();
    state.calls.clear();
    Json(json!({ "status": "ok" }))
}

fn pem_response(pem: String) -> Response {
    ([(header::CONTENT_TYPE, "application/x-pem-file")], pem).into_response()
}

/// A lifecycle error as a control answer: 404 for unknown orders, 409 for wrong states.
fn control_error(error: &ApiError) -> Response {
    let status = if error.code == codes::ORDER_NOT_FOUND {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::CONFLICT
    };
    (
        status,
        Json(json!({ "error": error.message, "error_code": error.code })),
    )
        .into_response()
}
