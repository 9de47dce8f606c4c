//! The TrustOcean v5 API: `POST /ssl/v5/{method}` with form fields, answered with the JSON envelope.

pub mod envelope;

mod account;
mod aftercare;
mod enrollment;
mod tracking;

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use crate::faults::apply_faults;
use crate::state::AppState;
use crate::validate::Fields;
use envelope::{ApiError, ApiResult, codes, success};

/// The `/ssl/v5/{method}` routes, with the fault middleware.
pub(crate) fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/ssl/v5/{method}", post(handle))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            apply_faults,
        ))
        .with_state(state)
}

async fn handle(
    State(state): State<Arc<AppState>>,
    Path(method): Path<String>,
    body: Bytes,
) -> Response {
    let fields = Fields::parse(&body);
    let order = fields
        .as_ref()
        .ok()
        .and_then(|fields| fields.optional("trustocean_id"))
        .and_then(|id| id.parse().ok());
    state.calls.record(&method, order);

    let result = fields
        .and_then(|fields| authenticate(&state, &fields).map(|()| fields))
        .and_then(|fields| dispatch(&state, &method, &fields));

    match result {
        Ok(fields) => success(fields),
        Err(error) => error.into_response(),
    }
}

/// Checks `username` and `password` (the API token) against the configured pair.
fn authenticate(state: &AppState, fields: &Fields) -> Result<(), ApiError> {
    let (Some(username), Some(token)) = (fields.optional("username"), fields.optional("password"))
    else {
        return Err(ApiError::new(
            codes::CREDENTIALS_MISSING,
            "username and password (API token) are required",
        ));
    };
    if username != state.username || token != state.token {
        return Err(ApiError::new(
            codes::BAD_CREDENTIALS,
            "Invalid API username or API token",
        ));
    }
    Ok(())
}

fn dispatch(state: &Arc<AppState>, method: &str, fields: &Fields) -> ApiResult {
    match method {
        "ping" => account::ping(),
        "getProfileInfo" => account::profile_info(state),
        "getProductList" => account::product_list(false),
        "getProductPriceList" | "getProductListWithPricing" => account::product_list(true),
        "createNewUniqueId" => account::create_unique_id(state),
        "checkUniqueId" => account::check_unique_id(state, fields),
        "getPreDomainValidationInformation" => account::pre_dcv_info(fields),
        "addSSLOrder" => enrollment::add_order(state, fields),
        "reissueSSLOrder" => enrollment::reissue(state, fields),
        "getOrderStatus" => tracking::order_status(state, fields),
        "getSSLDetails" => tracking::ssl_details(state, fields),
        "getDomainValidationStatus" => tracking::dcv_status(state, fields),
        "changeDCVMethod" => tracking::change_dcv_method(state, fields),
        "reTryDcvEmailOrDCVCheck" => tracking::retry_dcv(state, fields),
        "removeSanDomain" => tracking::remove_san_domain(state, fields),
        "revokeSSL" => aftercare::revoke(state, fields),
        "cancelAndRefund" => aftercare::cancel_and_refund(state, fields),
        "checkRefundStatus" => aftercare::refund_status(state, fields),
        other => Err(ApiError::new(
            codes::UNKNOWN_METHOD,
            format!("Unknown API method: {other}"),
        )),
    }
}
