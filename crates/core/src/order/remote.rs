//! Applying what TrustOcean reports to a record, idempotently and never backwards: an issued
//! order never returns to validating, and expired, cancelled and revoked are final.

use indexmap::IndexMap;

use super::record::OrderRecord;
use super::state::State;
use crate::api::{CertStatus, DcvEntry, OrderDetails};
use crate::certificate;
use crate::error::Result;

/// The local state a remote `cert_status` leads to from `current`.
///
/// Processing states (`enroll_*`, unknown ones) leave the order where it is: they cannot move
/// an issued certificate back, and before submission they cannot apply at all. An issued
/// status moves a validating order to issued (the caller stores the certificate first).
pub fn target_state(current: State, remote: &CertStatus) -> State {
    if current.is_final() || current.is_before_submission() {
        return current;
    }
    match remote {
        CertStatus::IssuedActive => State::Issued,
        CertStatus::Cancelled => State::Cancelled,
        CertStatus::Revoked => State::Revoked,
        CertStatus::Expired => State::Expired,
        _ => current,
    }
}

/// Applies a remote status that carries no certificate (anything but a fresh issuance).
/// Returns whether the state changed.
pub fn apply_status(record: &mut OrderRecord, remote: &CertStatus) -> bool {
    record.remote_status = Some(remote.as_str().to_owned());
    let target = target_state(record.state, remote);
    // A fresh issuance needs the certificate: that goes through `apply_issued`.
    if target == State::Issued && record.state != State::Issued {
        return false;
    }
    let changed = target != record.state;
    if changed {
        record.state = target;
        if target.is_final() {
            record.reissuing = false;
        }
    }
    changed
}

/// Stores an issued order's certificate, chain, dates and serial, marks every domain verified,
/// and moves the order to issued (also ending a reissue). Applying the same details twice
/// changes nothing more. The certificate is parsed first: a malformed one changes nothing.
pub fn apply_issued(record: &mut OrderRecord, details: &OrderDetails, now: i64) -> Result<()> {
    if record.state.is_final() {
        return Ok(());
    }
    let Some(pem) = details
        .cert_code
        .as_deref()
        .filter(|pem| !pem.trim().is_empty())
    else {
        return Ok(());
    };
    let parsed = certificate::parse(pem.as_bytes(), now)?;

    record.certificate = Some(pem.trim().to_owned() + "\n");
    record.chain = details
        .ca_code
        .as_deref()
        .map(str::trim)
        .filter(|chain| !chain.is_empty())
        .map(|chain| chain.to_owned() + "\n");
    record.valid_from = Some(parsed.info.not_before_unix);
    record.valid_to = Some(parsed.info.not_after_unix);
    record.serial = Some(parsed.info.serial.clone());
    if !details.domains.is_empty() {
        record.domains = details.domains.clone();
    }
    for choice in record.dcv.values_mut() {
        choice.status = crate::dcv::STATUS_VERIFIED.to_owned();
    }
    record.remote_status = Some(details.cert_status.as_str().to_owned());
    record.state = State::Issued;
    record.reissuing = false;
    record.settle(now);
    Ok(())
}

/// Copies each domain's remote validation status (and method, when the CA reports one) into
/// the record's choices. Domains the record does not know are ignored.
pub fn apply_dcv(record: &mut OrderRecord, remote: &IndexMap<String, DcvEntry>) {
    for (domain, entry) in remote {
        let Some(choice) = record
            .dcv
            .iter_mut()
            .find(|(known, _)| known.eq_ignore_ascii_case(domain))
            .map(|(_, choice)| choice)
        else {
            continue;
        };
        if let Some(status) = &entry.status {
            choice.status = status.as_str().to_owned();
        }
        if let Some(method) = entry
            .method
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
        {
            let method = method.to_ascii_lowercase();
            if method.contains('@') {
                choice.method = "email".to_owned();
                choice.email = Some(method);
            } else if method == "email" {
                choice.method = method;
                if let Some(address) = &entry.email {
                    choice.email = Some(address.to_ascii_lowercase());
                }
            } else {
                choice.method = method;
                choice.email = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_backwards_and_finals_stay() {
        use CertStatus as C;
        assert_eq!(
            target_state(State::Issued, &C::EnrollCaProcessing),
            State::Issued
        );
        assert_eq!(
            target_state(State::Validating, &C::IssuedActive),
            State::Issued
        );
        assert_eq!(
            target_state(State::Revoked, &C::IssuedActive),
            State::Revoked
        );
        assert_eq!(
            target_state(State::Cancelled, &C::EnrollCaProcessing),
            State::Cancelled
        );
        assert_eq!(target_state(State::Issued, &C::Revoked), State::Revoked);
        assert_eq!(
            target_state(State::Validating, &C::Cancelled),
            State::Cancelled
        );
        assert_eq!(
            target_state(State::AwaitingSubmission, &C::IssuedActive),
            State::AwaitingSubmission
        );
        assert_eq!(
            target_state(State::Validating, &C::Other("dcv_hand".into())),
            State::Validating
        );
    }

    #[test]
    fn apply_status_is_idempotent_and_waits_for_the_certificate() {
        let mut record = OrderRecord {
            state: State::Validating,
            ..OrderRecord::default()
        };
        assert!(!apply_status(&mut record, &CertStatus::IssuedActive));
        assert_eq!(record.state, State::Validating);
        assert!(apply_status(&mut record, &CertStatus::Cancelled));
        assert!(!apply_status(&mut record, &CertStatus::Cancelled));
        assert!(!apply_status(&mut record, &CertStatus::IssuedActive));
        assert_eq!(record.state, State::Cancelled);
    }
}
