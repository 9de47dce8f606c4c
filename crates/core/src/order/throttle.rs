//! Throttles: how long until an action may run again, and the refusal when it is too soon.

use super::codes;
use crate::error::Error;
use crate::finding::Finding;

/// Seconds to wait until `delay` seconds have passed since `last` (never negative; 0 when the
/// action never ran). A `last` in the future (a clock step back) counts from now.
pub fn wait_seconds(last: Option<i64>, delay: i64, now: i64) -> i64 {
    match last {
        None => 0,
        Some(last) => {
            let last = last.min(now);
            (last.saturating_add(delay.max(0)) - now).max(0)
        }
    }
}

/// `Ok` when the action may run; otherwise `order.throttled` with the wait as the subject.
pub fn check(what: &str, last: Option<i64>, delay: i64, now: i64) -> Result<(), Error> {
    let wait = wait_seconds(last, delay, now);
    if wait == 0 {
        return Ok(());
    }
    Err(Error::refused(vec![Finding::error(
        codes::THROTTLED,
        Some(wait.to_string()),
        format!(
            "{what} was done moments ago; try again in {wait} second{}",
            if wait == 1 { "" } else { "s" }
        ),
    )]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_computed_from_the_last_run() {
        assert_eq!(wait_seconds(None, 300, 1000), 0);
        assert_eq!(wait_seconds(Some(900), 300, 1000), 200);
        assert_eq!(wait_seconds(Some(600), 300, 1000), 0);
        assert_eq!(wait_seconds(Some(5000), 300, 1000), 300);
    }

    #[test]
    fn too_soon_is_refused_with_the_wait_as_subject() {
        let error = check("the DCV retry", Some(950), 300, 1000).expect_err("throttled");
        let findings = error.findings();
        assert_eq!(error.reason_code(), Some(codes::THROTTLED));
        assert_eq!(findings[0].subject.as_deref(), Some("250"));
        assert!(check("x", Some(0), 300, 1000).is_ok());
    }
}
