//! Step 2: the DCV methods are checked and the order is placed (`addSSLOrder`).

use serde_json::{Map, Value};

use super::{Context, Outcome, notice};
use crate::api::{AddSslOrder, DcvMethod, Organization};
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::order::codes;
use crate::order::methods::choose_methods;
use crate::order::record::OrderRecord;
use crate::order::remote;
use crate::order::state::State;

/// Checks the chosen methods and places the order with the record's unspent unique id
/// (`renew=yes` for a renewal). The unique id is spent once TrustOcean accepts the order.
///
/// When TrustOcean answers that the unique id is already used, this order was placed by an
/// earlier request whose answer was lost: the order becomes unconfirmed and is never placed
/// again (a new id would place a second, paid order). When the id is expired or unknown, a new
/// one is stored and the order stays awaiting submission (notice `order.unique_id_renewed`):
/// the DCV values depend on the id, so the customer must see the new ones before submitting
/// again.
pub(super) fn submit(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let input = context.input;
    let mut findings = Vec::new();
    let callback = context
        .settings
        .callback_url
        .as_deref()
        .map(str::trim)
        .filter(|url| !url.is_empty());
    if callback.is_none() {
        findings.push(Finding::error(
            codes::CALLBACK_MISSING,
            Some("callbackUrl".to_owned()),
            "the module has no callback URL (WHMCS System URL), so TrustOcean could not report back; set the System URL",
        ));
    }
    let (Some(csr), Some(contact_email)) = (order.csr.clone(), order.contact_email.clone()) else {
        return Err(incomplete());
    };
    if order.domains.is_empty() {
        return Err(incomplete());
    }

    let chosen = match choose_methods(
        &order.domains,
        &order.dcv,
        input.methods.as_ref(),
        input.same_for_all.as_deref(),
    ) {
        Ok(chosen) => Some(chosen),
        Err(error) => {
            findings.extend(error.findings());
            None
        }
    };
    let (Some(chosen), Some(callback)) = (chosen, callback) else {
        return Err(Error::refused(findings));
    };

    let dcv_method = chosen
        .values()
        .map(|choice| DcvMethod::parse("dcv_method", choice.api_value()))
        .collect::<Result<Vec<_>>>()?;
    let organization = organization(&order)?;
    // The id is the key that makes placing idempotent, so it must be stored before the call
    // that spends it: a record without one (carried over from elsewhere) gets one now and is
    // placed on the next submission, with the DCV values shown for it.
    let Some(unique_id) = order.unique_id.clone() else {
        order.dcv = chosen;
        order.unique_id = Some(context.client.create_new_unique_id()?.unique_id);
        return Ok(Outcome::new(order, notice::UNIQUE_ID_RENEWED));
    };
    let request = AddSslOrder {
        pid: context.product.pid,
        csr_code: csr,
        period: context.product.period,
        domains: order.domains.clone(),
        dcv_method,
        unique_id: unique_id.clone(),
        contact_email,
        callback: callback_for(callback, &unique_id),
        renew: order.renew,
        organization,
        unexpected: Map::new(),
    };

    // The choices are kept either way: they are what the customer picked.
    order.dcv = chosen;
    order.unique_id = Some(unique_id);
    match context.client.add_ssl_order(&request) {
        Ok(placed) => {
            order.trustocean_id = Some(placed.trustocean_id);
            if let Some(id) = placed.unique_id.filter(|id| !id.trim().is_empty()) {
                order.unique_id = Some(id);
            }
            order.vendor_id = placed.vendor_id.or(order.vendor_id);
            order.certificate_id = placed.certificate_id.or(order.certificate_id);
            order.state = State::Validating;
            order.checked_at = None;
            order.dcv_retried_at = None;
            remote::apply_dcv(&mut order, &placed.dcv_info);
            remote::apply_status(&mut order, &placed.cert_status);
            Ok(Outcome::new(order, notice::SUBMITTED))
        }
        Err(error) if unique_id_spent(&error) => {
            order.state = State::Unconfirmed;
            Ok(Outcome::new(order, notice::PLACED_UNCONFIRMED))
        }
        Err(error) if unique_id_unusable(&error) => {
            order.unique_id = Some(context.client.create_new_unique_id()?.unique_id);
            Ok(Outcome::new(order, notice::UNIQUE_ID_RENEWED))
        }
        Err(error) => Err(error),
    }
}

/// The push URL of this order: the module's, with the unique id in its query, so a push about
/// an order whose number was lost (state unconfirmed) still finds its service. The id only
/// tells the module which order to ask TrustOcean about; it is never trusted on its own.
fn callback_for(callback: &str, unique_id: &str) -> String {
    let separator = if callback.contains('?') { '&' } else { '?' };
    let query = serde_urlencoded::to_string([("uid", unique_id)]).unwrap_or_default();
    format!("{callback}{separator}{query}")
}

fn incomplete() -> Error {
    Error::refused(vec![Finding::error(
        codes::RECORD_INCOMPLETE,
        None,
        "the order has no CSR, domains or contact address; reset it and configure it again",
    )])
}

/// The stored organisation fields as the API's [`Organization`] (empty for DV).
fn organization(order: &OrderRecord) -> Result<Organization> {
    let Some(fields) = &order.organization else {
        return Ok(Organization::default());
    };
    let object: Map<String, Value> = fields
        .iter()
        .map(|(name, value)| (name.clone(), Value::String(value.clone())))
        .collect();
    serde_json::from_value(Value::Object(object))
        .map_err(|error| Error::invalid("order.organization", error.to_string()))
}

/// Whether TrustOcean refused the call because the unique id is used, expired or unknown.
pub(super) fn unique_id_unusable(error: &Error) -> bool {
    about_the_unique_id(
        error,
        &["used", "exist", "expire", "invalid", "taken", "duplicate"],
    )
}

/// Whether TrustOcean refused the call because an order already holds the unique id.
pub(super) fn unique_id_spent(error: &Error) -> bool {
    about_the_unique_id(error, &["used", "exist", "taken", "duplicate"])
        && !about_the_unique_id(error, &["expire", "invalid", "not exist", "unknown"])
}

/// Whether `error` is TrustOcean's refusal of the unique id, with one of `words` in it.
fn about_the_unique_id(error: &Error, words: &[&str]) -> bool {
    let Error::Api { message, .. } = error else {
        return false;
    };
    let text = message.to_ascii_lowercase();
    let about_the_id = ["unique_id", "unique id", "uniqueid"]
        .iter()
        .any(|name| text.contains(name));
    about_the_id && words.iter().any(|word| text.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_id_refusals_are_recognised() {
        let used = Error::Api {
            method: "addSSLOrder",
            code: 770008,
            message: "The unique_id abcdefgh1 is already used by an order".into(),
        };
        let other = Error::Api {
            method: "addSSLOrder",
            code: 770004,
            message: "Insufficient balance".into(),
        };
        let expired = Error::Api {
            method: "addSSLOrder",
            code: 770008,
            message: "The unique_id abcdefgh1 has expired".into(),
        };
        let unknown = Error::Api {
            method: "addSSLOrder",
            code: 770008,
            message: "The unique_id abcdefgh1 does not exist".into(),
        };
        assert!(unique_id_unusable(&used) && unique_id_spent(&used));
        assert!(unique_id_unusable(&expired) && !unique_id_spent(&expired));
        assert!(unique_id_unusable(&unknown) && !unique_id_spent(&unknown));
        assert!(!unique_id_unusable(&other) && !unique_id_spent(&other));
    }
}
