//! `TrustOcean\Workflow`: the order lifecycle of the WHMCS module, every decision made by
//! `trustocean_core::order`.
//!
//! Each method takes the stored order record, the product and the entered input as arrays, and
//! returns `['order' => full new record, 'privateKey' => ?string, 'notice' => string,
//! 'warnings' => list]`. Remote calls go through the `TrustOcean\Client` the workflow was made
//! with, so they appear in that client's `takeJournal()`.

// PHP parameter names are the Rust parameter names, and PHP named arguments want camelCase; the
// `#[php_impl]` expansion copies them into generated code, so the allowance covers the module.
#![allow(non_snake_case)]

use ext_php_rs::{
    boxed::ZBox,
    convert::{FromZval, StubLiteral},
    exception::PhpResult,
    flags::{ClassFlags, DataType},
    prelude::*,
    types::{ZendHashTable, Zval},
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use trustocean_core::order::{self, Action, Input, OrderRecord, Outcome, Product, Settings};

use crate::client::Client;
use crate::sensitive::{self, SensitiveParameters};
use crate::toolkit::certificate::current_time;
use crate::{convert, error_map};

/// `TrustOcean\Workflow`: the actions of an order, with a client for the remote calls.
#[php_class]
#[php(name = "TrustOcean\\Workflow")]
#[php(flags = ClassFlags::Final)]
pub struct Workflow {
    client: trustocean_core::Client,
    workflow: order::Workflow,
}

#[php_impl]
impl Workflow {
    /// Makes a workflow calling TrustOcean through `$client`. `$settings`: `callbackUrl`
    /// (required to submit), `retryDelay`, `checkDelay` and `syncInterval` (seconds; 300, 60
    /// and 10 by default).
    #[php(defaults(settings = ArrayOrEmpty::EMPTY))]
    pub fn __construct(client: &Client, settings: ArrayOrEmpty<'_>) -> PhpResult<Self> {
        let settings: Settings = read("settings", settings.0)?;
        Ok(Self {
            client: client.core().clone(),
            workflow: order::Workflow::new(settings),
        })
    }

    /// WHMCS CreateAccount: a new record awaiting configuration.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn create(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Create, order, product, input, now)
    }

    /// Step 1: CSR (uploaded or generated), domains, contact e-mail, organisation.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn configure(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Configure, order, product, input, now)
    }

    /// Renewal step 1 with the previous certificate's CSR, domains, contact and organisation.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn reuse_previous(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::ReusePrevious, order, product, input, now)
    }

    /// Step 2: checks the DCV methods and places the order (`addSSLOrder`).
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn submit(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Submit, order, product, input, now)
    }

    /// "Check issuance": syncs the remote status; stores the certificate once issued.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn refresh(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Refresh, order, product, input, now)
    }

    /// A push named this order: one `getSSLDetails`, applied as TrustOcean reports it (the
    /// certificate when issued, validation progress, cancellation, revocation, a decided
    /// refund). Ask `syncWait()` first and claim the slot in the database.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn sync(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Sync, order, product, input, now)
    }

    /// Seconds until a push may make `sync()` call TrustOcean for this order again (0: now),
    /// from the order's `synced_at` and the `syncInterval` setting.
    pub fn sync_wait(&self, order: &ZendHashTable, now: Option<i64>) -> PhpResult<i64> {
        let record: OrderRecord = read("order", Some(order))?;
        Ok(self
            .workflow
            .sync_wait(&record, now.unwrap_or_else(current_time)))
    }

    /// Switches one domain's DCV method (`changeDCVMethod` once placed).
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn change_dcv_method(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::ChangeDcvMethod, order, product, input, now)
    }

    /// Removes an unvalidated, non-primary domain (`removeSanDomain` once placed).
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn remove_domain(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::RemoveDomain, order, product, input, now)
    }

    /// Asks the CA to re-check the domains and resend approval e-mails (throttled).
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn retry_dcv(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::RetryDcv, order, product, input, now)
    }

    /// Back to step 1 before submission.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn reset(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Reset, order, product, input, now)
    }

    /// Reissues the issued certificate with a new CSR and/or domains (`reissueSSLOrder`).
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn reissue(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Reissue, order, product, input, now)
    }

    /// WHMCS ChangePackage: the product's quota becomes the order's.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn change_package(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::ChangePackage, order, product, input, now)
    }

    /// WHMCS Renew: starts a new certificate cycle.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn renew(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Renew, order, product, input, now)
    }

    /// WHMCS Suspend.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn suspend(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Suspend, order, product, input, now)
    }

    /// WHMCS Unsuspend.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn unsuspend(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Unsuspend, order, product, input, now)
    }

    /// WHMCS Terminate: cancel, refund, keep or revoke depending on the phase and product.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn terminate(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Terminate, order, product, input, now)
    }

    /// Admin: revokes the issued certificate (`input.reason`).
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn revoke(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Revoke, order, product, input, now)
    }

    /// Admin: cancels the order at TrustOcean and asks for a refund.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn refund(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Refund, order, product, input, now)
    }

    /// The client-area view of an order, without any remote call. `$settings` as for the
    /// constructor (only `retryDelay` and `checkDelay` matter here).
    #[php(defaults(settings = ArrayOrEmpty::EMPTY))]
    pub fn view(
        order: &ZendHashTable,
        product: &ZendHashTable,
        now: Option<i64>,
        settings: ArrayOrEmpty<'_>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let record: OrderRecord = read("order", Some(order))?;
        let product: Product = read("product", Some(product))?;
        let settings: Settings = read("settings", settings.0)?;
        let view = order::view(
            &record,
            &product,
            &settings,
            now.unwrap_or_else(current_time),
        );
        let value = serde_json::to_value(view).unwrap_or(Value::Null);
        convert::json_to_array(&value).map_err(|e| error_map::response_error("view", &e))
    }
}

impl Workflow {
    /// Reads the arrays, runs the action and builds the result array.
    fn run(
        &self,
        action: Action,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let record: OrderRecord = read("order", Some(order))?;
        let product: Product = read("product", Some(product))?;
        let input: Input = read("input", input.0)?;
        let outcome = self
            .workflow
            .run(
                &self.client,
                action,
                record,
                &product,
                &input,
                now.unwrap_or_else(current_time),
            )
            .map_err(|e| error_map::core_error(&e, None))?;
        result(&outcome).map_err(|e| error_map::response_error(action.name(), &e))
    }
}

/// `['order' => ..., 'privateKey' => ?string, 'notice' => string, 'warnings' => list]`.
fn result(outcome: &Outcome) -> ext_php_rs::error::Result<ZBox<ZendHashTable>> {
    let mut array = ZendHashTable::new();
    let order = serde_json::to_value(&outcome.order).unwrap_or(Value::Null);
    array.insert("order", convert::json_to_zval(&order)?)?;
    // Straight into a PHP string: the key never passes through a JSON value or a log.
    array.insert(
        "privateKey",
        outcome.private_key.as_ref().map(|key| key.as_str()),
    )?;
    array.insert("notice", outcome.notice)?;
    let warnings = serde_json::to_value(&outcome.warnings).unwrap_or(Value::Null);
    array.insert("warnings", convert::json_to_zval(&warnings)?)?;
    Ok(array)
}

/// Converts a PHP array (or nothing, read as `[]`) and reads it as `T`, naming the field.
fn read<T: DeserializeOwned>(name: &str, array: Option<&ZendHashTable>) -> PhpResult<T> {
    let value = match array {
        None => Value::Null,
        Some(array) => convert::params_to_json(array)
            .map_err(|e| error_map::invalid_argument(format!("${name}: {e}")))?,
    };
    order::read(name, value).map_err(|e| error_map::core_error(&e, None))
}

impl SensitiveParameters for Workflow {
    /// None: orders, products and inputs hold no secret (a generated key only comes back).
    const SENSITIVE: &'static [(&'static str, &'static [u32])] = &[];
}

/// Registers `TrustOcean\Workflow`. Must run inside module startup, after `TrustOcean\Client`.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Workflow>()
}

/// An optional array argument that defaults to `[]`.
pub struct ArrayOrEmpty<'a>(Option<&'a ZendHashTable>);

impl ArrayOrEmpty<'_> {
    /// The default: no array.
    pub const EMPTY: ArrayOrEmpty<'static> = ArrayOrEmpty(None);
}

impl<'a> FromZval<'a> for ArrayOrEmpty<'a> {
    const TYPE: DataType = DataType::Array;

    fn from_zval(zval: &'a Zval) -> Option<Self> {
        zval.array().map(|array| Self(Some(array)))
    }
}

impl StubLiteral for ArrayOrEmpty<'_> {
    fn stub_literal(&self) -> String {
        "[]".into()
    }
}
