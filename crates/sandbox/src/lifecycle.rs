//! Order state changes outside the request that caused them: automatic or controlled domain
//! approval, issuance with a real leaf, refund decisions, and the pushes they trigger.

use std::sync::Arc;

use serde_json::{Value, json};
use trustocean_core::dcv;

use crate::api::envelope::{ApiError, codes};
use crate::orders::{self, Order, status};
use crate::state::{AppState, lock};

/// A push to send once the store lock is released.
type PendingPush = (String, Value);

/// Starts the approval timer of an enrollment when `--approve-after` is set.
pub(crate) fn schedule_approval(state: &Arc<AppState>, trustocean_id: u64, generation: u64) {
    let Some(delay) = state.approve_after else {
        return;
    };
    let state = Arc::clone(state);
    tokio::spawn(async move {
        tokio::time::sleep(delay).await;
        // A reissue, refund or control call may have changed the order meanwhile: that is fine.
        let _ = approve_all(&state, trustocean_id, Some(generation));
    });
}

/// Marks every domain of the order verified and issues it. With `generation`, does nothing
/// unless the order is still at that enrollment (for timers).
pub(crate) fn approve_all(
    state: &Arc<AppState>,
    trustocean_id: u64,
    generation: Option<u64>,
) -> Result<Value, ApiError> {
    let (summary, pushes) = {
        let mut store = lock(&state.store);
        let serial = store.allocate_serial();
        let order = store
            .get_mut(trustocean_id)
            .ok_or_else(|| not_found(trustocean_id))?;

        if generation.is_some_and(|g| g != order.generation) {
            return Ok(json!({ "cert_status": order.cert_status }));
        }
        if order.cert_status != status::PROCESSING {
            return Err(ApiError::new(
                codes::WRONG_STATE,
                format!(
                    "Order {trustocean_id} is {}, not enroll_caprocessing",
                    order.cert_status
                ),
            ));
        }
        if order
            .refund
            .as_ref()
            .is_some_and(|r| r.status == "processing")
        {
            return Err(ApiError::new(
                codes::WRONG_STATE,
                format!("Order {trustocean_id} has a refund in processing"),
            ));
        }

        for entry in &mut order.dcv {
            entry.status = dcv::STATUS_VERIFIED.to_owned();
        }
        let pushes = issue(state, order, serial)?;
        (
            json!({ "cert_status": order.cert_status, "trustocean_id": trustocean_id }),
            pushes,
        )
    };

    send_all(state, pushes);
    Ok(summary)
}

/// Signs the leaf of a fully validated order and moves it to issued_active.
fn issue(state: &AppState, order: &mut Order, serial: u64) -> Result<Vec<PendingPush>, ApiError> {
    let issued = state
        .ca
        .issue_leaf(
            &order.spki_der,
            &order.domains,
            order.org_info.as_ref(),
            order.period.days(),
            serial,
        )
        .map_err(|err| ApiError::rejected(format!("Sandbox CA could not sign: {err}")))?;
    let issued_at = orders::now();

    order.cert_status = status::ISSUED.to_owned();
    order.issued_at = Some(issued_at.clone());
    let payload = json!({
        "type": "cert_issued",
        "trustocean_id": order.trustocean_id,
        "cert_code": issued.cert_pem,
        "ca_code": issued.ca_pem,
        "issued_at": issued_at,
        "paidcertificate_status": status::ISSUED,
        "domains": order.domains,
        "status": status::ISSUED,
    });
    order.issued = Some(issued);
    eprintln!("order {} issued", order.trustocean_id);
    Ok(vec![(order.callback.clone(), payload)])
}

/// Decides a pending refund: `finished` cancels the order and returns the credit, `reject`
/// leaves the order as it was.
pub(crate) fn decide_refund(
    state: &Arc<AppState>,
    trustocean_id: u64,
    finished: bool,
) -> Result<Value, ApiError> {
    let (summary, pushes) = {
        let mut store = lock(&state.store);
        let order = store
            .get_mut(trustocean_id)
            .ok_or_else(|| not_found(trustocean_id))?;
        let pending = order
            .refund
            .as_ref()
            .is_some_and(|r| r.status == "processing");
        if !pending {
            return Err(ApiError::new(
                codes::WRONG_STATE,
                "Order not in refund status.",
            ));
        }

        let decision = if finished { "finished" } else { "reject" };
        if let Some(refund) = order.refund.as_mut() {
            refund.status = decision.to_owned();
            refund.decided_at = Some(orders::now());
        }
        let refund_cents = order.paid_cents;
        let mut pushes = Vec::new();
        if finished {
            order.cert_status = status::CANCELLED.to_owned();
            pushes.push((
                order.callback.clone(),
                json!({ "type": "cert_cancelled", "trustocean_id": trustocean_id }),
            ));
        }
        pushes.insert(
            0,
            (
                order.callback.clone(),
                json!({
                    "type": "refund_processed",
                    "trustocean_id": trustocean_id,
                    "refund_status": decision,
                    "certificate_status": order.cert_status,
                }),
            ),
        );
        let summary = json!({
            "trustocean_id": trustocean_id,
            "refund_status": decision,
            "cert_status": order.cert_status,
        });
        if finished {
            store.credit_cents += refund_cents;
        }
        (summary, pushes)
    };

    send_all(state, pushes);
    Ok(summary)
}

/// The CA cancels an order on its own (a failed validation it gave up on, a reseller's request
/// made by e-mail): any state but revoked becomes cancelled, and `cert_cancelled` is pushed.
pub(crate) fn ca_cancel(state: &Arc<AppState>, trustocean_id: u64) -> Result<Value, ApiError> {
    let callback = {
        let mut store = lock(&state.store);
        let order = store
            .get_mut(trustocean_id)
            .ok_or_else(|| not_found(trustocean_id))?;
        if order.cert_status == status::REVOKED || order.cert_status == status::CANCELLED {
            return Err(ApiError::new(
                codes::WRONG_STATE,
                format!("Order is already {}.", order.cert_status),
            ));
        }
        order.cert_status = status::CANCELLED.to_owned();
        order.callback.clone()
    };
    eprintln!("order {trustocean_id} cancelled by the CA");
    send_all(
        state,
        vec![(
            callback,
            json!({ "type": "cert_cancelled", "trustocean_id": trustocean_id }),
        )],
    );
    Ok(json!({ "trustocean_id": trustocean_id, "cert_status": status::CANCELLED }))
}

/// The CA revokes an issued certificate on its own (key compromise reported, misissuance):
/// the order becomes revoked and `cert_revoked` is pushed.
pub(crate) fn ca_revoke(state: &Arc<AppState>, trustocean_id: u64) -> Result<Value, ApiError> {
    let callback = {
        let mut store = lock(&state.store);
        let order = store
            .get_mut(trustocean_id)
            .ok_or_else(|| not_found(trustocean_id))?;
        if order.cert_status != status::ISSUED {
            return Err(ApiError::new(
                codes::WRONG_STATE,
                "Only an issued certificate can be revoked.",
            ));
        }
        order.cert_status = status::REVOKED.to_owned();
        order.callback.clone()
    };
    eprintln!("order {trustocean_id} revoked by the CA");
    push_revoked(state, &callback, trustocean_id);
    Ok(json!({ "trustocean_id": trustocean_id, "cert_status": status::REVOKED }))
}

/// Sends a revocation push for an order.
pub(crate) fn push_revoked(state: &Arc<AppState>, callback: &str, trustocean_id: u64) {
    send_all(
        state,
        vec![(
            callback.to_owned(),
            json!({ "type": "cert_revoked", "trustocean_id": trustocean_id }),
        )],
    );
}

fn send_all(state: &Arc<AppState>, pushes: Vec<PendingPush>) {
    state.push.send(pushes);
}

/// The 778807 error.
pub(crate) fn not_found(trustocean_id: u64) -> ApiError {
    ApiError::new(
        codes::ORDER_NOT_FOUND,
        format!("Order not found: trustocean_id {trustocean_id}"),
    )
}
