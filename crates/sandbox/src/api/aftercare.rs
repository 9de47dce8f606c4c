//! After-issuance methods: revocation, cancellation with refund, and refund status.

use std::sync::Arc;

use serde_json::{Map, json};

use super::account::fields;
use super::envelope::{ApiError, ApiResult, codes};
use crate::lifecycle::{self, not_found};
use crate::orders::{self, Refund, status};
use crate::state::{AppState, lock};
use crate::validate::Fields;

pub(super) fn revoke(state: &Arc<AppState>, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    // The PHP SDKs send `revocationReason`, the Python SDK `revocation_reason`; the reason is optional.
    let _reason = form
        .optional("revocationReason")
        .or_else(|| form.optional("revocation_reason"));

    let callback = {
        let mut store = lock(&state.store);
        let order = store.get_mut(id).ok_or_else(|| not_found(id))?;
        if order.cert_status != status::ISSUED {
            return Err(ApiError::rejected(
                "This order cnanot be revoked, because this order is not in Issued_Active status.",
            ));
        }
        order.cert_status = status::REVOKED.to_owned();
        order.callback.clone()
    };

    eprintln!("order {id} revoked");
    lifecycle::push_revoked(state, &callback, id);
    Ok(Map::new())
}

pub(super) fn cancel_and_refund(state: &AppState, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let mut store = lock(&state.store);
    let order = store.get_mut(id).ok_or_else(|| not_found(id))?;

    let refundable = [status::PROCESSING, status::ISSUED].contains(&order.cert_status.as_str());
    if !refundable {
        return Err(ApiError::new(
            codes::WRONG_STATE,
            format!("Order {id} is {} and cannot be refunded", order.cert_status),
        ));
    }
    if let Some(refund) = &order.refund
        && refund.status != "reject"
    {
        return Err(ApiError::new(
            codes::WRONG_STATE,
            format!("A refund of order {id} is already {}", refund.status),
        ));
    }

    order.refund = Some(Refund {
        status: "processing".to_owned(),
        requested_at: orders::now(),
        decided_at: None,
    });
    Ok(fields(json!({ "refund_status": "processing" })))
}

pub(super) fn refund_status(state: &AppState, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let store = lock(&state.store);
    let order = store.get(id).ok_or_else(|| not_found(id))?;
    let refund = order
        .refund
        .as_ref()
        .ok_or_else(|| ApiError::new(codes::WRONG_STATE, "Order not in refund status."))?;
    Ok(fields(json!({
        "refund_status": refund.status,
        "refund_at": refund.decided_at,
        "refund_requested_at": refund.requested_at,
    })))
}
