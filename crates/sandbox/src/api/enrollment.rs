//! Enrollment methods: `addSSLOrder` and `reissueSSLOrder`, which submit a CSR with domains
//! and DCV methods and start domain validation.

use std::sync::Arc;

use trustocean_core::dcv::{self, DcvInfo};

use super::envelope::{ApiError, ApiResult, codes};
use crate::catalog::{self, Product, money};
use crate::csr::{self, CsrProblem, ParsedCsr};
use crate::lifecycle::{self, not_found};
use crate::orders::{self, Order, status};
use crate::state::{AppState, lock};
use crate::validate::{self, Fields};

/// Longest CSR accepted, as the SDK validators say.
const MAX_CSR_LEN: usize = 32767;

/// The parts of an enrollment shared by new orders and reissues.
struct Enrollment {
    csr_code: String,
    csr: ParsedCsr,
    domains: Vec<String>,
    dcv: Vec<DcvInfo>,
}

pub(super) fn add_order(state: &Arc<AppState>, form: &Fields) -> ApiResult {
    for name in [
        "pid",
        "csr_code",
        "period",
        "dcv_method",
        "unique_id",
        "contact_email",
        "callback",
        "renew",
    ] {
        form.required(name)?;
    }

    let product = product(form.required("pid")?)?;
    let period = validate::period(product, form.required("period")?)?;
    let unique_id = validate::unique_id(form.required("unique_id")?, 20)?;
    let contact_email = validate::email(form.required("contact_email")?)?;
    let renew = match form.required("renew")?.to_ascii_lowercase().as_str() {
        "yes" => true,
        "no" => false,
        other => {
            return Err(ApiError::rejected(format!(
                "renew must be yes or no, got {other}"
            )));
        }
    };
    let callback = callback(form.required("callback")?)?;
    let enrollment = enrollment(form, product, &unique_id)?;
    let org_info = validate::org_info(form, product)?;
    let price = product
        .order_price(period, enrollment.domains.len())
        .ok_or_else(|| ApiError::rejected("This period has no price"))?;

    let mut store = lock(&state.store);
    if store.unique_id_in_use(&unique_id) {
        return Err(ApiError::rejected(format!(
            "The unique_id {unique_id} is already used by an order"
        )));
    }
    if store.credit_cents < price {
        return Err(ApiError::new(
            codes::INSUFFICIENT_CREDIT,
            format!(
                "Insufficient balance: the order costs {} and your credit is {}",
                money(price),
                money(store.credit_cents)
            ),
        ));
    }

    store.credit_cents -= price;
    let trustocean_id = store.allocate_id();
    let order = Order {
        trustocean_id,
        vendor_id: (9_000_000 + trustocean_id).to_string(),
        certificate_id: (5_000_000 + trustocean_id).to_string(),
        product,
        period,
        cert_status: status::PROCESSING.to_owned(),
        unique_id,
        csr_code: enrollment.csr_code,
        spki_der: enrollment.csr.spki_der,
        contact_email,
        callback,
        domains: enrollment.domains,
        dcv: enrollment.dcv,
        renew,
        reissue: false,
        reissued_at: None,
        org_info,
        created_at: orders::now(),
        issued: None,
        issued_at: None,
        paid_cents: price,
        refund: None,
        generation: 0,
    };
    let answer = order.enrollment_json();
    store.insert(order);
    drop(store);

    eprintln!("order {trustocean_id} created (pid {})", product.pid);
    lifecycle::schedule_approval(state, trustocean_id, 0);
    Ok(answer)
}

pub(super) fn reissue(state: &Arc<AppState>, form: &Fields) -> ApiResult {
    let trustocean_id = form.trustocean_id()?;
    for name in ["csr_code", "dcv_method", "contact_email", "unique_id"] {
        form.required(name)?;
    }
    let unique_id = validate::unique_id(form.required("unique_id")?, 15)?;
    let contact_email = validate::email(form.required("contact_email")?)?;

    let product = {
        let store = lock(&state.store);
        let order = store
            .get(trustocean_id)
            .ok_or_else(|| not_found(trustocean_id))?;
        if order.cert_status != status::ISSUED {
            return Err(ApiError::new(
                codes::REISSUE_WRONG_STATE,
                "Cannot reissue this order now, your order not in Issued_Active status",
            ));
        }
        order.product
    };
    let enrollment = enrollment(form, product, &unique_id)?;

    let mut store = lock(&state.store);
    if store.unique_id_in_use(&unique_id) {
        return Err(ApiError::rejected(format!(
            "A reissue needs a new unique_id; {unique_id} is already used"
        )));
    }
    let order = store
        .get_mut(trustocean_id)
        .ok_or_else(|| not_found(trustocean_id))?;
    // Re-checked under the lock: a concurrent call may have changed the state.
    if order.cert_status != status::ISSUED {
        return Err(ApiError::new(
            codes::REISSUE_WRONG_STATE,
            "Cannot reissue this order now, your order not in Issued_Active status",
        ));
    }

    order.cert_status = status::PROCESSING.to_owned();
    order.unique_id = unique_id.clone();
    order.csr_code = enrollment.csr_code;
    order.spki_der = enrollment.csr.spki_der;
    order.contact_email = contact_email;
    order.domains = enrollment.domains;
    order.dcv = enrollment.dcv;
    order.reissue = true;
    order.reissued_at = Some(orders::now());
    order.issued = None;
    order.issued_at = None;
    order.generation += 1;
    let generation = order.generation;
    let answer = order.enrollment_json();
    store.used_unique_ids.insert(unique_id);
    drop(store);

    eprintln!("order {trustocean_id} reissue submitted");
    lifecycle::schedule_approval(state, trustocean_id, generation);
    Ok(answer)
}

fn product(pid: &str) -> Result<&'static Product, ApiError> {
    pid.parse::<u32>()
        .ok()
        .and_then(catalog::find)
        .ok_or_else(|| {
            ApiError::new(
                codes::PRODUCT_UNAVAILABLE,
                format!("Product {pid} does not exist or is not available to your account"),
            )
        })
}

fn callback(url: &str) -> Result<String, ApiError> {
    if url.starts_with("http://") || url.starts_with("https://") {
        Ok(url.to_owned())
    } else {
        Err(ApiError::rejected(format!("Invalid callback URL: {url}")))
    }
}

/// Checks the CSR, domains and DCV methods and computes the DCV entries.
fn enrollment(form: &Fields, product: &Product, unique_id: &str) -> Result<Enrollment, ApiError> {
    let csr_code = form.required("csr_code")?;
    if csr_code.len() > MAX_CSR_LEN {
        return Err(ApiError::rejected(
            "The CSR is longer than 32767 characters",
        ));
    }
    let csr = csr::parse_and_verify(csr_code).map_err(|problem| match problem {
        CsrProblem::Unparsable => {
            ApiError::rejected("Invalid CSR: cannot parse the certificate request")
        }
        CsrProblem::BadSignature => {
            ApiError::rejected("Invalid CSR: the signature does not verify")
        }
    })?;
    let common_name = csr.common_name.clone().unwrap_or_default();
    // Public-IP products are the one case where the CA takes an address as the CN.
    let ip_allowed = product.ipv4 && common_name.parse::<std::net::IpAddr>().is_ok();
    if !csr::is_fqdn_common_name(&common_name) && !ip_allowed {
        return Err(ApiError::new(
            codes::CN_NOT_FQDN,
            format!(
                "The CSR common name must be a fully qualified domain name, got '{common_name}'"
            ),
        ));
    }

    // Single-domain orders from WHMCS omit `domains`; the CA then takes the CSR's CN.
    let requested = match form.optional("domains") {
        Some(list) => validate::csv(list),
        None if !product.multidomain => vec![common_name],
        None => return Err(ApiError::missing("domains")),
    };
    let domains = validate::domains(&requested, Some(product))?;
    let methods = validate::csv(form.required("dcv_method")?);

    let hashes = dcv::csr_hashes(&csr.der).map_err(|err| ApiError::rejected(err.to_string()))?;
    let pre = domains
        .iter()
        .map(|domain| dcv::pre_dcv_info_with_hashes(&hashes, unique_id, domain))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|err| ApiError::new(codes::BAD_DOMAIN, err.to_string()))?;
    let methods = validate::dcv_methods(&domains, &methods, &pre)?;
    let dcv = domains
        .iter()
        .zip(&methods)
        .zip(&pre)
        .map(|((domain, method), info)| {
            DcvInfo::from_pre(domain, info, method, dcv::STATUS_NEEDS_VERIFICATION)
        })
        .collect();

    Ok(Enrollment {
        csr_code: csr_code.to_owned(),
        csr,
        domains,
        dcv,
    })
}
