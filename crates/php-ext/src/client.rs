//! `TrustOcean\Client`: one PHP method per TrustOcean reseller API call.
//!
//! The object owns a `trustocean_core::Client`. The API token lives only inside that Rust value:
//! it is not a PHP property, so `var_dump`, `print_r`, `var_export`, `serialize` and `(array)`
//! casts cannot show it, and the constructor's `$token` parameter is marked
//! `#[\SensitiveParameter]`, so stack traces of errors raised while constructing never carry it.

// PHP parameter names are the Rust parameter names, and PHP named arguments
// (`new Client(..., connectTimeout: 5)`) want camelCase; the `#[php_impl]` expansion copies them
// into generated code, so the allowance has to cover the whole module.
#![allow(non_snake_case)]

use std::time::Duration;

use ext_php_rs::{
    boxed::ZBox,
    convert::{FromZval, StubLiteral},
    exception::PhpResult,
    flags::{ClassFlags, DataType},
    prelude::*,
    types::{ZendHashTable, Zval},
};
use trustocean_core::{ApiMethod, ClientConfig, Credentials, DEFAULT_JOURNAL_CAPACITY, Endpoint};

use crate::sensitive::{self, SensitiveParameters};
use crate::{convert, error_map};

/// `TrustOcean\Client`, a connection to the TrustOcean reseller API (or a compatible sandbox).
#[php_class]
#[php(name = "TrustOcean\\Client")]
#[php(flags = ClassFlags::Final)]
pub struct Client {
    inner: trustocean_core::Client,
}

#[php_impl]
impl Client {
    /// Creates a client. No request is sent until an API method is called.
    ///
    /// `$endpoint` is a region (`CN-Beijing`, `UK-London`) or a base URL such as a sandbox's
    /// `http://127.0.0.1:8080`. Timeouts are seconds, int or float, greater than zero.
    #[php(defaults(endpoint = "\"CN-Beijing\"", connectTimeout = 10_i64, timeout = 60_i64))]
    pub fn __construct(
        username: String,
        token: String,
        endpoint: String,
        connectTimeout: Seconds,
        timeout: Seconds,
    ) -> PhpResult<Self> {
        let connect_timeout = connectTimeout.duration("connectTimeout")?;
        let timeout = timeout.duration("timeout")?;
        let secret = Some(token.as_str());
        let credentials = Credentials::new(username.as_str(), token.as_str())
            .map_err(|e| error_map::core_error(&e, secret))?;
        let endpoint = Endpoint::parse(&endpoint).map_err(|e| error_map::core_error(&e, secret))?;
        // Always journaled: the module logs every call, and the journal keeps only the last
        // entries, so a script that never takes them stays bounded.
        let config = ClientConfig::new(credentials, endpoint)
            .connect_timeout(connect_timeout)
            .timeout(timeout)
            .journal(DEFAULT_JOURNAL_CAPACITY);
        let inner =
            trustocean_core::Client::new(config).map_err(|e| error_map::core_error(&e, secret))?;
        Ok(Self { inner })
    }

    /// The base URL requests are sent to (`<base>/<method>`).
    pub fn endpoint(&self) -> String {
        self.inner.endpoint().base_url().to_owned()
    }

    /// The API username (account e-mail) the client authenticates as.
    pub fn username(&self) -> String {
        self.inner.username().to_owned()
    }

    /// The calls made since the last take (at most the last 100), oldest first, and empties
    /// the list: `method`, `request` (the fields sent, never the credentials), `response` (the
    /// decoded answer or null), `error` (the failure's text or null) and `milliseconds`.
    #[php(name = "takeJournal")]
    pub fn take_journal(&self) -> PhpResult<ZBox<ZendHashTable>> {
        let entries =
            serde_json::to_value(self.inner.take_journal()).unwrap_or(serde_json::Value::Null);
        convert::json_to_array(&entries).map_err(|e| error_map::response_error("takeJournal", &e))
    }

    /// `ping`: checks connectivity and credentials.
    #[php(name = "ping")]
    pub fn ping(&self) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::Ping, None)
    }

    /// `getProfileInfo`: the reseller account (`credit`).
    #[php(name = "getProfileInfo")]
    pub fn get_profile_info(&self) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetProfileInfo, None)
    }

    /// `getProductList`: the products (`products`, keyed by pid).
    #[php(name = "getProductList")]
    pub fn get_product_list(&self) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetProductList, None)
    }

    /// `getProductPriceList`: the products with their prices.
    #[php(name = "getProductPriceList")]
    pub fn get_product_price_list(&self) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetProductPriceList, None)
    }

    /// `getProductListWithPricing`: the products with a `pricing` entry each.
    #[php(name = "getProductListWithPricing")]
    pub fn get_product_list_with_pricing(&self) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetProductListWithPricing, None)
    }

    /// `createNewUniqueId`: a fresh `unique_id` for `addSSLOrder`/`reissueSSLOrder`.
    #[php(name = "createNewUniqueId")]
    pub fn create_new_unique_id(&self) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::CreateNewUniqueId, None)
    }

    /// `checkUniqueId`: `unique_id`; fails if it is taken.
    #[php(name = "checkUniqueId")]
    pub fn check_unique_id(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::CheckUniqueId, Some(params))
    }

    /// `getPreDomainValidationInformation`: `domains`, `csr_code`, `unique_id`.
    #[php(name = "getPreDomainValidationInformation")]
    pub fn get_pre_domain_validation_information(
        &self,
        params: &ZendHashTable,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetPreDomainValidationInformation, Some(params))
    }

    /// `addSSLOrder`: places an order.
    #[php(name = "addSSLOrder")]
    pub fn add_ssl_order(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::AddSslOrder, Some(params))
    }

    /// `getOrderStatus`: `trustocean_id` → `cert_status`.
    #[php(name = "getOrderStatus")]
    pub fn get_order_status(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetOrderStatus, Some(params))
    }

    /// `getSSLDetails`: `trustocean_id` → the order with certificate and DCV details.
    #[php(name = "getSSLDetails")]
    pub fn get_ssl_details(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetSslDetails, Some(params))
    }

    /// `getDomainValidationStatus`: `trustocean_id` → `dcv_info`.
    #[php(name = "getDomainValidationStatus")]
    pub fn get_domain_validation_status(
        &self,
        params: &ZendHashTable,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::GetDomainValidationStatus, Some(params))
    }

    /// `changeDCVMethod`: `trustocean_id`, `domain`, `method`.
    #[php(name = "changeDCVMethod")]
    pub fn change_dcv_method(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::ChangeDcvMethod, Some(params))
    }

    /// `reTryDcvEmailOrDCVCheck`: `trustocean_id`.
    #[php(name = "reTryDcvEmailOrDCVCheck")]
    pub fn retry_dcv_email_or_dcv_check(
        &self,
        params: &ZendHashTable,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::RetryDcvEmailOrDcvCheck, Some(params))
    }

    /// `removeSanDomain`: `trustocean_id`, `domain`.
    #[php(name = "removeSanDomain")]
    pub fn remove_san_domain(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::RemoveSanDomain, Some(params))
    }

    /// `reissueSSLOrder`: `trustocean_id`, `csr_code`, `dcv_method`, `domains`, `contact_email`,
    /// `unique_id`.
    #[php(name = "reissueSSLOrder")]
    pub fn reissue_ssl_order(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::ReissueSslOrder, Some(params))
    }

    /// `revokeSSL`: `trustocean_id`, `revocationReason`.
    #[php(name = "revokeSSL")]
    pub fn revoke_ssl(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::RevokeSsl, Some(params))
    }

    /// `cancelAndRefund`: `trustocean_id`.
    #[php(name = "cancelAndRefund")]
    pub fn cancel_and_refund(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::CancelAndRefund, Some(params))
    }

    /// `checkRefundStatus`: `trustocean_id` → `refund_status`, `refund_at`, `refund_requested_at`.
    #[php(name = "checkRefundStatus")]
    pub fn check_refund_status(&self, params: &ZendHashTable) -> PhpResult<ZBox<ZendHashTable>> {
        self.call(ApiMethod::CheckRefundStatus, Some(params))
    }
}

impl Client {
    /// The core client, shared with `TrustOcean\Workflow` (clones share the journal).
    pub(crate) fn core(&self) -> &trustocean_core::Client {
        &self.inner
    }

    /// Converts `params`, sends `method` and converts the answer back.
    fn call(
        &self,
        method: ApiMethod,
        params: Option<&ZendHashTable>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let api_name = method.name();
        let params = match params {
            Some(params) => convert::params_to_json(params)
                .map_err(|e| error_map::convert_error(&e, api_name))?,
            None => serde_json::Value::Object(serde_json::Map::new()),
        };
        let response = self
            .inner
            .call(method, &params)
            .map_err(|e| error_map::call_error(&e, api_name))?;
        convert::json_to_array(&response).map_err(|e| error_map::response_error(api_name, &e))
    }
}

/// A timeout argument: PHP passes an int, a float or a numeric string, in seconds.
///
/// Conversion never fails at the argument-parsing stage, so that a bad value is reported as a
/// `TrustOcean\InvalidArgumentException` naming the parameter rather than a generic `TypeError`.
/// Reflection shows the parameter as `float`, which in PHP also accepts ints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Seconds {
    /// A number of seconds, not yet validated.
    Value(f64),
    /// Not a number; the PHP type name that was passed instead.
    NotANumber(&'static str),
}

impl Seconds {
    /// Validates and converts to a `Duration`: finite, greater than zero, at most a day.
    fn duration(self, parameter: &str) -> PhpResult<Duration> {
        const MAX_SECONDS: f64 = 86_400.0;
        match self {
            Seconds::Value(s) if s.is_finite() && s > 0.0 && s <= MAX_SECONDS => {
                Ok(Duration::from_secs_f64(s))
            }
            Seconds::Value(s) => Err(error_map::invalid_argument(format!(
                "${parameter} must be a number of seconds greater than 0 and at most \
                 {MAX_SECONDS}, got {s}"
            ))),
            Seconds::NotANumber(ty) => Err(error_map::invalid_argument(format!(
                "${parameter} must be a number of seconds (int or float), got {ty}"
            ))),
        }
    }
}

impl From<i64> for Seconds {
    #[allow(clippy::cast_precision_loss)]
    fn from(seconds: i64) -> Self {
        Seconds::Value(seconds as f64)
    }
}

impl StubLiteral for Seconds {
    fn stub_literal(&self) -> String {
        // Rendered as a float literal (`10.0`), as the parameter is declared `float`.
        match self {
            Seconds::Value(s) => s.stub_literal(),
            Seconds::NotANumber(_) => "null".into(),
        }
    }
}

impl<'a> FromZval<'a> for Seconds {
    const TYPE: DataType = DataType::Double;

    #[allow(clippy::cast_precision_loss)]
    fn from_zval(zval: &'a Zval) -> Option<Self> {
        let zval = zval.dereference();
        Some(if let Some(i) = zval.long() {
            Seconds::Value(i as f64)
        } else if let Some(f) = zval.double() {
            Seconds::Value(f)
        } else if let Some(s) = zval.str() {
            // The string's content is never echoed: a misplaced argument could be a secret.
            s.trim()
                .parse::<f64>()
                .map_or(Seconds::NotANumber("a non-numeric string"), Seconds::Value)
        } else if zval.is_bool() {
            Seconds::NotANumber("bool")
        } else if zval.is_null() {
            Seconds::NotANumber("null")
        } else if zval.is_array() {
            Seconds::NotANumber("array")
        } else if zval.is_object() {
            Seconds::NotANumber("object")
        } else {
            Seconds::NotANumber("an unsupported type")
        })
    }
}

impl SensitiveParameters for Client {
    /// `$token` of `__construct(string $username, string $token, ...)`.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] = &[("__construct", &[1])];
}

/// Registers `TrustOcean\Client` with `$token` marked `#[\SensitiveParameter]`. Must run inside
/// module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Client>()
}
