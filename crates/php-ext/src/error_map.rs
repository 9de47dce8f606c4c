//! Maps `trustocean_core::Error` (and argument-conversion failures) to the PHP exception classes.
//!
//! | core error                       | PHP exception                         | `getCode()`      |
//! |----------------------------------|---------------------------------------|------------------|
//! | `Api`                            | `TrustOcean\ApiException`             | API `error_code` |
//! | `Transport`, `Timeout`           | `TrustOcean\TransportException`       | 0                |
//! | `Decode`                         | `TrustOcean\TransportException`       | HTTP status      |
//! | `InvalidInput`, `Push`           | `TrustOcean\InvalidArgumentException` | 0              |
//! | `Refused`, `Rejected` (also `$findings`) | `TrustOcean\InvalidArgumentException` | 0       |
//! | anything newer                   | `TrustOcean\Exception`                | 0                |
//!
//! Messages are the core's `Display` texts, which already say what to fix. Where a secret is
//! known (the API token, during construction), any occurrence of it is replaced before the text
//! reaches PHP, so a misplaced argument can never leak it into a message or log.

use ext_php_rs::exception::PhpException;
use trustocean_core::Error;

use crate::{
    convert::{self, ConvertError},
    exceptions::{self, Kind},
};

/// What replaces a secret found in a message.
const REDACTED: &str = "[redacted]";

/// Converts a core error into the PHP exception to throw.
///
/// `secret`, when given and non-empty, is removed from the message.
pub fn core_error(err: &Error, secret: Option<&str>) -> PhpException {
    let message = redact(err.to_string(), secret);
    match err {
        Error::Api { method, code, .. } => exceptions::build(Kind::Api, message, *code, method),
        Error::Transport { method, .. } | Error::Timeout { method, .. } => {
            exceptions::build(Kind::Transport, message, 0, method)
        }
        Error::Decode { method, status, .. } => {
            exceptions::build(Kind::Transport, message, i64::from(*status), method)
        }
        Error::Refused { .. } | Error::Rejected { .. } => exceptions::build_with_findings(
            Kind::InvalidArgument,
            message,
            0,
            "",
            err.reason_code().unwrap_or_default(),
            findings_zval(&err.findings()),
        ),
        Error::InvalidInput { .. } | Error::Push { .. } => exceptions::build_with_reason(
            Kind::InvalidArgument,
            message,
            0,
            "",
            err.reason_code().unwrap_or_default(),
        ),
        _ => exceptions::build(Kind::Base, message, 0, ""),
    }
}

/// The findings as a PHP list of `['code', 'severity', 'subject', 'message']` arrays; `None`
/// if the engine cannot build it (the exception is then thrown without the list).
fn findings_zval(
    findings: &[trustocean_core::finding::Finding],
) -> Option<ext_php_rs::types::Zval> {
    let value = serde_json::to_value(findings).ok()?;
    convert::json_to_zval(&value).ok()
}

/// Like [`core_error`], but records the API method of the call on argument errors too, since the
/// core's `InvalidInput` does not carry it (its message already names the method).
pub fn call_error(err: &Error, api_method: &str) -> PhpException {
    match err {
        Error::InvalidInput { .. } => exceptions::build_with_reason(
            Kind::InvalidArgument,
            err.to_string(),
            0,
            api_method,
            err.reason_code().unwrap_or_default(),
        ),
        _ => core_error(err, None),
    }
}

/// `$params` of `api_method` could not be converted to JSON.
pub fn convert_error(err: &ConvertError, api_method: &str) -> PhpException {
    exceptions::build(
        Kind::InvalidArgument,
        format!("{api_method}: invalid $params: {err}"),
        0,
        api_method,
    )
}

/// An argument of the constructor (or another non-API argument) is unusable.
pub fn invalid_argument(message: String) -> PhpException {
    exceptions::build(Kind::InvalidArgument, message, 0, "")
}

/// The API's answer could not be handed to PHP (an engine-level failure, e.g. out of memory).
pub fn response_error(api_method: &str, err: &ext_php_rs::error::Error) -> PhpException {
    exceptions::build(
        Kind::Base,
        format!("{api_method}: the response could not be converted to a PHP array: {err}"),
        0,
        api_method,
    )
}

fn redact(message: String, secret: Option<&str>) -> String {
    match secret {
        Some(secret) if !secret.is_empty() && message.contains(secret) => {
            message.replace(secret, REDACTED)
        }
        _ => message,
    }
}
