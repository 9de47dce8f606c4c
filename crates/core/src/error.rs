//! The crate's error type: one variant per cause, with messages a reseller can act on.

use std::time::Duration;

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while talking to TrustOcean or preparing a request.
///
/// No variant ever carries the API token: server messages and body excerpts are redacted
/// before they are stored here.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with `status: "error"`.
    #[error("TrustOcean refused {method}: {message} (error {code}){hint}", hint = api_hint(*.code))]
    Api {
        /// API method name, as in the URL (`addSSLOrder`).
        method: &'static str,
        /// TrustOcean's numeric `error_code` (0 when the server sent none).
        code: i64,
        /// The server's own message, unchanged apart from redaction.
        message: String,
    },

    /// The request never got an answer: DNS, connect, TLS or I/O failure.
    #[error(
        "could not reach the TrustOcean API for {method}: {message}; check the endpoint setting, DNS and the firewall"
    )]
    Transport {
        /// API method name.
        method: &'static str,
        /// The whole chain of causes, outermost first.
        message: String,
    },

    /// No complete answer arrived within the configured time.
    #[error("the TrustOcean API did not answer {method} within {}s; try again later or raise the timeout", .after.as_secs_f64())]
    Timeout {
        /// API method name.
        method: &'static str,
        /// The timeout that expired.
        after: Duration,
    },

    /// An answer arrived but it is not the JSON envelope the API sends.
    #[error("the TrustOcean API sent an unreadable answer to {method} (HTTP {status}): {excerpt}")]
    Decode {
        /// API method name.
        method: &'static str,
        /// HTTP status code of the answer.
        status: u16,
        /// What was wrong, followed by a bounded, redacted excerpt of the body.
        excerpt: String,
    },

    /// Certificate material or a name breaks a rule (a bad CSR, a wildcard the product does not
    /// take, a key that does not match, ...). `code` is stable, for templates to translate;
    /// `message` says what is wrong with what, and what to do.
    #[error("{message}")]
    Rejected {
        /// Stable reason code, `area.rule` (e.g. `csr.rsa_key_too_small`).
        code: &'static str,
        /// English explanation naming the offending item.
        message: String,
    },

    /// A push notification could not be sealed or opened: the wrong key, or data that is not a
    /// TrustOcean push. Never carries key material.
    #[error("push notification rejected: {reason}")]
    Push {
        /// What was wrong with it.
        reason: String,
    },

    /// An order action was refused for one or more reasons, all collected so the customer sees
    /// every problem at once (a bad CSR and a wrong contact e-mail in one answer). Nothing was
    /// sent. [`Error::reason_code`] is the first blocking finding's code.
    #[error("{}", refused_message(.findings))]
    Refused {
        /// Every problem found, blocking ones first; never empty.
        findings: Vec<crate::finding::Finding>,
    },

    /// The caller's input cannot be sent or used: nothing left the process.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// The field at fault, as the API names it (`domains`, `pid`, `dcv_method[1]`).
        field: String,
        /// What is wrong with it and what is expected.
        reason: String,
    },
}

impl Error {
    /// Builds an [`Error::InvalidInput`].
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::InvalidInput {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// Builds an [`Error::Rejected`].
    pub fn rejected(code: &'static str, message: impl Into<String>) -> Self {
        Self::Rejected {
            code,
            message: message.into(),
        }
    }

    /// The stable reason code templates translate: the rule for [`Error::Rejected`], a fixed
    /// code for the other local failures, `None` for failures of a call.
    pub fn reason_code(&self) -> Option<&'static str> {
        match self {
            Self::Rejected { code, .. } => Some(code),
            Self::Refused { findings } => Some(
                findings
                    .first()
                    .map_or("order.refused", |finding| finding.code),
            ),
            Self::InvalidInput { .. } => Some("input.invalid"),
            Self::Push { .. } => Some("push.rejected"),
            _ => None,
        }
    }

    /// Builds an [`Error::Refused`], blocking findings first (warnings travel along so the
    /// customer sees them too).
    pub fn refused(mut findings: Vec<crate::finding::Finding>) -> Self {
        findings.sort_by_key(|finding| finding.severity != crate::finding::Severity::Error);
        Self::Refused { findings }
    }

    /// The findings of an [`Error::Refused`]; a single one for [`Error::Rejected`]; none otherwise.
    pub fn findings(&self) -> Vec<crate::finding::Finding> {
        match self {
            Self::Refused { findings } => findings.clone(),
            Self::Rejected { code, message } => {
                vec![crate::finding::Finding::error(code, None, message.clone())]
            }
            _ => Vec::new(),
        }
    }

    /// TrustOcean's `error_code` when the server refused the call.
    pub fn api_code(&self) -> Option<i64> {
        match self {
            Self::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The API method the error belongs to, when a call was attempted.
    pub fn method(&self) -> Option<&'static str> {
        match self {
            Self::Api { method, .. }
            | Self::Transport { method, .. }
            | Self::Timeout { method, .. }
            | Self::Decode { method, .. } => Some(method),
            Self::InvalidInput { .. }
            | Self::Push { .. }
            | Self::Rejected { .. }
            | Self::Refused { .. } => None,
        }
    }
}

/// The first finding's message, plus how many more problems there are.
fn refused_message(findings: &[crate::finding::Finding]) -> String {
    match findings {
        [] => "the action was refused".to_owned(),
        [only] => only.message.clone(),
        [first, rest @ ..] => format!(
            "{} (and {} more problem{}; see the findings)",
            first.message,
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        ),
    }
}

/// What a reseller should do about the error codes whose fix lies on their side.
fn api_hint(code: i64) -> &'static str {
    match code {
        778803 | 778804 => "; check the API username and API token in the module settings",
        778805 => {
            "; this TrustOcean account has no reseller API access yet, ask TrustOcean to enable it"
        }
        778806 => {
            "; add this server's public IPv4 address to the API whitelist in the TrustOcean console"
        }
        778807 => {
            "; check the trustocean_id, the order does not exist or belongs to another account"
        }
        770004 | 770039 => "; top up the reseller balance at TrustOcean",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_error_names_method_code_and_fix() {
        let error = Error::Api {
            method: "ping",
            code: 778806,
            message: "IP not allowed".into(),
        };

        let text = error.to_string();

        assert!(text.contains("ping"));
        assert!(text.contains("778806"));
        assert!(text.contains("whitelist"));
        assert_eq!(error.api_code(), Some(778806));
    }

    #[test]
    fn timeout_message_gives_seconds() {
        let error = Error::Timeout {
            method: "getSSLDetails",
            after: Duration::from_millis(2500),
        };

        assert!(error.to_string().contains("within 2.5s"));
    }
}
