//! Expiry reminders: which one is due for an issued certificate, once each.
//!
//! Thresholds are days before the end of validity (90, 30, 7 and 1 by default); `0` stands for
//! the notice sent once the certificate has expired. Only the most urgent reminder crossed is
//! ever due, so a certificate that is found late (a cron that did not run for a week) gets one
//! e-mail, not a burst. The caller records what it sent per certificate serial, so a reissue or
//! a renewal (a new certificate) starts afresh.

use super::record::OrderRecord;
use super::state::State;

/// The default reminder thresholds, in days.
pub const DEFAULT_REMINDER_DAYS: [u32; 4] = [90, 30, 7, 1];

/// Seconds in a day.
const DAY: i64 = 86_400;

/// A reminder to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminder {
    /// The threshold it answers (days before the end; 0 = expired).
    pub threshold: u32,
    /// Whole days of validity left, rounded up (0 once expired).
    pub days_left: i64,
}

/// The reminder due for `order` at `now`, given the `thresholds` configured and the thresholds
/// already `sent` for its current certificate; `None` when nothing is due.
///
/// A certificate is reminded about while issued (or expired, for the expiry notice): not during
/// a reissue, after a revocation or a cancellation, or once its renewal has started.
pub fn due(order: &OrderRecord, thresholds: &[u32], sent: &[u32], now: i64) -> Option<Reminder> {
    let mut record = order.clone();
    record.settle(now);
    let valid_to = record.valid_to?;
    if record.certificate.is_none() || record.reissuing {
        return None;
    }

    if valid_to <= now {
        let expired = record.state == State::Expired;
        return (expired && !sent.contains(&0)).then_some(Reminder {
            threshold: 0,
            days_left: 0,
        });
    }
    if record.state != State::Issued {
        return None;
    }

    let days_left = (valid_to - now + DAY - 1) / DAY;
    let most_urgent = thresholds
        .iter()
        .copied()
        .filter(|threshold| *threshold > 0 && i64::from(*threshold) >= days_left)
        .min()?;
    // Once a more urgent reminder went out, the earlier thresholds are past too.
    if sent.iter().any(|done| *done > 0 && *done <= most_urgent) {
        return None;
    }
    Some(Reminder {
        threshold: most_urgent,
        days_left,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn issued(days: f64) -> OrderRecord {
        OrderRecord {
            state: State::Issued,
            certificate: Some("-----BEGIN CERTIFICATE-----".to_owned()),
            valid_to: Some(NOW + (days * DAY as f64) as i64),
            ..OrderRecord::default()
        }
    }

    fn threshold(order: &OrderRecord, sent: &[u32]) -> Option<u32> {
        due(order, &DEFAULT_REMINDER_DAYS, sent, NOW).map(|reminder| reminder.threshold)
    }

    #[test]
    fn the_most_urgent_threshold_crossed_is_due_once() {
        assert_eq!(threshold(&issued(200.0), &[]), None);
        assert_eq!(threshold(&issued(90.0), &[]), Some(90));
        assert_eq!(threshold(&issued(89.5), &[]), Some(90));
        assert_eq!(threshold(&issued(89.5), &[90]), None, "sent already");
        assert_eq!(threshold(&issued(29.0), &[90]), Some(30));
        assert_eq!(
            threshold(&issued(6.0), &[]),
            Some(7),
            "a late run sends one, not three"
        );
        assert_eq!(
            threshold(&issued(20.0), &[7]),
            None,
            "a more urgent one went out"
        );
        assert_eq!(threshold(&issued(0.5), &[90, 30, 7]), Some(1));
        assert_eq!(
            due(&issued(0.5), &DEFAULT_REMINDER_DAYS, &[], NOW).map(|r| r.days_left),
            Some(1)
        );
    }

    #[test]
    fn expiry_is_noticed_once_and_other_states_get_nothing() {
        assert_eq!(threshold(&issued(-1.0), &[90, 30, 7, 1]), Some(0));
        assert_eq!(threshold(&issued(-1.0), &[0]), None);
        for state in [State::Revoked, State::Cancelled, State::Validating] {
            let mut order = issued(5.0);
            order.state = state;
            assert_eq!(threshold(&order, &[]), None, "{state}");
        }
        let mut reissuing = issued(5.0);
        reissuing.reissuing = true;
        assert_eq!(threshold(&reissuing, &[]), None);
        let mut revoked_and_past = issued(-3.0);
        revoked_and_past.state = State::Revoked;
        assert_eq!(
            threshold(&revoked_and_past, &[]),
            None,
            "no expiry notice after a revocation"
        );
    }

    #[test]
    fn thresholds_can_be_any_list() {
        assert_eq!(
            due(&issued(45.0), &[60, 14], &[], NOW).map(|r| r.threshold),
            Some(60)
        );
        assert_eq!(due(&issued(45.0), &[], &[], NOW), None);
    }
}
