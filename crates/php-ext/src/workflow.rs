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
use std::time::Duration;

use serde_json::{Value, json};
use trustocean_core::order::legacy::LegacyRow;
use trustocean_core::order::{
    self, Action, BatchOptions, Input, OrderRecord, Outcome, Product, Settings,
};

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

    /// Admin, before the first submission: the order will be sent as a renewal (`renew=yes`), or
    /// not when `$input['renew']` is false.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn mark_renewal(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::MarkRenewal, order, product, input, now)
    }

    /// Admin: takes over the TrustOcean order `$input['trustocean_id']` into this new service.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn import(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Import, order, product, input, now)
    }

    /// Settles the action recorded in `$order['pending']` that a crash or a lost answer left
    /// unsettled: asks TrustOcean what became of it (`checkUniqueId` for a submission,
    /// `getSSLDetails` otherwise) and returns the order as it really is. Never places anything.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn reconcile(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Reconcile, order, product, input, now)
    }

    /// An unconfirmed order's number, `$input['trustocean_id']` (from a push or the admin):
    /// accepted only when TrustOcean's order carries this order's unique id.
    #[php(defaults(input = ArrayOrEmpty::EMPTY))]
    pub fn confirm(
        &self,
        order: &ZendHashTable,
        product: &ZendHashTable,
        input: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        self.run(Action::Confirm, order, product, input, now)
    }

    /// Syncs many orders at once (the cron): `$options['concurrency']` calls in flight (default
    /// 8, at most 64) and at least `$options['minIntervalMs']` between call starts. Returns, in
    /// the order of `$orders`, `['order' => ?array, 'notice' => ?string, 'error' => ?array]`;
    /// one order's error never stops the others.
    #[php(defaults(options = ArrayOrEmpty::EMPTY))]
    pub fn sync_many(
        &self,
        orders: &ZendHashTable,
        options: ArrayOrEmpty<'_>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let list = convert::list_to_json(orders)
            .map_err(|e| error_map::invalid_argument(format!("$orders: {e}")))?;
        let Value::Array(items) = list else {
            return Err(error_map::invalid_argument(
                "$orders must be a list of records".to_owned(),
            ));
        };
        let records = items
            .into_iter()
            .enumerate()
            .map(|(index, item)| order::read(&format!("orders[{index}]"), item))
            .collect::<Result<Vec<OrderRecord>, _>>()
            .map_err(|e| error_map::core_error(&e, None))?;
        let options = batch_options(options.0)?;
        let results = self.workflow.sync_many(
            &self.client,
            records,
            &options,
            now.unwrap_or_else(current_time),
        );

        let mut list = ZendHashTable::new();
        for result in results {
            let item = match result {
                Ok(outcome) => {
                    json!({"order": outcome.order, "notice": outcome.notice, "error": null})
                }
                Err(error) => json!({"order": null, "notice": null, "error": error_array(&error)}),
            };
            list.push(convert::json_to_zval(&item)?)?;
        }
        Ok(list)
    }

    /// The record of a row of the original module's `tbltrustocean_certificate` (the row as the
    /// database returns it), for a service of `$product`. Returns `['order' => array,
    /// 'privateKey' => ?string (the row's clear key: encrypt it before storing), 'notice' =>
    /// 'order.migrated', 'warnings' => list]`. Makes no call.
    pub fn from_legacy(
        row: &ZendHashTable,
        product: &ZendHashTable,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let row = convert::params_to_json(row)
            .map_err(|e| error_map::invalid_argument(format!("$row: {e}")))?;
        let row: LegacyRow = serde_json::from_value(row)
            .map_err(|e| error_map::invalid_argument(format!("$row: {e}")))?;
        let product: Product = read("product", Some(product))?;
        let converted =
            order::legacy::convert(&row, product.quota, now.unwrap_or_else(current_time))
                .map_err(|e| error_map::core_error(&e, None))?;
        let outcome = Outcome {
            order: converted.order,
            private_key: converted.private_key,
            notice: order::notices::MIGRATED,
            warnings: converted.warnings,
        };
        result(&outcome).map_err(|e| error_map::response_error("fromLegacy", &e))
    }

    /// The record as it really is at `$now`: an issued certificate past its end is expired.
    /// Makes no call.
    pub fn settle(order: &ZendHashTable, now: Option<i64>) -> PhpResult<ZBox<ZendHashTable>> {
        let mut record: OrderRecord = read("order", Some(order))?;
        record.settle(now.unwrap_or_else(current_time));
        let value = serde_json::to_value(&record).unwrap_or(Value::Null);
        convert::json_to_array(&value).map_err(|e| error_map::response_error("settle", &e))
    }

    /// The expiry reminder due for `$order`: `['threshold' => int (days; 0 = expired),
    /// 'days_left' => int]`, or null. `$thresholds` are the configured days; `$sent` the
    /// thresholds already sent for its current certificate.
    pub fn reminder_due(
        order: &ZendHashTable,
        thresholds: Vec<i64>,
        sent: Vec<i64>,
        now: Option<i64>,
    ) -> PhpResult<Option<ZBox<ZendHashTable>>> {
        let record: OrderRecord = read("order", Some(order))?;
        let days = |list: Vec<i64>| -> Vec<u32> {
            list.into_iter()
                .filter_map(|day| u32::try_from(day).ok())
                .collect()
        };
        let due = order::reminders::due(
            &record,
            &days(thresholds),
            &days(sent),
            now.unwrap_or_else(current_time),
        );
        due.map(|reminder| {
            let mut array = ZendHashTable::new();
            array.insert("threshold", i64::from(reminder.threshold))?;
            array.insert("days_left", reminder.days_left)?;
            Ok(array)
        })
        .transpose()
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

/// Reads the batch options (`concurrency`, `minIntervalMs`).
fn batch_options(options: Option<&ZendHashTable>) -> PhpResult<BatchOptions> {
    let value = match options {
        None => Value::Null,
        Some(array) => convert::params_to_json(array)
            .map_err(|e| error_map::invalid_argument(format!("$options: {e}")))?,
    };
    let number = |key: &str, default: u64| -> PhpResult<u64> {
        match value.get(key) {
            None | Some(Value::Null) => Ok(default),
            Some(Value::Number(number)) => number.as_u64().ok_or_else(|| {
                error_map::invalid_argument(format!(
                    "$options['{key}'] must be a whole number of 0 or more"
                ))
            }),
            Some(Value::String(text)) => text.trim().parse().map_err(|_| {
                error_map::invalid_argument(format!(
                    "$options['{key}'] must be a whole number of 0 or more"
                ))
            }),
            Some(_) => Err(error_map::invalid_argument(format!(
                "$options['{key}'] must be a whole number of 0 or more"
            ))),
        }
    };
    let concurrency = number("concurrency", order::DEFAULT_CONCURRENCY as u64)?;
    if concurrency == 0 || concurrency > order::MAX_CONCURRENCY as u64 {
        return Err(error_map::invalid_argument(format!(
            "$options['concurrency'] must be 1 to {}",
            order::MAX_CONCURRENCY
        )));
    }
    Ok(BatchOptions {
        concurrency: concurrency as usize,
        min_interval: Duration::from_millis(number("minIntervalMs", 0)?),
    })
}

/// A failure of one order in a batch: the exception it would have been, as data.
fn error_array(error: &trustocean_core::Error) -> Value {
    let (kind, code) = match error {
        trustocean_core::Error::Api { code, .. } => ("api", *code),
        trustocean_core::Error::Transport { .. } | trustocean_core::Error::Timeout { .. } => {
            ("transport", 0)
        }
        trustocean_core::Error::Decode { status, .. } => ("transport", i64::from(*status)),
        _ => ("invalid_argument", 0),
    };
    json!({
        "kind": kind,
        "code": code,
        "reasonCode": error.reason_code(),
        "message": error.to_string(),
    })
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
