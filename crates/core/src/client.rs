//! The blocking API client: typed methods for Rust callers and one dynamic entry for bindings.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::api::{
    Ack, AddSslOrder, ChangeDcvMethod, CheckUniqueId, DcvStatusResponse, FormRequest, NoParams,
    OrderDetails, OrderRef, OrderStatus, PreDomainValidation, PreDomainValidationInfo, ProductList,
    ProfileInfo, RefundStatus, ReissueSslOrder, RemoveSanDomain, RevokeSsl, UniqueId,
};
use crate::credentials::Credentials;
use crate::endpoint::Endpoint;
use crate::envelope;
use crate::error::{Error, Result};
use crate::journal::{Journal, JournalEntry};
use crate::method::ApiMethod;
use crate::transport::{self, Timeouts};

/// Default time to open a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default time for a whole call.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The pause before a read is sent again; it triples with each further attempt.
const READ_RETRY_PAUSE: Duration = Duration::from_millis(200);

/// The longest timeout accepted: a WHMCS page or cron run must not hang longer.
const MAX_TIMEOUT: Duration = Duration::from_secs(600);

/// Who calls, where, and how long calls may take.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    credentials: Credentials,
    endpoint: Endpoint,
    connect_timeout: Duration,
    timeout: Duration,
    journal_capacity: usize,
}

impl ClientConfig {
    /// A configuration with the default timeouts (10 s to connect, 60 s per call).
    pub fn new(credentials: Credentials, endpoint: Endpoint) -> Self {
        Self {
            credentials,
            endpoint,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            journal_capacity: 0,
        }
    }

    /// Records every call in a journal keeping the last `capacity` entries (0, the default,
    /// records nothing); see [`Client::take_journal`].
    pub fn journal(mut self, capacity: usize) -> Self {
        self.journal_capacity = capacity;
        self
    }

    /// Sets the time allowed to open a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the time allowed for a whole call, connection included.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
}

/// A TrustOcean reseller API client.
///
/// Calls block the calling thread (PHP runs one request per thread); they run on a runtime
/// owned by the process, so do not call them from inside another tokio runtime.
#[derive(Debug, Clone)]
pub struct Client {
    config: ClientConfig,
    /// Shared by clones, so calls made through a clone (e.g. by an order workflow) land in the
    /// journal of the client it was cloned from.
    journal: Option<Arc<Journal>>,
}

impl Client {
    /// How many times a read is sent when its answer does not arrive.
    pub const READ_ATTEMPTS: u32 = 3;

    /// Checks the configuration; no connection is opened until the first call.
    pub fn new(config: ClientConfig) -> Result<Self> {
        for (field, value) in [
            ("connectTimeout", config.connect_timeout),
            ("timeout", config.timeout),
        ] {
            if value.is_zero() || value > MAX_TIMEOUT {
                return Err(Error::invalid(
                    field,
                    format!(
                        "{}s is out of range; give more than 0 and at most {} seconds",
                        value.as_secs_f64(),
                        MAX_TIMEOUT.as_secs()
                    ),
                ));
            }
        }
        let journal =
            (config.journal_capacity > 0).then(|| Arc::new(Journal::new(config.journal_capacity)));
        Ok(Self { config, journal })
    }

    /// Every call recorded since the last take, oldest first, and empties the journal. Always
    /// empty when journaling is off ([`ClientConfig::journal`]).
    pub fn take_journal(&self) -> Vec<JournalEntry> {
        self.journal.as_ref().map(|j| j.take()).unwrap_or_default()
    }

    /// Where calls go.
    pub fn endpoint(&self) -> &Endpoint {
        &self.config.endpoint
    }

    /// The API username.
    pub fn username(&self) -> &str {
        self.config.credentials.username()
    }

    /// The time allowed to open a connection.
    pub fn connect_timeout(&self) -> Duration {
        self.config.connect_timeout
    }

    /// The time allowed for a whole call.
    pub fn timeout(&self) -> Duration {
        self.config.timeout
    }

    /// Validates `request`, sends it to `method` and reads the typed answer.
    pub fn send<Req, Resp>(&self, method: ApiMethod, request: &Req) -> Result<Resp>
    where
        Req: FormRequest,
        Resp: DeserializeOwned,
    {
        transport::runtime(method)?.block_on(self.send_async(method, request))
    }

    /// Runs `future` (calls made with the `*_async` methods, any number at once) to completion
    /// on this process's runtime; `method` names the work in an error about the runtime itself.
    pub(crate) fn block_on<F: std::future::Future>(
        &self,
        method: ApiMethod,
        future: F,
    ) -> Result<F::Output> {
        Ok(transport::runtime(method)?.block_on(future))
    }

    /// `getSSLDetails` as a future, for batches.
    pub(crate) async fn get_ssl_details_async(&self, trustocean_id: u64) -> Result<OrderDetails> {
        self.send_async(ApiMethod::GetSslDetails, &OrderRef { trustocean_id })
            .await
    }

    /// `checkRefundStatus` as a future, for batches.
    pub(crate) async fn check_refund_status_async(
        &self,
        trustocean_id: u64,
    ) -> Result<RefundStatus> {
        self.send_async(ApiMethod::CheckRefundStatus, &OrderRef { trustocean_id })
            .await
    }

    /// [`Client::send`] as a future. A read whose answer did not arrive (connection, timeout,
    /// an undecodable body) is asked again after a growing pause, up to [`Client::READ_ATTEMPTS`]
    /// times; a write is sent exactly once.
    async fn send_async<Req, Resp>(&self, method: ApiMethod, request: &Req) -> Result<Resp>
    where
        Req: FormRequest,
        Resp: DeserializeOwned,
    {
        request.validate()?;

        let attempts = if method.is_read() {
            Self::READ_ATTEMPTS
        } else {
            1
        };
        let mut pause = READ_RETRY_PAUSE;
        let mut attempt = 1;
        loop {
            let result = self.send_once(method, request).await;
            let lost = matches!(
                result,
                Err(Error::Transport { .. } | Error::Timeout { .. } | Error::Decode { .. })
            );
            if !lost || attempt >= attempts {
                return result;
            }
            tokio::time::sleep(pause).await;
            pause *= 3;
            attempt += 1;
        }
    }

    /// One request and its answer, recorded in the journal.
    async fn send_once<Req, Resp>(&self, method: ApiMethod, request: &Req) -> Result<Resp>
    where
        Req: FormRequest,
        Resp: DeserializeOwned,
    {
        let mut fields = request.form_fields();
        // Captured before the credentials are added: the journal must never see them.
        let logged = self.journal.as_ref().map(|_| logged_fields(&fields));
        fields.push(("username", self.config.credentials.username().to_owned()));
        fields.push(("password", self.config.credentials.token().to_owned()));
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();

        let timeouts = Timeouts {
            connect: self.config.connect_timeout,
            total: self.config.timeout,
        };
        let started = Instant::now();
        let url = self.config.endpoint.method_url(method);
        let reply = transport::post_form_async(method, &url, &pairs, timeouts).await;
        let journaling = logged.is_some();
        let credentials = &self.config.credentials;
        let (result, response) = match reply {
            Ok(reply) => {
                let response = journaling.then(|| {
                    let text = credentials.redact(&String::from_utf8_lossy(&reply.body));
                    serde_json::from_str::<Value>(&text).ok()
                });
                (
                    envelope::decode(method, &reply, credentials),
                    response.flatten(),
                )
            }
            Err(error) => (Err(error), None),
        };

        if let (Some(journal), Some(request)) = (&self.journal, logged) {
            journal.record(JournalEntry {
                method: method.name(),
                request,
                response,
                error: result
                    .as_ref()
                    .err()
                    .map(|error| credentials.redact(&error.to_string())),
                milliseconds: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            });
        }
        result
    }

    /// Calls `method` with API-named fields in a JSON object and returns the answer as JSON.
    ///
    /// This is the entry for language bindings: the object is read into the method's typed
    /// request (a wrong field is an [`Error::InvalidInput`] naming it), and the typed answer
    /// comes back with `status` removed, documented names (`dcv_info`, never `dcvinfo`),
    /// normalised values, and unknown fields kept. `null` or an empty list stands for no fields.
    pub fn call(&self, method: ApiMethod, params: &Value) -> Result<Value> {
        use ApiMethod as M;

        match method {
            M::Ping => self.dynamic::<NoParams, Ack>(method, params),
            M::GetProfileInfo => self.dynamic::<NoParams, ProfileInfo>(method, params),
            M::GetProductList | M::GetProductPriceList | M::GetProductListWithPricing => {
                self.dynamic::<NoParams, ProductList>(method, params)
            }
            M::CreateNewUniqueId => self.dynamic::<NoParams, UniqueId>(method, params),
            M::CheckUniqueId => self.dynamic::<CheckUniqueId, Ack>(method, params),
            M::GetPreDomainValidationInformation => {
                self.dynamic::<PreDomainValidation, PreDomainValidationInfo>(method, params)
            }
            M::AddSslOrder => self.dynamic::<AddSslOrder, OrderDetails>(method, params),
            M::GetOrderStatus => self.dynamic::<OrderRef, OrderStatus>(method, params),
            M::GetSslDetails => self.dynamic::<OrderRef, OrderDetails>(method, params),
            M::GetDomainValidationStatus => {
                self.dynamic::<OrderRef, DcvStatusResponse>(method, params)
            }
            M::ChangeDcvMethod => self.dynamic::<ChangeDcvMethod, Ack>(method, params),
            M::RetryDcvEmailOrDcvCheck | M::CancelAndRefund => {
                self.dynamic::<OrderRef, Ack>(method, params)
            }
            M::RemoveSanDomain => self.dynamic::<RemoveSanDomain, Ack>(method, params),
            M::ReissueSslOrder => self.dynamic::<ReissueSslOrder, OrderDetails>(method, params),
            M::RevokeSsl => self.dynamic::<RevokeSsl, Ack>(method, params),
            M::CheckRefundStatus => self.dynamic::<OrderRef, RefundStatus>(method, params),
        }
    }

    fn dynamic<Req, Resp>(&self, method: ApiMethod, params: &Value) -> Result<Value>
    where
        Req: FormRequest + DeserializeOwned,
        Resp: DeserializeOwned + Serialize,
    {
        let request: Req = read_params(method, params)?;
        let response: Resp = self.send(method, &request)?;
        serde_json::to_value(response).map_err(|error| Error::Decode {
            method: method.name(),
            status: 200,
            excerpt: format!("the answer could not be re-encoded: {error}"),
        })
    }

    /// `ping`: succeeds when the credentials work and this server's IP is whitelisted.
    pub fn ping(&self) -> Result<Ack> {
        self.send(ApiMethod::Ping, &NoParams {})
    }

    /// `getProfileInfo`: the reseller balance.
    pub fn get_profile_info(&self) -> Result<ProfileInfo> {
        self.send(ApiMethod::GetProfileInfo, &NoParams {})
    }

    /// `getProductList`: the catalog.
    pub fn get_product_list(&self) -> Result<ProductList> {
        self.send(ApiMethod::GetProductList, &NoParams {})
    }

    /// `getProductPriceList`: the catalog with prices.
    pub fn get_product_price_list(&self) -> Result<ProductList> {
        self.send(ApiMethod::GetProductPriceList, &NoParams {})
    }

    /// `getProductListWithPricing`: the catalog with its `pricing` tables.
    pub fn get_product_list_with_pricing(&self) -> Result<ProductList> {
        self.send(ApiMethod::GetProductListWithPricing, &NoParams {})
    }

    /// `createNewUniqueId`: reserves the id for the next order or reissue (use it within 24 h).
    pub fn create_new_unique_id(&self) -> Result<UniqueId> {
        self.send(ApiMethod::CreateNewUniqueId, &NoParams {})
    }

    /// `checkUniqueId`: fails with an API error when the id is taken.
    pub fn check_unique_id(&self, request: &CheckUniqueId) -> Result<Ack> {
        self.send(ApiMethod::CheckUniqueId, request)
    }

    /// `getPreDomainValidationInformation`: DCV details before ordering.
    pub fn get_pre_domain_validation_information(
        &self,
        request: &PreDomainValidation,
    ) -> Result<PreDomainValidationInfo> {
        self.send(ApiMethod::GetPreDomainValidationInformation, request)
    }

    /// `addSSLOrder`: places the order; the balance is charged. Then validate the domains
    /// and watch [`Client::get_order_status`].
    pub fn add_ssl_order(&self, request: &AddSslOrder) -> Result<OrderDetails> {
        self.send(ApiMethod::AddSslOrder, request)
    }

    /// `getOrderStatus`.
    pub fn get_order_status(&self, trustocean_id: u64) -> Result<OrderStatus> {
        self.send(ApiMethod::GetOrderStatus, &OrderRef { trustocean_id })
    }

    /// `getSSLDetails`: the order, with `cert_code` and `ca_code` once issued.
    pub fn get_ssl_details(&self, trustocean_id: u64) -> Result<OrderDetails> {
        self.send(ApiMethod::GetSslDetails, &OrderRef { trustocean_id })
    }

    /// `getDomainValidationStatus`.
    pub fn get_domain_validation_status(&self, trustocean_id: u64) -> Result<DcvStatusResponse> {
        self.send(
            ApiMethod::GetDomainValidationStatus,
            &OrderRef { trustocean_id },
        )
    }

    /// `changeDCVMethod`.
    pub fn change_dcv_method(&self, request: &ChangeDcvMethod) -> Result<Ack> {
        self.send(ApiMethod::ChangeDcvMethod, request)
    }

    /// `reTryDcvEmailOrDCVCheck`: re-runs the CA's checks and resends approval e-mails.
    pub fn retry_dcv_email_or_dcv_check(&self, trustocean_id: u64) -> Result<Ack> {
        self.send(
            ApiMethod::RetryDcvEmailOrDcvCheck,
            &OrderRef { trustocean_id },
        )
    }

    /// `removeSanDomain`.
    pub fn remove_san_domain(&self, request: &RemoveSanDomain) -> Result<Ack> {
        self.send(ApiMethod::RemoveSanDomain, request)
    }

    /// `reissueSSLOrder`.
    pub fn reissue_ssl_order(&self, request: &ReissueSslOrder) -> Result<OrderDetails> {
        self.send(ApiMethod::ReissueSslOrder, request)
    }

    /// `revokeSSL`.
    pub fn revoke_ssl(&self, request: &RevokeSsl) -> Result<Ack> {
        self.send(ApiMethod::RevokeSsl, request)
    }

    /// `cancelAndRefund`: the refund is reviewed; see [`Client::check_refund_status`].
    pub fn cancel_and_refund(&self, trustocean_id: u64) -> Result<Ack> {
        self.send(ApiMethod::CancelAndRefund, &OrderRef { trustocean_id })
    }

    /// `checkRefundStatus`.
    pub fn check_refund_status(&self, trustocean_id: u64) -> Result<RefundStatus> {
        self.send(ApiMethod::CheckRefundStatus, &OrderRef { trustocean_id })
    }
}

/// The form fields as a JSON object for the journal (credentials are not among them yet).
fn logged_fields(fields: &[(&'static str, String)]) -> Map<String, Value> {
    fields
        .iter()
        .map(|(name, value)| ((*name).to_owned(), Value::String(value.clone())))
        .collect()
}

/// Reads binding parameters into a typed request, naming the field at fault.
fn read_params<Req: DeserializeOwned>(method: ApiMethod, params: &Value) -> Result<Req> {
    let object = match params {
        Value::Null => Value::Object(Map::new()),
        Value::Array(items) if items.is_empty() => Value::Object(Map::new()),
        Value::Object(_) => params.clone(),
        _ => {
            return Err(Error::invalid(
                "params",
                format!(
                    "{} takes an array keyed by the API's field names",
                    method.name()
                ),
            ));
        }
    };

    serde_path_to_error::deserialize(object).map_err(|error| {
        let reason = error.inner().to_string();
        let path = error.path().to_string();
        let field = if path == "." {
            backticked(&reason).unwrap_or_else(|| "params".to_owned())
        } else {
            path
        };
        Error::InvalidInput {
            field,
            reason: format!("{reason} (in {})", method.name()),
        }
    })
}

/// The first `name` in a serde message such as "missing field `pid`".
fn backticked(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(message[start..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> Client {
        let credentials = Credentials::new("me@example.com", "tok").expect("valid");
        let endpoint = Endpoint::parse("http://127.0.0.1:9").expect("loopback");
        Client::new(ClientConfig::new(credentials, endpoint)).expect("config")
    }

    #[test]
    fn missing_and_misspelled_fields_are_named() {
        let missing = client()
            .call(ApiMethod::GetOrderStatus, &serde_json::json!({}))
            .expect_err("missing");
        let misspelled = client()
            .call(
                ApiMethod::GetOrderStatus,
                &serde_json::json!({"trustoceanid": 5}),
            )
            .expect_err("misspelled");

        assert!(
            matches!(missing, Error::InvalidInput { ref field, .. } if field == "trustocean_id")
        );
        assert!(
            matches!(misspelled, Error::InvalidInput { ref field, .. } if field == "trustoceanid")
        );
    }

    #[test]
    fn wrong_types_name_the_nested_field() {
        let error = client()
            .call(
                ApiMethod::AddSslOrder,
                &serde_json::json!({"pid": "forty", "csr_code": "x", "period": "Annually",
                    "domains": ["a.example"], "dcv_method": ["dns"], "unique_id": "abcdefgh",
                    "contact_email": "a@a.example", "callback": "https://a.example/push"}),
            )
            .expect_err("bad pid");

        assert!(error.to_string().starts_with("invalid pid:"), "{error}");
    }

    #[test]
    fn unknown_addsslorder_fields_are_refused_before_sending() {
        let error = client()
            .call(
                ApiMethod::AddSslOrder,
                &serde_json::json!({"pid": 46, "csr_code": "-----BEGIN CERTIFICATE REQUEST-----", "period": "Annually",
                    "domains": ["a.example"], "dcv_method": ["dns"], "unique_id": "abcdefgh",
                    "contact_email": "a@a.example", "callback": "https://a.example/push",
                    "organisation_name": "typo Ltd"}),
            )
            .expect_err("unknown field");

        assert!(
            matches!(error, Error::InvalidInput { ref field, .. } if field == "organisation_name")
        );
    }

    #[test]
    fn lists_are_not_parameter_arrays() {
        let error = client()
            .call(ApiMethod::GetOrderStatus, &serde_json::json!([1, 2]))
            .expect_err("list");

        assert!(error.to_string().contains("keyed by the API's field names"));
    }

    #[test]
    fn timeouts_out_of_range_are_refused() {
        let credentials = Credentials::new("me@example.com", "tok").expect("valid");
        let endpoint = Endpoint::parse("CN-Beijing").expect("region");
        let config = ClientConfig::new(credentials, endpoint).timeout(Duration::ZERO);

        let error = Client::new(config).expect_err("zero timeout");

        assert!(error.to_string().contains("invalid timeout"));
    }
}
