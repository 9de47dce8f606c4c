//! Order tracking and DCV methods: status, details, DCV status and changes, SAN removal.

use std::sync::Arc;

use serde_json::{Map, json};
use trustocean_core::dcv::{self, DcvInfo};

use super::account::fields;
use super::envelope::{ApiError, ApiResult, codes};
use crate::lifecycle::not_found;
use crate::orders::status;
use crate::state::{AppState, lock};
use crate::validate::{self, Fields};

pub(super) fn order_status(state: &AppState, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let store = lock(&state.store);
    let order = store.get(id).ok_or_else(|| not_found(id))?;
    Ok(fields(json!({
        "trustocean_id": id,
        "cert_status": order.cert_status,
    })))
}

pub(super) fn ssl_details(state: &AppState, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let store = lock(&state.store);
    let order = store.get(id).ok_or_else(|| not_found(id))?;
    Ok(order.details_json())
}

/// Answers with the key `dcvinfo` (the spelling of the PHP module), not `dcv_info`.
pub(super) fn dcv_status(state: &AppState, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let store = lock(&state.store);
    let order = store.get(id).ok_or_else(|| not_found(id))?;
    Ok(fields(json!({
        "trustocean_id": id,
        "cert_status": order.cert_status,
        "dcvinfo": order.dcv_map(),
    })))
}

pub(super) fn change_dcv_method(state: &Arc<AppState>, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let domain = form.required("domain")?.to_ascii_lowercase();
    let method = form.required("method")?;

    let mut store = lock(&state.store);
    let order = store.get_mut(id).ok_or_else(|| not_found(id))?;
    if order.cert_status != status::PROCESSING {
        return Err(ApiError::new(
            codes::DCV_CHANGE_REJECTED,
            format!(
                "The DCV method cannot be changed while the order is {}",
                order.cert_status
            ),
        ));
    }
    let pre = dcv::pre_dcv_info(order.csr_code.as_bytes(), &order.unique_id, &domain)
        .map_err(|err| ApiError::new(codes::BAD_DOMAIN, err.to_string()))?;
    let method = validate::dcv_method(&domain, method, &pre)?;
    let entry = order
        .dcv
        .iter_mut()
        .find(|entry| entry.domain == domain)
        .ok_or_else(|| domain_not_in_order(&domain))?;

    *entry = DcvInfo::from_pre(&domain, &pre, &method, &entry.status);
    Ok(Map::new())
}

pub(super) fn retry_dcv(state: &AppState, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let store = lock(&state.store);
    let order = store.get(id).ok_or_else(|| not_found(id))?;
    if order.cert_status != status::PROCESSING {
        return Err(ApiError::new(
            codes::RECHECK_FAILED,
            format!("Nothing to re-check: the order is {}", order.cert_status),
        ));
    }
    Ok(Map::new())
}

pub(super) fn remove_san_domain(state: &AppState, form: &Fields) -> ApiResult {
    let id = form.trustocean_id()?;
    let domain = form.required("domain")?.to_ascii_lowercase();

    let mut store = lock(&state.store);
    let order = store.get_mut(id).ok_or_else(|| not_found(id))?;
    if !order.domains.contains(&domain) {
        return Err(domain_not_in_order(&domain));
    }
    if order.domains.len() <= 1 {
        return Err(ApiError::new(
            codes::REMOVE_FAILED,
            format!("无法删除域名 {domain}，每个证书至少保留1条域名"),
        ));
    }
    if !order.product.multidomain {
        return Err(ApiError::new(
            codes::REMOVE_ONLY_MULTIDOMAIN,
            "Domains can only be removed from multi-domain certificates",
        ));
    }
    if order.cert_status != status::PROCESSING {
        return Err(ApiError::new(
            codes::REMOVE_FAILED,
            format!(
                "Domains cannot be removed while the order is {}",
                order.cert_status
            ),
        ));
    }

    order.domains.retain(|existing| *existing != domain);
    order.dcv.retain(|entry| entry.domain != domain);
    Ok(fields(json!({ "domains": order.domains })))
}

fn domain_not_in_order(domain: &str) -> ApiError {
    ApiError::new(
        codes::BAD_DOMAIN,
        format!("The domain {domain} is not part of this order"),
    )
}
