//! The sandbox control page: `GET /_sandbox/` (also `/_sandbox/ui`) lists the orders with
//! buttons that approve DCV, decide refunds or let the CA cancel or revoke, and shows the fault
//! knobs. It works without JavaScript: the buttons are plain forms posting to
//! `/_sandbox/ui/...`, which act and redirect back with 303. See [`same_origin`] for its CSRF
//! defence.

mod html;
mod render;
pub(crate) mod same_origin;

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::Value;

use crate::api::envelope::ApiError;
use crate::catalog::money;
use crate::faults::{FaultConfig, FaultPatch};
use crate::lifecycle;
use crate::state::{AppState, lock};
use render::{DomainView, Notice, OrderView, PageView};

/// Where the page is served (and where form posts redirect to).
pub(crate) const PAGE_PATH: &str = "/_sandbox/ui";

/// The prefix of the page's form endpoints.
pub(crate) const FORM_BASE: &str = "/_sandbox/ui";

/// The longest notice the page repeats from its query.
const NOTICE_LIMIT: usize = 300;

/// The page's security headers: no script at all, inline style only, forms only to itself,
/// never framed (no clickjacking of its buttons), never cached.
const HEADERS: [(header::HeaderName, &str); 4] = [
    (header::CONTENT_TYPE, "text/html; charset=utf-8"),
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    (header::CACHE_CONTROL, "no-store"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
];

/// The page and its form endpoints.
pub(crate) fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/_sandbox/", get(show))
        .route(PAGE_PATH, get(show))
        .route("/_sandbox/ui/orders/{id}/{action}", post(order_action))
        .route("/_sandbox/ui/orders/{id}/refund/{decision}", post(refund))
        .route("/_sandbox/ui/faults/reset", post(reset_faults))
        .with_state(state)
}

/// The query a form post redirects back with.
#[derive(Debug, Default, Deserialize)]
struct NoticeQuery {
    kind: Option<String>,
    notice: Option<String>,
}

async fn show(State(state): State<Arc<AppState>>, RawQuery(query): RawQuery) -> Response {
    let notice = query
        .and_then(|query| serde_urlencoded::from_str::<NoticeQuery>(&query).ok())
        .and_then(|query| {
            let text: String = query.notice?.chars().take(NOTICE_LIMIT).collect();
            Some(Notice {
                ok: query.kind.as_deref() == Some("ok"),
                text,
            })
        });
    let mut view = view(&state);
    view.notice = notice;
    html_response(StatusCode::OK, render::page(&view))
}

/// Reads what the page shows from the state.
fn view(state: &AppState) -> PageView {
    let (orders, credit) = {
        let store = lock(&state.store);
        let orders = store
            .ids()
            .into_iter()
            .rev()
            .filter_map(|id| store.get(id))
            .map(|order| OrderView {
                trustocean_id: order.trustocean_id,
                unique_id: order.unique_id.clone(),
                product: order.product.name.to_owned(),
                cert_status: order.cert_status.clone(),
                refund_status: order.refund.as_ref().map(|refund| refund.status.clone()),
                domains: order
                    .dcv
                    .iter()
                    .map(|entry| DomainView {
                        name: entry.domain.clone(),
                        method: entry.method.clone(),
                        status: entry.status.clone(),
                    })
                    .collect(),
            })
            .collect();
        (orders, money(store.credit_cents))
    };
    let config = lock(&state.faults).config();
    PageView {
        faults_active: config != FaultConfig::default(),
        faults: fault_rows(&config),
        orders,
        credit,
        notice: None,
    }
}

/// The knobs as name and displayed value, in their declared order.
fn fault_rows(config: &FaultConfig) -> Vec<(String, String)> {
    let Value::Object(knobs) = serde_json::json!(config) else {
        return Vec::new();
    };
    knobs
        .into_iter()
        .map(|(name, value)| {
            let shown = match value {
                Value::String(text) => text,
                Value::Array(items) if items.is_empty() => "(every method)".to_owned(),
                Value::Array(items) => items
                    .iter()
                    .map(|item| {
                        item.as_str()
                            .map_or_else(|| item.to_string(), str::to_owned)
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                other => other.to_string(),
            };
            (name, shown)
        })
        .collect()
}

async fn order_action(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path((id, action)): Path<(u64, String)>,
) -> Response {
    if same_origin::check(&headers).is_err() {
        return refused();
    }
    let (result, done) = match action.as_str() {
        "approve" => (
            lifecycle::approve_all(&state, id, None),
            "DCV approved, certificate issued",
        ),
        "issue" => (
            lifecycle::approve_all(&state, id, None),
            "certificate issued",
        ),
        "cancel" => (
            lifecycle::ca_cancel(&state, id),
            "cancelled by the CA, cert_cancelled pushed",
        ),
        "revoke" => (
            lifecycle::ca_revoke(&state, id),
            "revoked by the CA, cert_revoked pushed",
        ),
        _ => return not_found(),
    };
    back(id, &result, done)
}

async fn refund(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path((id, decision)): Path<(u64, String)>,
) -> Response {
    if same_origin::check(&headers).is_err() {
        return refused();
    }
    let (finished, done) = match decision.as_str() {
        "finished" => (true, "refund accepted: order cancelled, credit returned"),
        "reject" => (false, "refund rejected"),
        _ => return not_found(),
    };
    back(id, &lifecycle::decide_refund(&state, id, finished), done)
}

async fn reset_faults(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    if same_origin::check(&headers).is_err() {
        return refused();
    }
    // The patch of every default knob; the fault RNG keeps its seed.
    let applied = serde_json::from_value::<FaultPatch>(serde_json::json!(FaultConfig::default()))
        .map_err(|err| err.to_string())
        .and_then(|patch| {
            lock(&state.faults)
                .apply(patch)
                .map_err(|err| err.to_string())
        });
    match applied {
        Ok(_) => redirect("ok", "All faults are off."),
        Err(err) => redirect("error", &format!("The faults could not be reset: {err}")),
    }
}

/// Redirects to the page with the outcome of an order action.
fn back(id: u64, result: &Result<Value, ApiError>, done: &str) -> Response {
    match result {
        Ok(_) => redirect("ok", &format!("Order {id}: {done}.")),
        Err(error) => redirect("error", &format!("Order {id}: {}", error.message)),
    }
}

/// 303 to the page, carrying a notice.
fn redirect(kind: &str, notice: &str) -> Response {
    let query =
        serde_urlencoded::to_string([("kind", kind), ("notice", notice)]).unwrap_or_default();
    Redirect::to(&format!("{PAGE_PATH}?{query}")).into_response()
}

fn refused() -> Response {
    html_response(
        StatusCode::FORBIDDEN,
        format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Refused</title></head><body><h1>Refused</h1>\
             <p>This form was not sent from the sandbox's own control page (its Origin or Referer \
             is another site, or the page was opened under a host name other than an IP address \
             or localhost). Nothing was changed.</p>\
             <p><a href=\"{PAGE_PATH}\">Back to the control page</a></p></body></html>\n"
        ),
    )
}

fn not_found() -> Response {
    html_response(
        StatusCode::NOT_FOUND,
        format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>\
             </head><body><p>No such action. <a href=\"{PAGE_PATH}\">Back to the control page</a></p>\
             </body></html>\n"
        ),
    )
}

fn html_response(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    for (name, value) in HEADERS {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}
