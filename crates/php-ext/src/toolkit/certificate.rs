//! `TrustOcean\Certificate`: parse a certificate or chain, order a chain, and check that a
//! certificate belongs to a private key or a CSR.
//!
//! Inputs are PHP strings taken as bytes, so PEM and binary DER both work. Times are Unix
//! seconds; `$now` defaults to the current time.

// PHP parameter names are the Rust parameter names; camelCase is what PHP named arguments use.
#![allow(non_snake_case)]

use std::time::{SystemTime, UNIX_EPOCH};

use ext_php_rs::{
    binary_slice::BinarySlice, boxed::ZBox, exception::PhpResult, flags::ClassFlags, prelude::*,
    types::ZendHashTable,
};
use serde_json::{Value, json};
use trustocean_core::certificate::{self, OrderedChain};

use super::to_array;
use crate::error_map;
use crate::sensitive::{self, SensitiveParameters};

/// `TrustOcean\Certificate`: static helpers only.
#[php_class]
#[php(name = "TrustOcean\\Certificate")]
#[php(flags = ClassFlags::Final)]
pub struct Certificate;

#[php_impl]
impl Certificate {
    /// Describes the certificate (or, for a pasted chain, its leaf) at `$now`.
    pub fn parse(
        certificate: BinarySlice<'_, u8>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let details = certificate::parse(&certificate, now.unwrap_or_else(current_time))
            .map_err(|err| error_map::core_error(&err, None))?;
        to_array(&serde_json::to_value(details).unwrap_or(Value::Null))
    }

    /// Orders a chain leaf → root and describes each certificate, with the problems found.
    pub fn parseChain(
        chain: BinarySlice<'_, u8>,
        now: Option<i64>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let ordered = order(&chain)?;
        let now = now.unwrap_or_else(current_time);
        let certificates: Vec<_> = ordered
            .certificates()
            .iter()
            .map(|certificate| certificate.details(now))
            .collect();
        let report = json!({
            "certificates": serde_json::to_value(certificates).unwrap_or(Value::Null),
            "pem": ordered.to_pem(),
            "problems": serde_json::to_value(ordered.findings()).unwrap_or(Value::Null),
            "ends_at_root": ordered.ends_at_root(),
            "usable": ordered.first_error().is_none(),
        });
        to_array(&report)
    }

    /// The chain as PEM, leaf first, duplicates and unrelated certificates dropped; throws on a
    /// chain with a missing link (`chain.incomplete`).
    pub fn orderChain(chain: BinarySlice<'_, u8>) -> PhpResult<String> {
        let ordered = order(&chain)?;
        if let Some(err) = ordered.first_error() {
            return Err(error_map::core_error(&err, None));
        }
        Ok(ordered.to_pem())
    }

    /// Whether `$key` (PEM or DER, decrypted with `$password` if encrypted) is the private key
    /// of the certificate.
    pub fn matchesKey(
        certificate: BinarySlice<'_, u8>,
        key: BinarySlice<'_, u8>,
        password: Option<&str>,
    ) -> PhpResult<bool> {
        let leaf = leaf(&certificate)?;
        certificate::matches_key(&leaf, &key, password)
            .map_err(|err| error_map::core_error(&err, password))
    }

    /// Whether the CSR (PEM or DER) holds the certificate's public key.
    pub fn matchesCsr(
        certificate: BinarySlice<'_, u8>,
        csr: BinarySlice<'_, u8>,
    ) -> PhpResult<bool> {
        let leaf = leaf(&certificate)?;
        certificate::matches_csr(&leaf, &csr).map_err(|err| error_map::core_error(&err, None))
    }
}

fn leaf(input: &[u8]) -> PhpResult<certificate::Certificate> {
    certificate::parse_leaf(input).map_err(|err| error_map::core_error(&err, None))
}

fn order(input: &[u8]) -> PhpResult<OrderedChain> {
    let certificates =
        certificate::parse_all(input).map_err(|err| error_map::core_error(&err, None))?;
    certificate::order_chain(certificates).map_err(|err| error_map::core_error(&err, None))
}

/// Unix seconds now; 0 if the clock is before 1970.
pub(crate) fn current_time() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        })
}

impl SensitiveParameters for Certificate {
    /// `$key` and `$password` of `matchesKey()`.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] = &[("matchesKey", &[1, 2])];
}

/// Registers `TrustOcean\Certificate`. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Certificate>()
}
