//! The reseller's API username and token, kept out of every Debug and Display.

use std::fmt;

use crate::error::{Error, Result};

/// API username (the TrustOcean account e-mail or Tier-2 API user) and API token.
///
/// The token is only ever written into a request body; `Debug` prints it as `***`.
#[derive(Clone)]
pub struct Credentials {
    username: String,
    token: String,
}

impl Credentials {
    /// Checks and stores the pair; both must be non-empty and free of surrounding spaces.
    pub fn new(username: impl Into<String>, token: impl Into<String>) -> Result<Self> {
        let username = username.into();
        let token = token.into();

        if username.trim().is_empty() {
            return Err(Error::invalid(
                "username",
                "the API username is empty; copy it from the TrustOcean console's API settings",
            ));
        }
        if token.trim().is_empty() {
            return Err(Error::invalid(
                "token",
                "the API token is empty; copy it from the TrustOcean console's API settings",
            ));
        }
        if token.trim() != token || username.trim() != username {
            return Err(Error::invalid(
                "credentials",
                "the API username or token has leading or trailing spaces; paste it again",
            ));
        }

        Ok(Self { username, token })
    }

    /// The API username.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The API token, for the transport only.
    pub(crate) fn token(&self) -> &str {
        &self.token
    }

    /// Replaces every copy of the token in `text` with `***`, in plain and URL-encoded form.
    ///
    /// Servers and proxies sometimes echo the request; nothing they echo may leak the token.
    pub(crate) fn redact(&self, text: &str) -> String {
        let mut redacted = text.replace(&self.token, "***");
        let encoded: String = reqwest::Url::parse_with_params("x:", [("t", &self.token)])
            .map(|url| {
                url.query()
                    .unwrap_or_default()
                    .trim_start_matches("t=")
                    .to_owned()
            })
            .unwrap_or_default();
        if !encoded.is_empty() && encoded != self.token {
            redacted = redacted.replace(&encoded, "***");
        }
        redacted
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("token", &"***")
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_token() {
        let credentials = Credentials::new("me@example.com", "s3cret/token+x").expect("valid");

        let printed = format!("{credentials:?}");

        assert!(printed.contains("me@example.com"));
        assert!(!printed.contains("s3cret"));
    }

    #[test]
    fn redact_covers_plain_and_url_encoded_token() {
        let credentials = Credentials::new("me@example.com", "s3cret/token+x").expect("valid");

        let text = credentials.redact("a s3cret/token+x b s3cret%2Ftoken%2Bx c");

        assert_eq!(text, "a *** b *** c");
    }

    #[test]
    fn empty_token_is_refused_with_a_fix() {
        let error = Credentials::new("me@example.com", " ").expect_err("empty token");

        assert!(error.to_string().contains("API token is empty"));
    }
}
