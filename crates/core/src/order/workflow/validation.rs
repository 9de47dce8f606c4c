//! While validating: the status check, DCV method changes, domain removal and DCV retries.

use super::batch::Pacer;
use super::{Context, Outcome, notice, placed_id, required};
use crate::ApiMethod;
use crate::api::{CertStatus, ChangeDcvMethod, OrderDetails, RefundStatus, RemoveSanDomain};
use crate::client::Client;
use crate::dcv;
use crate::domain;
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::order::checks::finding_from;
use crate::order::codes;
use crate::order::methods::choice_for;
use crate::order::record::OrderRecord;
use crate::order::state::State;
use crate::order::{remote, throttle};

/// "Check issuance": the remote status, then the certificate when issued, else the domains'
/// validation state; a pending refund is looked up too. Throttled by `checkDelay` unless
/// `force`. Applying the same answer twice changes nothing, and nothing moves backwards.
pub(super) fn refresh(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    if !context.input.force {
        throttle::check(
            "the status check",
            order.checked_at,
            context.settings.check_delay,
            context.now,
        )?;
    }
    let id = placed_id(&order)?;
    let client = context.client;
    let before = order.state;

    let status = client.get_order_status(id)?.cert_status;
    let needs_certificate = before == State::Validating || order.certificate.is_none();
    if status == CertStatus::IssuedActive && needs_certificate {
        let details = client.get_ssl_details(id)?;
        // Right after a reissue the CA may still report the old certificate: that is not news.
        let same_as_before = order.reissuing
            && details.cert_code.as_deref().map(str::trim)
                == order.certificate.as_deref().map(str::trim);
        if same_as_before {
            order.remote_status = Some(status.as_str().to_owned());
        } else {
            remote::apply_issued(&mut order, &details, context.now)?;
        }
    } else if before == State::Validating && remote::target_state(before, &status) == before {
        let validation = client.get_domain_validation_status(id)?;
        remote::apply_dcv(&mut order, &validation.dcv_info);
        remote::apply_status(&mut order, &status);
    } else {
        remote::apply_status(&mut order, &status);
    }

    sync_refund(context, &mut order)?;

    order.checked_at = Some(context.now);
    let notice = change_notice(before, order.state);
    Ok(Outcome::new(order, notice))
}

/// A push said something changed: one `getSSLDetails`, applied as the API reports it (the
/// certificate when newly issued, the domains' validation while validating, a final status),
/// and a pending refund looked up. The push's own content plays no part. Idempotent; never
/// moves an order backwards. In a final state nothing but a pending refund can change, so only
/// that is asked.
pub(super) fn sync(context: &Context<'_>, order: OrderRecord) -> Result<Outcome> {
    let client = context.client;
    let fetched = client.block_on(
        ApiMethod::GetSslDetails,
        fetch_for_sync(client, &order, None),
    )??;
    apply_sync(order, fetched, context.now)
}

/// What a sync learnt from TrustOcean.
pub(super) struct Fetched {
    details: Option<OrderDetails>,
    refund: Option<RefundStatus>,
}

impl Fetched {
    /// Details fetched (and a refund status, when one was asked) outside a sync.
    pub(super) fn new(details: OrderDetails, refund: Option<RefundStatus>) -> Self {
        Self {
            details: Some(details),
            refund,
        }
    }
}

/// The calls of a sync, as a future (batches run many at once): the order's details unless it
/// is final, and its refund status while a refund is pending.
/// Each call first waits for its turn on `pacer`, when there is one.
pub(super) async fn fetch_for_sync(
    client: &Client,
    order: &OrderRecord,
    pacer: Option<&Pacer>,
) -> Result<Fetched> {
    let id = placed_id(order)?;
    let details = if order.state.is_final() {
        None
    } else {
        if let Some(pacer) = pacer {
            pacer.wait().await;
        }
        Some(client.get_ssl_details_async(id).await?)
    };
    let refund = if order.refund_status.as_deref() == Some("processing") {
        if let Some(pacer) = pacer {
            pacer.wait().await;
        }
        Some(client.check_refund_status_async(id).await?)
    } else {
        None
    };
    Ok(Fetched { details, refund })
}

/// Applies what a sync fetched; sets `synced_at`.
pub(super) fn apply_sync(mut order: OrderRecord, fetched: Fetched, now: i64) -> Result<Outcome> {
    let before = order.state;

    if let Some(details) = &fetched.details {
        let status = details.cert_status.clone();
        let needs_certificate = before == State::Validating || order.certificate.is_none();
        let is_new = details.cert_code.as_deref().map(str::trim)
            != order.certificate.as_deref().map(str::trim);
        if status == CertStatus::IssuedActive && needs_certificate && (is_new || !order.reissuing) {
            remote::apply_issued(&mut order, details, now)?;
        } else {
            if before == State::Validating {
                remote::apply_dcv(&mut order, &details.dcv_info);
            }
            remote::apply_status(&mut order, &status);
        }
    }
    if let Some(refund) = fetched.refund {
        apply_refund(&mut order, refund);
    }

    order.synced_at = Some(now);
    let notice = if before.is_final() {
        notice::UNCHANGED
    } else {
        change_notice(before, order.state)
    };
    Ok(Outcome::new(order, notice))
}

/// Seconds until a push may sync `order` again (0: now).
pub fn sync_wait(order: &OrderRecord, interval: i64, now: i64) -> i64 {
    throttle::wait_seconds(order.synced_at, interval, now)
}

/// Looks up a pending refund: `finished` cancels the order (unless it is already final).
fn sync_refund(context: &Context<'_>, order: &mut OrderRecord) -> Result<()> {
    if order.refund_status.as_deref() != Some("processing") {
        return Ok(());
    }
    let id = placed_id(order)?;
    let refund = context.client.check_refund_status(id)?;
    apply_refund(order, refund);
    Ok(())
}

/// A decided refund: `finished` cancels the order unless it is already final.
fn apply_refund(order: &mut OrderRecord, refund: RefundStatus) {
    if refund.refund_status.eq_ignore_ascii_case("finished") && !order.state.is_final() {
        order.state = State::Cancelled;
        order.reissuing = false;
    }
    order.refund_status = Some(refund.refund_status);
}

/// What a status check or sync tells the customer, from the states before and after.
fn change_notice(before: State, after: State) -> &'static str {
    match (before, after) {
        (before, after) if before == after && after == State::Validating => notice::PENDING,
        (before, after) if before == after => notice::UNCHANGED,
        (_, State::Issued) => notice::ISSUED,
        (_, State::Cancelled) => notice::CANCELLED,
        (_, State::Revoked) => notice::REVOKED,
        (_, State::Expired) => notice::EXPIRED,
        _ => notice::UNCHANGED,
    }
}

/// The order's own spelling of an entered domain, or `order.domain_unknown`.
fn known_domain(order: &OrderRecord, entered: &str) -> Result<(String, domain::Name)> {
    let unknown = || {
        Error::refused(vec![Finding::error(
            codes::DOMAIN_UNKNOWN,
            Some(entered.to_owned()),
            format!("{entered} is not one of this order's domains"),
        )])
    };
    let name = domain::normalize(entered).map_err(|_| unknown())?;
    order
        .domains
        .iter()
        .find(|known| domain::normalize(known).is_ok_and(|k| k == name))
        .map(|known| (known.clone(), name))
        .ok_or_else(unknown)
}

fn refuse_verified(order: &OrderRecord, domain: &str, what: &str) -> Result<()> {
    if order
        .dcv
        .get(domain)
        .is_some_and(|choice| choice.is_verified())
    {
        return Err(Error::refused(vec![Finding::error(
            codes::DOMAIN_VERIFIED,
            Some(domain.to_owned()),
            format!("{domain} is already validated, so its {what}"),
        )]));
    }
    Ok(())
}

/// Switches one domain's method: checked locally, then `changeDCVMethod` once the order is
/// placed (before that, only the stored choice changes).
pub(super) fn change_dcv_method(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let input = context.input;
    let entered = required(input.domain.as_deref(), "domain")?;
    let method = required(input.method.as_deref(), "method")?;
    let (domain, name) = known_domain(&order, entered)?;
    refuse_verified(&order, &domain, "method can no longer change")?;
    let checked = dcv::check_method(&name, method)
        .map_err(|error| Error::refused(vec![finding_from(error, Some(&domain))]))?;

    if order.state == State::Validating {
        context.client.change_dcv_method(&ChangeDcvMethod {
            trustocean_id: placed_id(&order)?,
            domain: domain.clone(),
            method: checked.clone(),
        })?;
    }
    let status = order
        .dcv
        .get(&domain)
        .map(|choice| choice.status.clone())
        .unwrap_or_else(|| dcv::STATUS_NEEDS_VERIFICATION.to_owned());
    order.dcv.insert(domain, choice_for(&checked, &status));
    Ok(Outcome::new(order, notice::DCV_METHOD_CHANGED))
}

/// Drops a domain that cannot be validated: multi-domain products only, never the primary,
/// the last or a validated domain; `removeSanDomain` once the order is placed.
pub(super) fn remove_domain(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let entered = required(context.input.domain.as_deref(), "domain")?;
    let (domain, _) = known_domain(&order, entered)?;
    let refuse = |code: &'static str, message: String| {
        Err(Error::refused(vec![Finding::error(
            code,
            Some(domain.clone()),
            message,
        )]))
    };
    if !context.product.multi_domain {
        return refuse(
            codes::NOT_MULTI_DOMAIN,
            "domains can only be removed from multi-domain certificates".to_owned(),
        );
    }
    if order.domains.len() <= 1 {
        return refuse(
            codes::LAST_DOMAIN,
            format!("{domain} is the order's only domain; a certificate needs at least one"),
        );
    }
    if order.primary_domain() == Some(domain.as_str()) {
        return refuse(
            codes::PRIMARY_DOMAIN,
            format!(
                "{domain} is the primary domain (the certificate's common name) and cannot be removed"
            ),
        );
    }
    refuse_verified(&order, &domain, "removal would waste the validation")?;

    if order.state == State::Validating {
        context.client.remove_san_domain(&RemoveSanDomain {
            trustocean_id: placed_id(&order)?,
            domain: domain.clone(),
        })?;
    }
    order.domains.retain(|known| *known != domain);
    order.dcv.shift_remove(&domain);
    Ok(Outcome::new(order, notice::DOMAIN_REMOVED))
}

/// Asks the CA to re-check the domains and resend approval e-mails; throttled by `retryDelay`.
pub(super) fn retry_dcv(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    if !context.input.force {
        throttle::check(
            "the validation retry",
            order.dcv_retried_at,
            context.settings.retry_delay,
            context.now,
        )?;
    }
    let id = placed_id(&order)?;
    context.client.retry_dcv_email_or_dcv_check(id)?;
    order.dcv_retried_at = Some(context.now);
    Ok(Outcome::new(order, notice::DCV_RETRIED))
}
