//! `TrustOcean\Dcv`: the domain control validation values of an order, computed locally.
//!
//! Static and stateless; the logic is `trustocean_core::dcv`.

// PHP parameter names are the Rust parameter names and PHP named arguments want camelCase
// (`uniqueId:`); the `#[php_impl]` expansion copies them into generated code.
#![allow(non_snake_case)]

use ext_php_rs::binary_slice::BinarySlice;
use ext_php_rs::{
    boxed::ZBox, exception::PhpResult, flags::ClassFlags, prelude::*, types::ZendHashTable,
};
use serde_json::{Map, Value, json};
use trustocean_core::dcv::{self, DcvArtifacts};

use super::domain::string_list;
use super::to_array;
use crate::error_map;
use crate::sensitive::{self, SensitiveParameters};

/// `TrustOcean\Dcv`: CNAME records, validation files and approver addresses.
#[php_class]
#[php(name = "TrustOcean\\Dcv")]
#[php(flags = ClassFlags::Final)]
pub struct Dcv;

#[php_impl]
impl Dcv {
    /// The DCV values of every domain for a CSR (PEM or DER) and the order's unique_id, keyed by
    /// the normalised domain, in the order given.
    ///
    /// Each entry: `domain`, `isip`, `subdomain`, `topdomain`, `validation_host`, `dns_host`,
    /// `dns_type`, `dns_value` (all three null for IPs), `http_verifylink`, `http_filename`,
    /// `http_filecontent`, `https_verifylink`, `https_filename`, `https_filecontent`, `emails`
    /// (empty for IPs) and `methods` (the `dcv_method` values the name can use).
    /// Throws `TrustOcean\InvalidArgumentException` (`$reasonCode` `domain.*` or `input.invalid`).
    pub fn artifacts(
        csr: BinarySlice<'_, u8>,
        uniqueId: String,
        domains: &ZendHashTable,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let domains = string_list(domains, "domains")?;
        let all = dcv::artifacts(&csr, &uniqueId, &domains)
            .map_err(|err| error_map::core_error(&err, None))?;

        let mut keyed = Map::new();
        for artifacts in &all {
            keyed.insert(artifacts.domain.clone(), artifacts_json(artifacts));
        }
        to_array(&Value::Object(keyed))
    }

    /// The approver e-mail addresses of a name, in the original module's order (the registrable
    /// domain first, then each longer level); empty for IP addresses.
    /// Throws `TrustOcean\InvalidArgumentException` with a `domain.*` `$reasonCode`.
    pub fn approver_emails(domain: String) -> PhpResult<Vec<String>> {
        dcv::approver_emails(&domain).map_err(|err| error_map::core_error(&err, None))
    }

    /// Checks that a `dcv_method` value (`dns`, `http`, `https` or an approver address) can
    /// validate the name, and returns it as the API takes it (lower case).
    /// Throws `TrustOcean\InvalidArgumentException` (`dcv.method_not_for_ip`,
    /// `dcv.email_not_approver`, `dcv.method_unknown` or a `domain.*` code).
    pub fn check_method(domain: String, method: String) -> PhpResult<String> {
        let name = trustocean_core::domain::normalize(&domain)
            .map_err(|err| error_map::core_error(&err, None))?;
        dcv::check_method(&name, &method)
            .map(|method| method.as_str().to_owned())
            .map_err(|err| error_map::core_error(&err, None))
    }
}

impl SensitiveParameters for Dcv {
    /// None: a CSR is public.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] = &[];
}

/// Registers `TrustOcean\Dcv`. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Dcv>()
}

/// One domain's values, flat, with the API's field names.
fn artifacts_json(artifacts: &DcvArtifacts) -> Value {
    let dns = artifacts.dns.as_ref();
    let methods: &[&str] = if artifacts.is_ip {
        &["http", "https"]
    } else {
        &["dns", "http", "https", "email"]
    };
    json!({
        "domain": artifacts.domain,
        "isip": artifacts.is_ip,
        "subdomain": artifacts.subdomain,
        "topdomain": artifacts.topdomain,
        "validation_host": artifacts.validation_host,
        "dns_host": dns.map(|d| d.dns_host.as_str()),
        "dns_type": dns.map(|d| d.dns_type.as_str()),
        "dns_value": dns.map(|d| d.dns_value.as_str()),
        "http_verifylink": artifacts.http.http_verifylink,
        "http_filename": artifacts.http.http_filename,
        "http_filecontent": artifacts.http.http_filecontent,
        "https_verifylink": artifacts.https.https_verifylink,
        "https_filename": artifacts.https.https_filename,
        "https_filecontent": artifacts.https.https_filecontent,
        "emails": artifacts.emails,
        "methods": methods,
    })
}
