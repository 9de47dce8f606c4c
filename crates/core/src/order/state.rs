//! Order states, actions, and the one table saying which action is allowed in which state.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Where an order stands in the module (the `state` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum State {
    /// Created; waits for CSR, domains, contact and organisation (step 1).
    #[default]
    AwaitingConfiguration,
    /// Configured with an unspent unique id; waits for DCV methods and submission (step 2).
    AwaitingSubmission,
    /// Sent to TrustOcean and accepted under the record's unique id, but the answer was lost
    /// (a crash, a timeout): the order exists, its number is not known yet. Never placed again;
    /// the number comes from TrustOcean's push or the admin ([`Action::Confirm`]).
    Unconfirmed,
    /// Placed with TrustOcean; domains (and organisation) are being validated.
    Validating,
    /// The certificate and chain are stored.
    Issued,
    /// Past its end date.
    Expired,
    /// Cancelled (before submission, or refunded).
    Cancelled,
    /// Revoked.
    Revoked,
}

impl State {
    /// Every state, in lifecycle order.
    pub const ALL: [State; 8] = [
        State::AwaitingConfiguration,
        State::AwaitingSubmission,
        State::Unconfirmed,
        State::Validating,
        State::Issued,
        State::Expired,
        State::Cancelled,
        State::Revoked,
    ];

    /// The stored spelling (`awaiting_configuration`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Self::AwaitingConfiguration => "awaiting_configuration",
            Self::AwaitingSubmission => "awaiting_submission",
            Self::Unconfirmed => "unconfirmed",
            Self::Validating => "validating",
            Self::Issued => "issued",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
            Self::Revoked => "revoked",
        }
    }

    /// Reads the stored spelling, in any case.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|state| state.name().eq_ignore_ascii_case(text))
    }

    /// Final for this certificate: only a renewal starts a new cycle.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Expired | Self::Cancelled | Self::Revoked)
    }

    /// Not yet placed with TrustOcean.
    pub fn is_before_submission(self) -> bool {
        matches!(self, Self::AwaitingConfiguration | Self::AwaitingSubmission)
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for State {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for State {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Option::<String>::deserialize(deserializer)?.unwrap_or_default();
        if text.trim().is_empty() {
            return Ok(Self::default());
        }
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{text:?} is not an order state; use one of {}",
                Self::ALL.map(State::name).join(", ")
            ))
        })
    }
}

/// Something that can be done to an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// WHMCS CreateAccount: a new record.
    Create,
    /// Step 1: CSR, domains, contact, organisation.
    Configure,
    /// Renewal: step 1 with the previous certificate's data.
    ReusePrevious,
    /// Step 2: DCV methods, then `addSSLOrder`.
    Submit,
    /// "Check issuance": sync the remote status.
    Refresh,
    /// Sync from `getSSLDetails` when TrustOcean says something changed (a push); never a
    /// customer action, so it runs while suspended too. In a final state only a pending refund
    /// is looked up.
    Sync,
    /// Switch one domain's DCV method.
    ChangeDcvMethod,
    /// Drop a domain that cannot be validated.
    RemoveDomain,
    /// Re-run DCV checks and resend approval e-mails.
    RetryDcv,
    /// Back to step 1 before submission.
    Reset,
    /// New CSR and/or domains for the issued certificate.
    Reissue,
    /// WHMCS ChangePackage: a new domain quota.
    ChangePackage,
    /// WHMCS Renew: a new certificate cycle.
    Renew,
    /// WHMCS Suspend.
    Suspend,
    /// WHMCS Unsuspend.
    Unsuspend,
    /// WHMCS Terminate.
    Terminate,
    /// Admin: revoke the certificate.
    Revoke,
    /// Admin: cancel and ask for a refund.
    Refund,
    /// Admin, before the first submission: send the order as a renewal (`renew=yes`), which
    /// TrustOcean rewards with extra validity when the earlier certificate qualifies.
    MarkRenewal,
    /// Admin: take over an order that already exists at TrustOcean (by its order number) into
    /// a new service.
    Import,
    /// Settles the action recorded as pending (a crash or a lost answer left it): asks
    /// TrustOcean what became of it and stores that. Allowed whatever the state, and the only
    /// action allowed while something is pending.
    Reconcile,
    /// An unconfirmed order's number, from a push or the admin: checked with `getSSLDetails`
    /// (it must carry this order's unique id), then the order goes on as placed.
    Confirm,
}

impl Action {
    /// The action's name, as PHP method and view use it (`change_dcv_method`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Configure => "configure",
            Self::ReusePrevious => "reuse_previous",
            Self::Submit => "submit",
            Self::Refresh => "refresh",
            Self::Sync => "sync",
            Self::ChangeDcvMethod => "change_dcv_method",
            Self::RemoveDomain => "remove_domain",
            Self::RetryDcv => "retry_dcv",
            Self::Reset => "reset",
            Self::Reissue => "reissue",
            Self::ChangePackage => "change_package",
            Self::Renew => "renew",
            Self::Suspend => "suspend",
            Self::Unsuspend => "unsuspend",
            Self::Terminate => "terminate",
            Self::Revoke => "revoke",
            Self::Refund => "refund",
            Self::MarkRenewal => "mark_renewal",
            Self::Import => "import",
            Self::Reconcile => "reconcile",
            Self::Confirm => "confirm",
        }
    }

    /// Whether a customer triggers it (refused while suspended); the others are WHMCS or admin
    /// operations.
    pub fn is_customer_action(self) -> bool {
        matches!(
            self,
            Self::Configure
                | Self::ReusePrevious
                | Self::Submit
                | Self::Refresh
                | Self::ChangeDcvMethod
                | Self::RemoveDomain
                | Self::RetryDcv
                | Self::Reset
                | Self::Reissue
                | Self::Reconcile
        )
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Action {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// Every action allowed in `state`, customer actions first. While `suspended`, only the WHMCS
/// and admin actions remain.
///
/// Reset is never allowed after submission: a reset there would let a customer place a second,
/// unpaid order on the same service (the original module allowed it from most states).
pub fn allowed(state: State, suspended: bool) -> &'static [Action] {
    use Action::*;
    match (state, suspended) {
        (State::AwaitingConfiguration, false) => &[
            Configure,
            ReusePrevious,
            Reset,
            Create,
            MarkRenewal,
            Import,
            ChangePackage,
            Suspend,
            Unsuspend,
            Terminate,
        ],
        (State::AwaitingConfiguration, true) => &[
            Create,
            MarkRenewal,
            Import,
            ChangePackage,
            Suspend,
            Unsuspend,
            Terminate,
        ],
        (State::AwaitingSubmission, false) => &[
            Submit,
            ChangeDcvMethod,
            RemoveDomain,
            Reset,
            MarkRenewal,
            ChangePackage,
            Suspend,
            Unsuspend,
            Terminate,
        ],
        (State::AwaitingSubmission, true) => {
            &[MarkRenewal, ChangePackage, Suspend, Unsuspend, Terminate]
        }
        (State::Unconfirmed, _) => &[Confirm, ChangePackage, Suspend, Unsuspend, Terminate],
        (State::Validating, false) => &[
            Refresh,
            ChangeDcvMethod,
            RemoveDomain,
            RetryDcv,
            Sync,
            ChangePackage,
            Suspend,
            Unsuspend,
            Terminate,
            Refund,
        ],
        (State::Validating, true) => &[Sync, ChangePackage, Suspend, Unsuspend, Terminate, Refund],
        (State::Issued, false) => &[
            Refresh,
            Reissue,
            Sync,
            ChangePackage,
            Renew,
            Suspend,
            Unsuspend,
            Terminate,
            Revoke,
            Refund,
        ],
        (State::Issued, true) => &[
            Sync,
            ChangePackage,
            Renew,
            Suspend,
            Unsuspend,
            Terminate,
            Revoke,
            Refund,
        ],
        (State::Expired | State::Cancelled | State::Revoked, _) => {
            &[Sync, ChangePackage, Renew, Suspend, Unsuspend, Terminate]
        }
    }
}

/// Whether `action` is allowed in `state`.
pub fn is_allowed(action: Action, state: State, suspended: bool) -> bool {
    allowed(state, suspended).contains(&action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suspension_leaves_no_customer_action() {
        for state in State::ALL {
            assert!(
                allowed(state, true)
                    .iter()
                    .all(|action| !action.is_customer_action()),
                "{state}"
            );
            assert!(is_allowed(Action::Unsuspend, state, true), "{state}");
            assert!(is_allowed(Action::Terminate, state, false), "{state}");
        }
    }

    #[test]
    fn reset_only_before_submission_and_reissue_only_when_issued() {
        for state in State::ALL {
            assert_eq!(
                is_allowed(Action::Reset, state, false),
                state.is_before_submission(),
                "{state}"
            );
            assert_eq!(
                is_allowed(Action::Reissue, state, false),
                state == State::Issued,
                "{state}"
            );
        }
    }

    #[test]
    fn submit_configure_and_renew_have_their_states() {
        assert!(is_allowed(Action::Submit, State::AwaitingSubmission, false));
        assert!(!is_allowed(Action::Submit, State::Validating, false));
        assert!(is_allowed(
            Action::Configure,
            State::AwaitingConfiguration,
            false
        ));
        assert!(!is_allowed(Action::Configure, State::Issued, false));
        assert!(!is_allowed(Action::Renew, State::Validating, false));
        for state in [
            State::Issued,
            State::Expired,
            State::Cancelled,
            State::Revoked,
        ] {
            assert!(is_allowed(Action::Renew, state, false), "{state}");
        }
        assert!(is_allowed(Action::RetryDcv, State::Validating, false));
        assert!(!is_allowed(Action::RetryDcv, State::Issued, false));
    }

    #[test]
    fn renewal_marks_and_imports_only_before_anything_was_placed() {
        for state in State::ALL {
            for suspended in [false, true] {
                assert_eq!(
                    is_allowed(Action::MarkRenewal, state, suspended),
                    state.is_before_submission(),
                    "{state}"
                );
                assert_eq!(
                    is_allowed(Action::Import, state, suspended),
                    state == State::AwaitingConfiguration,
                    "{state}"
                );
            }
        }
    }

    #[test]
    fn states_read_any_case_and_empty_is_the_start() {
        let state: State = serde_json::from_str("\"Validating\"").expect("state");
        let empty: State = serde_json::from_str("\"\"").expect("empty");
        assert_eq!(state, State::Validating);
        assert_eq!(empty, State::AwaitingConfiguration);
        assert!(serde_json::from_str::<State>("\"enroll_dcv\"").is_err());
    }
}
