//! Before submission: create, configure (step 1), reuse the previous certificate, reset.

use indexmap::IndexMap;

use super::{Context, Outcome, notice};
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::order::checks::{Entered, Prepared, prepare};
use crate::order::codes;
use crate::order::methods::choose_methods;
use crate::order::record::OrderRecord;
use crate::order::state::State;

/// WHMCS CreateAccount: a fresh record awaiting configuration. Keeps the service id, quota,
/// creation time and an unspent unique id of the record given (a repeated CreateAccount).
pub(super) fn create(context: &Context<'_>, order: OrderRecord) -> Result<Outcome> {
    let fresh = OrderRecord {
        service_id: order.service_id,
        state: State::AwaitingConfiguration,
        suspended: order.suspended,
        unique_id: order.unique_id,
        domain_quota: if order.domain_quota > 0 {
            order.domain_quota
        } else {
            context.product.quota.max(1)
        },
        previous: order.previous,
        renew: order.renew,
        created_at: if order.created_at > 0 {
            order.created_at
        } else {
            context.now
        },
        ..OrderRecord::default()
    };
    Ok(Outcome::new(fresh, notice::CREATED))
}

/// Step 1: CSR, domains, contact and organisation, then an unspent unique id.
pub(super) fn configure(context: &Context<'_>, order: OrderRecord) -> Result<Outcome> {
    let input = context.input;
    let entered = Entered {
        csr_source: input.csr_source.as_deref(),
        csr: input.csr.as_deref(),
        domains: &input.domains,
        contact_email: input
            .contact_email
            .as_deref()
            .or(order.contact_email.as_deref()),
        organization: input.organization.as_ref().or(order.organization.as_ref()),
        key_type: input.key_type.as_deref(),
        current_csr: None,
        current_key_source: None,
    };
    let prepared = prepare(context.product, context.quota(&order), &entered)?;
    configured(context, order, prepared)
}

/// Renewal step 1 with the previous certificate's CSR, domains, contact and organisation
/// (each may be overridden by the input); the key source stays.
pub(super) fn reuse_previous(context: &Context<'_>, order: OrderRecord) -> Result<Outcome> {
    let Some(previous) = order.previous.clone().filter(|p| p.csr.is_some()) else {
        return Err(Error::refused(vec![Finding::error(
            codes::NO_PREVIOUS,
            None,
            "there is no previous certificate to copy; enter the CSR and domains",
        )]));
    };
    let input = context.input;
    let entered = Entered {
        csr_source: Some("upload"),
        csr: previous.csr.as_deref(),
        domains: if input.domains.is_empty() {
            &previous.domains
        } else {
            &input.domains
        },
        contact_email: input
            .contact_email
            .as_deref()
            .or(previous.contact_email.as_deref())
            .or(order.contact_email.as_deref()),
        organization: input
            .organization
            .as_ref()
            .or(previous.organization.as_ref())
            .or(order.organization.as_ref()),
        key_type: None,
        current_csr: None,
        current_key_source: None,
    };
    let key_source = order.key_source;
    let mut prepared = prepare(context.product, context.quota(&order), &entered)?;
    if let Some(source) = key_source {
        prepared.key_source = source;
    }
    configured(context, order, prepared)
}

/// Stores a prepared configuration with default DCV methods (or those entered) and an unspent
/// unique id: the one the record holds, else a new one. Only now is anything sent.
fn configured(
    context: &Context<'_>,
    mut order: OrderRecord,
    prepared: Prepared,
) -> Result<Outcome> {
    let domains: Vec<String> = prepared
        .domains
        .iter()
        .map(|name| name.as_str().to_owned())
        .collect();
    let dcv = choose_methods(
        &domains,
        &IndexMap::new(),
        context.input.methods.as_ref(),
        context.input.same_for_all.as_deref(),
    )?;

    let unique_id = match order.unique_id.take() {
        Some(unspent) => unspent,
        None => context.client.create_new_unique_id()?.unique_id,
    };

    order.unique_id = Some(unique_id);
    order.csr = Some(prepared.csr);
    order.domains = domains;
    order.dcv = dcv;
    order.contact_email = Some(prepared.contact_email);
    order.organization = prepared.organization;
    order.key_source = Some(prepared.key_source);
    order.state = State::AwaitingSubmission;
    Ok(Outcome {
        order,
        private_key: prepared.private_key,
        notice: notice::CONFIGURED,
        warnings: prepared.warnings,
    })
}

/// Back to step 1: the CSR, names, DCV choices and organisation are cleared; an unspent unique
/// id and the contact address stay.
pub(super) fn reset(mut order: OrderRecord) -> Outcome {
    order.state = State::AwaitingConfiguration;
    order.csr = None;
    order.domains.clear();
    order.dcv.clear();
    order.organization = None;
    order.key_source = None;
    Outcome::new(order, notice::RESET)
}
