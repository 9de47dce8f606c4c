//! [`Settings`]: what the workflow needs from the module configuration.

use serde::{Deserialize, Serialize};

use super::lenient;

/// Default seconds between two DCV retries.
pub const DEFAULT_RETRY_DELAY: i64 = 300;

/// Default seconds between two status checks.
pub const DEFAULT_CHECK_DELAY: i64 = 60;

/// Default seconds between two syncs of one order prompted by pushes.
pub const DEFAULT_SYNC_INTERVAL: i64 = 10;

/// The workflow's settings (PHP: `callbackUrl`, `retryDelay`, `checkDelay`, `syncInterval`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Settings {
    /// Where TrustOcean pushes order events; built from the WHMCS System URL, never from a
    /// request's Host header. Required to submit.
    #[serde(deserialize_with = "lenient::opt_text")]
    pub callback_url: Option<String>,
    /// Seconds between two DCV retries.
    #[serde(deserialize_with = "lenient::i64_or_zero")]
    pub retry_delay: i64,
    /// Seconds between two status checks (unless forced).
    #[serde(deserialize_with = "lenient::i64_or_zero")]
    pub check_delay: i64,
    /// Seconds between two push-prompted syncs of one order: a flood of pushes, forged or
    /// not, costs at most one `getSSLDetails` per order and interval.
    #[serde(deserialize_with = "lenient::i64_or_zero")]
    pub sync_interval: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            callback_url: None,
            retry_delay: DEFAULT_RETRY_DELAY,
            check_delay: DEFAULT_CHECK_DELAY,
            sync_interval: DEFAULT_SYNC_INTERVAL,
        }
    }
}
