//! [`Workflow`]: every order action, with its state check, its rules and its remote calls.
//!
//! Each action takes the stored record, the product and what was entered, checks that the
//! action is allowed in the record's state ([`allowed`](super::allowed)), checks the input
//! (collecting every problem), only then calls TrustOcean, and returns the whole new record.
//! Nothing is sent when a check fails, and a failed call changes nothing (the caller keeps
//! its stored record). The clock is a parameter: no action reads the time itself.

mod aftercare;
mod batch;
pub mod notices;
mod reconcile;
mod setup;
mod submission;
mod takeover;
mod validation;

use zeroize::Zeroizing;

pub use batch::{BatchOptions, DEFAULT_CONCURRENCY, MAX_CONCURRENCY};
use notices as notice;

use super::codes;
use super::input::Input;
use super::product::Product;
use super::record::OrderRecord;
use super::settings::Settings;
use super::state::{Action, is_allowed};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::finding::Finding;

/// What an action produced.
#[derive(Debug)]
pub struct Outcome {
    /// The full new record, to store.
    pub order: OrderRecord,
    /// The private key, PEM, when the server just generated one (store it encrypted; never
    /// log it).
    pub private_key: Option<Zeroizing<String>>,
    /// What happened, as a stable key (`order.configured`).
    pub notice: &'static str,
    /// Findings that did not block the action (e.g. a SHA-1 CSR).
    pub warnings: Vec<Finding>,
}

impl Outcome {
    fn new(order: OrderRecord, notice: &'static str) -> Self {
        Self {
            order,
            private_key: None,
            notice,
            warnings: Vec::new(),
        }
    }
}

/// The order workflow with its settings.
#[derive(Debug, Clone, Default)]
pub struct Workflow {
    settings: Settings,
}

impl Workflow {
    /// A workflow with these settings.
    pub fn new(settings: Settings) -> Self {
        Self { settings }
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Seconds until a push may make [`Action::Sync`] call TrustOcean for `order` again (0:
    /// now). The caller claims the slot atomically in its database before running the sync, so
    /// concurrent pushes cannot all pass.
    pub fn sync_wait(&self, order: &OrderRecord, now: i64) -> i64 {
        validation::sync_wait(order, self.settings.sync_interval, now)
    }

    /// Runs `action` on `order` at `now` (Unix seconds).
    ///
    /// # Errors
    /// [`Error::Refused`] for a wrong state (`order.wrong_state`), a suspended service
    /// (`order.service_suspended`), a throttle (`order.throttled`) or bad input (every finding);
    /// the API's errors as they come for a failed call.
    pub fn run(
        &self,
        client: &Client,
        action: Action,
        order: OrderRecord,
        product: &Product,
        input: &Input,
        now: i64,
    ) -> Result<Outcome> {
        let mut order = order;
        order.settle(now);
        guard(action, &order)?;

        let context = Context {
            client,
            product,
            input,
            settings: &self.settings,
            now,
        };
        let mut outcome = match action {
            Action::Create => setup::create(&context, order),
            Action::Configure => setup::configure(&context, order),
            Action::ReusePrevious => setup::reuse_previous(&context, order),
            Action::Reset => Ok(setup::reset(order)),
            Action::Submit => submission::submit(&context, order),
            Action::Refresh => validation::refresh(&context, order),
            Action::Sync => validation::sync(&context, order),
            Action::ChangeDcvMethod => validation::change_dcv_method(&context, order),
            Action::RemoveDomain => validation::remove_domain(&context, order),
            Action::RetryDcv => validation::retry_dcv(&context, order),
            Action::Reissue => aftercare::reissue(&context, order),
            Action::ChangePackage => aftercare::change_package(&context, order),
            Action::Renew => Ok(aftercare::renew(order)),
            Action::Suspend => Ok(aftercare::set_suspended(order, true)),
            Action::Unsuspend => Ok(aftercare::set_suspended(order, false)),
            Action::Terminate => aftercare::terminate(&context, order),
            Action::Revoke => aftercare::revoke(&context, order),
            Action::Refund => aftercare::refund(&context, order),
            Action::MarkRenewal => takeover::mark_renewal(&context, order),
            Action::Import => takeover::import(&context, order),
            Action::Reconcile => reconcile::reconcile(&context, order),
            Action::Confirm => reconcile::confirm(&context, order),
        }?;
        // The action's result is what gets stored: nothing of it is pending any more.
        outcome.order.pending = None;
        outcome.order.pending_since = None;
        outcome.order.updated_at = now;
        Ok(outcome)
    }
}

/// What every action gets besides the record.
struct Context<'a> {
    client: &'a Client,
    product: &'a Product,
    input: &'a Input,
    settings: &'a Settings,
    now: i64,
}

impl Context<'_> {
    /// The names paid for: the record's quota, else the product's.
    fn quota(&self, order: &OrderRecord) -> u64 {
        if order.domain_quota > 0 {
            order.domain_quota
        } else {
            self.product.quota.max(1)
        }
    }
}

/// Refuses an action the record's state (or suspension) does not allow. While an action is
/// pending only `reconcile` and the pending action itself (run by the request that recorded
/// it) may run; `reconcile` runs in any state, but only when something is pending.
pub fn guard(action: Action, order: &OrderRecord) -> Result<()> {
    match (order.pending.as_deref(), action) {
        (Some(_), Action::Reconcile) => return Ok(()),
        (None, Action::Reconcile) => {
            return Err(Error::refused(vec![Finding::error(
                codes::NOTHING_PENDING,
                None,
                "nothing is pending for this order; reload the page",
            )]));
        }
        (Some(pending), _) if pending != action.name() => {
            return Err(Error::refused(vec![Finding::error(
                codes::CALL_PENDING,
                Some(pending.to_owned()),
                format!(
                    "another request is still working on this order ({}); reload the page in a moment",
                    pending.replace('_', " ")
                ),
            )]));
        }
        _ => {}
    }
    if is_allowed(action, order.state, order.suspended) {
        return Ok(());
    }
    if order.suspended && is_allowed(action, order.state, false) {
        return Err(Error::refused(vec![Finding::error(
            codes::SERVICE_SUSPENDED,
            None,
            "this service is suspended; the order can be viewed but not changed until it is unsuspended",
        )]));
    }
    Err(Error::refused(vec![Finding::error(
        codes::WRONG_STATE,
        Some(order.state.name().to_owned()),
        format!(
            "{} is not possible while the order is {}",
            action.name(),
            order.state.name().replace('_', " ")
        ),
    )]))
}

/// The order's TrustOcean id, or `order.not_submitted`.
fn placed_id(order: &OrderRecord) -> Result<u64> {
    order.trustocean_id.ok_or_else(|| {
        Error::refused(vec![Finding::error(
            codes::NOT_SUBMITTED,
            None,
            "the order has not been placed with TrustOcean yet",
        )])
    })
}

/// A required TrustOcean order number, or `order.input_missing`.
fn required_id(value: Option<u64>) -> Result<u64> {
    value.filter(|id| *id > 0).ok_or_else(|| {
        Error::refused(vec![Finding::error(
            codes::INPUT_MISSING,
            Some("trustocean_id".to_owned()),
            "enter the TrustOcean order number",
        )])
    })
}

/// A required input field, or `order.input_missing` naming it.
fn required<'a>(value: Option<&'a str>, field: &str) -> Result<&'a str> {
    value
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .ok_or_else(|| {
            Error::refused(vec![Finding::error(
                codes::INPUT_MISSING,
                Some(field.to_owned()),
                format!("{field} is required"),
            )])
        })
}
