//! The notices an action returns: a stable key saying what happened, for templates to translate.

/// A new record awaiting configuration.
pub const CREATED: &str = "order.created";
/// Step 1 done: awaiting submission.
pub const CONFIGURED: &str = "order.configured";
/// Back to step 1.
pub const RESET: &str = "order.reset";
/// Placed with TrustOcean: validating.
pub const SUBMITTED: &str = "order.submitted";
/// TrustOcean refused the unique id as used or expired: a new one is stored, the DCV values
/// changed and the order must be submitted again.
pub const UNIQUE_ID_RENEWED: &str = "order.unique_id_renewed";
/// TrustOcean accepted the submission under the order's unique id, but its answer was lost:
/// the order waits for its number (a push or the admin), and is never placed again.
pub const PLACED_UNCONFIRMED: &str = "order.placed_unconfirmed";
/// The interrupted action never reached TrustOcean: the order is as it was, ready to retry.
pub const NOT_PLACED: &str = "order.not_placed";
/// An unconfirmed order got its number and goes on as placed.
pub const CONFIRMED: &str = "order.confirmed";
/// The certificate was issued and stored.
pub const ISSUED: &str = "order.issued";
/// Still being validated.
pub const PENDING: &str = "order.pending";
/// Nothing changed.
pub const UNCHANGED: &str = "order.unchanged";
/// The order is cancelled.
pub const CANCELLED: &str = "order.cancelled";
/// The certificate is revoked.
pub const REVOKED: &str = "order.revoked";
/// The certificate expired.
pub const EXPIRED: &str = "order.expired";
/// A domain's DCV method changed.
pub const DCV_METHOD_CHANGED: &str = "order.dcv_method_changed";
/// A domain was removed.
pub const DOMAIN_REMOVED: &str = "order.domain_removed";
/// The CA re-checks the domains and resends approval e-mails.
pub const DCV_RETRIED: &str = "order.dcv_retried";
/// A reissue was placed: validating, the current certificate kept until the new one is issued.
pub const REISSUE_SUBMITTED: &str = "order.reissue_submitted";
/// The domain quota changed.
pub const PACKAGE_CHANGED: &str = "order.package_changed";
/// A renewal cycle started: awaiting configuration.
pub const RENEWAL_STARTED: &str = "order.renewal_started";
/// The service is suspended.
pub const SUSPENDED: &str = "order.suspended";
/// The service is unsuspended.
pub const UNSUSPENDED: &str = "order.unsuspended";
/// Terminated, the issued certificate stays valid (termination policy `keep`).
pub const KEPT: &str = "order.kept";
/// Cancelled with a refund request under review.
pub const REFUND_REQUESTED: &str = "order.refund_requested";
/// Already final: nothing to do.
pub const NOTHING_TO_DO: &str = "order.nothing_to_do";
/// The order will be sent as a renewal (`renew=yes`).
pub const MARKED_RENEWAL: &str = "order.marked_renewal";
/// The order will be sent as a new order, not a renewal.
pub const UNMARKED_RENEWAL: &str = "order.unmarked_renewal";
/// An order that exists at TrustOcean was taken over.
pub const IMPORTED: &str = "order.imported";
/// A row of the original module was carried over.
pub const MIGRATED: &str = "order.migrated";
