//! After placement: reissue, package change, renewal, suspension, termination, revocation and
//! refund.

use indexmap::IndexMap;

use super::{Context, Outcome, notice, placed_id, required};
use crate::api::{DcvMethod, ReissueSslOrder, RevokeSsl};
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::order::checks::{Entered, prepare};
use crate::order::codes;
use crate::order::methods::choose_methods;
use crate::order::product::Termination;
use crate::order::record::{DcvChoice, OrderRecord, Previous};
use crate::order::remote;
use crate::order::state::State;

/// The revocation reason sent when WHMCS terminates a service whose product revokes.
const TERMINATION_REASON: &str = "cessationOfOperation";

/// A new CSR and/or names for the issued certificate, within the quota, under a new unique id.
/// The current certificate stays until the new one is issued.
pub(super) fn reissue(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let input = context.input;
    let id = placed_id(&order)?;
    // A multi-domain reissue without a list keeps the names; a single-domain one follows the CSR.
    let domains = if input.domains.is_empty() && context.product.multi_domain {
        order.domains.clone()
    } else {
        input.domains.clone()
    };
    let entered = Entered {
        csr_source: input.csr_source.as_deref(),
        csr: input.csr.as_deref(),
        domains: &domains,
        contact_email: input
            .contact_email
            .as_deref()
            .or(order.contact_email.as_deref()),
        organization: input.organization.as_ref().or(order.organization.as_ref()),
        key_type: input.key_type.as_deref(),
        current_csr: order.csr.as_deref(),
        current_key_source: order.key_source,
    };
    let prepared = prepare(context.product, context.quota(&order), &entered)?;
    let names: Vec<String> = prepared
        .domains
        .iter()
        .map(|name| name.as_str().to_owned())
        .collect();
    // Methods carry over for names kept, but every name is validated again.
    let carried: IndexMap<String, DcvChoice> = order
        .dcv
        .iter()
        .map(|(domain, choice)| {
            let mut choice = choice.clone();
            choice.status = crate::dcv::STATUS_NEEDS_VERIFICATION.to_owned();
            (domain.clone(), choice)
        })
        .collect();
    let chosen = choose_methods(
        &names,
        &carried,
        input.methods.as_ref(),
        input.same_for_all.as_deref(),
    )?;
    let dcv_method = chosen
        .values()
        .map(|choice| DcvMethod::parse("dcv_method", choice.api_value()))
        .collect::<Result<Vec<_>>>()?;

    // A reissue always needs a new unique id; an unspent one cannot be left from an earlier
    // cycle because the issued order spent it.
    let unique_id = context.client.create_new_unique_id()?.unique_id;
    let placed = context.client.reissue_ssl_order(&ReissueSslOrder {
        trustocean_id: id,
        csr_code: prepared.csr.clone(),
        domains: names.clone(),
        dcv_method,
        contact_email: prepared.contact_email.clone(),
        unique_id: unique_id.clone(),
    })?;

    order.unique_id = placed
        .unique_id
        .filter(|id| !id.trim().is_empty())
        .or(Some(unique_id));
    order.vendor_id = placed.vendor_id.or(order.vendor_id);
    order.certificate_id = placed.certificate_id.or(order.certificate_id);
    order.csr = Some(prepared.csr);
    order.domains = names;
    order.dcv = chosen;
    order.contact_email = Some(prepared.contact_email);
    if prepared.organization.is_some() {
        order.organization = prepared.organization;
    }
    order.key_source = Some(prepared.key_source);
    order.state = State::Validating;
    order.reissuing = true;
    order.checked_at = None;
    order.dcv_retried_at = None;
    remote::apply_dcv(&mut order, &placed.dcv_info);
    order.remote_status = Some(placed.cert_status.as_str().to_owned());
    Ok(Outcome {
        order,
        private_key: prepared.private_key,
        notice: notice::REISSUE_SUBMITTED,
        warnings: prepared.warnings,
    })
}

/// WHMCS ChangePackage: the product's quota becomes the order's, never below its names.
pub(super) fn change_package(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let quota = context.product.quota.max(1);
    let used = u64::try_from(order.domains.len()).unwrap_or(u64::MAX);
    if quota < used {
        return Err(Error::refused(vec![Finding::error(
            codes::QUOTA_BELOW_DOMAINS,
            Some(quota.to_string()),
            format!(
                "the new package covers {quota} name{} but the order already has {used}; remove names first",
                if quota == 1 { "" } else { "s" }
            ),
        )]));
    }
    order.domain_quota = quota;
    Ok(Outcome::new(order, notice::PACKAGE_CHANGED))
}

/// WHMCS Renew: a new cycle. The current certificate becomes `previous`, the order waits for
/// configuration with `renew` set when there was a certificate to renew, and the spent unique
/// id and remote ids are cleared.
pub(super) fn renew(order: OrderRecord) -> Outcome {
    let had_certificate = matches!(order.state, State::Issued | State::Expired);
    let previous = if order.csr.is_some() || order.certificate.is_some() {
        Some(Previous {
            trustocean_id: order.trustocean_id,
            certificate: order.certificate.clone(),
            chain: order.chain.clone(),
            valid_to: order.valid_to,
            domains: order.domains.clone(),
            csr: order.csr.clone(),
            contact_email: order.contact_email.clone(),
            organization: order.organization.clone(),
        })
    } else {
        order.previous.clone()
    };
    let renewed = OrderRecord {
        service_id: order.service_id,
        state: State::AwaitingConfiguration,
        suspended: order.suspended,
        key_source: order.key_source,
        contact_email: order.contact_email,
        organization: order.organization,
        renew: had_certificate,
        domain_quota: order.domain_quota,
        previous,
        created_at: order.created_at,
        ..OrderRecord::default()
    };
    Outcome::new(renewed, notice::RENEWAL_STARTED)
}

/// WHMCS Suspend / Unsuspend: the flag only.
pub(super) fn set_suspended(mut order: OrderRecord, suspended: bool) -> Outcome {
    order.suspended = suspended;
    Outcome::new(
        order,
        if suspended {
            notice::SUSPENDED
        } else {
            notice::UNSUSPENDED
        },
    )
}

/// WHMCS Terminate: before submission the order is cancelled locally; while validating it is
/// cancelled with a refund request; an issued certificate is kept or revoked as the product
/// says; a final order stays as it is.
pub(super) fn terminate(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let has_certificate = order.state == State::Issued || order.reissuing;
    if order.state.is_final() {
        return Ok(Outcome::new(order, notice::NOTHING_TO_DO));
    }
    if order.state.is_before_submission() {
        order.state = State::Cancelled;
        return Ok(Outcome::new(order, notice::CANCELLED));
    }
    if has_certificate {
        if context.product.termination == Termination::Keep {
            return Ok(Outcome::new(order, notice::KEPT));
        }
        revoke_with(context, &mut order, TERMINATION_REASON)?;
        return Ok(Outcome::new(order, notice::REVOKED));
    }
    let id = placed_id(&order)?;
    context.client.cancel_and_refund(id)?;
    order.refund_status = Some("processing".to_owned());
    order.state = State::Cancelled;
    Ok(Outcome::new(order, notice::REFUND_REQUESTED))
}

/// Admin: revokes the issued certificate with the reason given.
pub(super) fn revoke(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let reason = required(context.input.reason.as_deref(), "reason").map_err(|_| {
        Error::refused(vec![Finding::error(
            codes::REVOCATION_REASON_MISSING,
            Some("reason".to_owned()),
            "say why the certificate is revoked (e.g. keyCompromise, superseded)",
        )])
    })?;
    revoke_with(context, &mut order, reason)?;
    Ok(Outcome::new(order, notice::REVOKED))
}

fn revoke_with(context: &Context<'_>, order: &mut OrderRecord, reason: &str) -> Result<()> {
    let id = placed_id(order)?;
    context.client.revoke_ssl(&RevokeSsl {
        trustocean_id: id,
        revocation_reason: reason.to_owned(),
    })?;
    order.state = State::Revoked;
    order.reissuing = false;
    order.remote_status = Some(crate::api::CertStatus::Revoked.as_str().to_owned());
    Ok(())
}

/// Admin: cancels the order at TrustOcean and asks for a refund; the decision is read by the
/// status check (a finished refund cancels the order).
pub(super) fn refund(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let id = placed_id(&order)?;
    context.client.cancel_and_refund(id)?;
    order.refund_status = Some("processing".to_owned());
    Ok(Outcome::new(order, notice::REFUND_REQUESTED))
}
