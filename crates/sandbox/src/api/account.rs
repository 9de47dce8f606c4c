//! Account-level methods: ping, profile, products, unique ids and pre-validation values.

use rand::Rng;
use rand::distr::Alphanumeric;
use serde_json::{Map, Value, json};
use trustocean_core::dcv;

use super::envelope::{ApiError, ApiResult};
use crate::catalog::{self, money};
use crate::state::{AppState, lock};
use crate::validate::{self, Fields};

/// Length of the unique ids handed out by `createNewUniqueId` (within checkUniqueId's 8–15).
const NEW_UNIQUE_ID_LEN: usize = 12;

pub(super) fn ping() -> ApiResult {
    Ok(Map::new())
}

pub(super) fn profile_info(state: &AppState) -> ApiResult {
    let credit = lock(&state.store).credit_cents;
    Ok(fields(json!({
        "credit": money(credit),
        "username": state.username,
    })))
}

pub(super) fn product_list(with_pricing: bool) -> ApiResult {
    Ok(fields(
        json!({ "products": catalog::products_json(with_pricing) }),
    ))
}

pub(super) fn create_unique_id(state: &AppState) -> ApiResult {
    let mut store = lock(&state.store);
    let unique_id = loop {
        let candidate: String = rand::rng()
            .sample_iter(&Alphanumeric)
            .take(NEW_UNIQUE_ID_LEN)
            .map(|b| char::from(b).to_ascii_lowercase())
            .collect();
        if !store.used_unique_ids.contains(&candidate) {
            break candidate;
        }
    };
    store.used_unique_ids.insert(unique_id.clone());
    Ok(fields(json!({ "unique_id": unique_id })))
}

pub(super) fn check_unique_id(state: &AppState, form: &Fields) -> ApiResult {
    let unique_id = validate::unique_id(form.required("unique_id")?, 15)?;
    if lock(&state.store).unique_id_in_use(&unique_id) {
        return Err(ApiError::rejected(format!(
            "The unique_id {unique_id} is already used by an order"
        )));
    }
    Ok(Map::new())
}

pub(super) fn pre_dcv_info(form: &Fields) -> ApiResult {
    let domains = validate::domains(&validate::csv(form.required("domains")?), None)?;
    let csr_code = form.required("csr_code")?;
    let unique_id = validate::unique_id(form.required("unique_id")?, 15)?;
    let hashes = dcv::csr_hashes(csr_code.as_bytes())
        .map_err(|_| ApiError::rejected("Invalid CSR: cannot decode the certificate request"))?;

    let mut entries = Map::new();
    for domain in &domains {
        let info = dcv::pre_dcv_info_with_hashes(&hashes, &unique_id, domain)
            .map_err(|err| ApiError::rejected(err.to_string()))?;
        let value =
            serde_json::to_value(info).map_err(|err| ApiError::rejected(err.to_string()))?;
        entries.insert(domain.clone(), value);
    }
    Ok(fields(json!({ "pre_dcv_info": Value::Object(entries) })))
}

/// Turns a JSON object literal into answer fields.
pub(super) fn fields(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}
