//! A rule a name, CSR, key or certificate breaks, as a stable code plus an English message.
//!
//! Checks that can find several problems at once (a CSR lint, a domain list against a product)
//! return [`Finding`]s instead of stopping at the first; templates translate them by `code`.

use serde::Serialize;

use crate::error::Error;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The CA or the product will refuse it: the order must not go ahead.
    Error,
    /// Accepted, but worth telling the customer (a short key, a deprecated field).
    Warning,
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable reason code, `area.rule` (`domain.wildcard_not_allowed`).
    pub code: &'static str,
    /// Whether it blocks the order.
    pub severity: Severity,
    /// The name, field or item it is about (`*.example.com`, `subject.CN`), if any.
    pub subject: Option<String>,
    /// English explanation saying what to fix.
    pub message: String,
}

impl Finding {
    /// A blocking finding.
    pub fn error(code: &'static str, subject: Option<String>, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: Severity::Error,
            subject,
            message: message.into(),
        }
    }

    /// A non-blocking finding.
    pub fn warning(
        code: &'static str,
        subject: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            severity: Severity::Warning,
            subject,
            message: message.into(),
        }
    }

    /// The finding as an [`Error::Rejected`].
    pub fn into_error(self) -> Error {
        Error::rejected(self.code, self.message)
    }
}

/// The first blocking finding as an error, if there is one.
pub fn first_error(findings: &[Finding]) -> Option<Error> {
    findings
        .iter()
        .find(|finding| finding.severity == Severity::Error)
        .cloned()
        .map(Finding::into_error)
}
