//! Settling an action whose result never reached the database, and confirming the number of an
//! order whose placement answer was lost. Neither ever places anything: the unique id is the
//! key TrustOcean refuses twice, so asking about it is always safe, and ordering again never is.

use super::{Context, Outcome, notice, placed_id, required_id, submission, takeover, validation};
use crate::api::CheckUniqueId;
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::order::codes;
use crate::order::record::{KeySource, OrderRecord};
use crate::order::remote;
use crate::order::state::{Action, State};

/// Settles `order.pending`: what became of the action started and never stored.
///
/// - `submit`: `checkUniqueId` on the record's unique id. Free: nothing was placed, the order
///   stays awaiting submission with the same id and DCV values. Spent: TrustOcean holds an
///   order under it, whose number is lost: the order becomes unconfirmed.
/// - anything else on a placed order: `getSSLDetails`, applied as a sync would; a reissue
///   TrustOcean accepted (the remote unique id is new) is taken over with its CSR and names.
/// - before anything was placed: nothing remote can have changed.
pub(super) fn reconcile(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let pending = order.pending.take().unwrap_or_default();
    order.pending_since = None;

    if pending == Action::Submit.name() {
        return settle_submission(context, order);
    }
    if order.trustocean_id.is_none() {
        return Ok(Outcome::new(order, notice::NOT_PLACED));
    }
    settle_from_details(context, order, &pending)
}

fn settle_submission(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    // The result was stored after all (another request finished the submission).
    if order.state != State::AwaitingSubmission || order.trustocean_id.is_some() {
        return Ok(Outcome::new(order, notice::UNCHANGED));
    }
    let Some(unique_id) = order.unique_id.clone() else {
        return Ok(Outcome::new(order, notice::NOT_PLACED));
    };

    match context.client.check_unique_id(&CheckUniqueId { unique_id }) {
        Ok(_) => Ok(Outcome::new(order, notice::NOT_PLACED)),
        Err(error) if submission::unique_id_spent(&error) => {
            order.state = State::Unconfirmed;
            Ok(Outcome::new(order, notice::PLACED_UNCONFIRMED))
        }
        // An expired id was never placed; the next submission replaces it.
        Err(error) if submission::unique_id_unusable(&error) => {
            Ok(Outcome::new(order, notice::NOT_PLACED))
        }
        Err(error) => Err(error),
    }
}

fn settle_from_details(
    context: &Context<'_>,
    mut order: OrderRecord,
    pending: &str,
) -> Result<Outcome> {
    let id = placed_id(&order)?;
    let details = context.client.get_ssl_details(id)?;
    let refund = if pending == Action::Refund.name() || pending == Action::Terminate.name() {
        match context.client.check_refund_status(id) {
            Ok(status) => Some(status),
            // TrustOcean answered "Order not in refund status.": no refund was asked.
            Err(Error::Api { .. }) => None,
            // No answer says nothing either way: the action stays pending for a later look.
            Err(lost) => return Err(lost),
        }
    } else {
        None
    };

    let mut warnings = Vec::new();
    let reissued = pending == Action::Reissue.name()
        && !order.state.is_final()
        && details.unique_id.as_deref().map(str::trim) != order.unique_id.as_deref();
    if reissued {
        take_over_reissue(&mut order, &details, &mut warnings);
    }
    // A sync never drops names; a removal TrustOcean carried out shows in its list.
    let removed = pending == Action::RemoveDomain.name()
        && !details.domains.is_empty()
        && order
            .domains
            .iter()
            .any(|name| !details.domains.contains(name));
    if removed {
        order.domains.retain(|name| details.domains.contains(name));
        order.dcv.retain(|name, _| details.domains.contains(name));
    }

    let mut outcome = validation::apply_sync(
        order,
        validation::Fetched::new(details, refund),
        context.now,
    )?;
    if reissued {
        outcome.notice = notice::REISSUE_SUBMITTED;
    } else if removed {
        outcome.notice = notice::DOMAIN_REMOVED;
    }
    outcome.warnings = warnings;
    Ok(outcome)
}

/// A reissue TrustOcean accepted while its answer was lost: its unique id, CSR, names and
/// validation as TrustOcean holds them. A key the server made for it died with the request.
fn take_over_reissue(
    order: &mut OrderRecord,
    details: &crate::api::OrderDetails,
    warnings: &mut Vec<Finding>,
) {
    let remote_csr = details
        .csr_code
        .as_deref()
        .map(str::trim)
        .filter(|csr| !csr.is_empty());
    if order.key_source == Some(KeySource::Server)
        && remote_csr.is_some()
        && remote_csr != order.csr.as_deref().map(str::trim)
    {
        order.key_source = Some(KeySource::Customer);
        warnings.push(Finding::warning(
            codes::REISSUE_KEY_LOST,
            None,
            "the reissue was accepted, but the key the server made for it was lost with the interrupted request; reissue again to get a new key",
        ));
    }
    order.unique_id = details.unique_id.clone().or(order.unique_id.take());
    if let Some(csr) = remote_csr {
        order.csr = Some(csr.to_owned() + "\n");
    }
    if !details.domains.is_empty() {
        order.dcv = takeover::choices(&details.domains, &details.dcv_info);
        order.domains = details.domains.clone();
    }
    order.state = State::Validating;
    order.reissuing = true;
    order.checked_at = None;
    order.dcv_retried_at = None;
}

/// An unconfirmed order's number (`input.trustocean_id`), accepted only when TrustOcean's
/// order carries this record's unique id; then the order goes on as placed, issued at once
/// when TrustOcean already issued it.
pub(super) fn confirm(context: &Context<'_>, mut order: OrderRecord) -> Result<Outcome> {
    let id = required_id(context.input.trustocean_id)?;
    let details = context.client.get_ssl_details(id)?;

    let ours = order.unique_id.as_deref().map(str::trim);
    if ours.is_none() || details.unique_id.as_deref().map(str::trim) != ours {
        return Err(Error::refused(vec![Finding::error(
            codes::CONFIRM_MISMATCH,
            Some(id.to_string()),
            format!(
                "TrustOcean order {id} was not placed under this order's unique id {}; check the order number",
                ours.unwrap_or("(none)")
            ),
        )]));
    }

    order.trustocean_id = Some(id);
    order.vendor_id = details.vendor_id.clone().or(order.vendor_id);
    order.certificate_id = details.certificate_id.clone().or(order.certificate_id);
    order.state = State::Validating;
    remote::apply_dcv(&mut order, &details.dcv_info);

    let mut outcome =
        validation::apply_sync(order, validation::Fetched::new(details, None), context.now)?;
    if outcome.order.state == State::Validating {
        outcome.notice = notice::CONFIRMED;
    }
    Ok(outcome)
}
