//! `TrustOcean\Bundle`: the download zip with the certificate in every server format, and
//! single PFX and PKCS#7 files.
//!
//! Keys and passwords are read straight from the PHP strings; the only Rust copies are the
//! core's wiped buffers, and no message ever contains them.

// PHP parameter names are the Rust parameter names; camelCase is what PHP named arguments use.
#![allow(non_snake_case)]

use ext_php_rs::{
    binary::Binary,
    binary_slice::BinarySlice,
    convert::{FromZval, StubLiteral},
    exception::PhpResult,
    flags::{ClassFlags, DataType},
    prelude::*,
    types::{ArrayKey, ZendHashTable, Zval},
};
use trustocean_core::{
    Error,
    bundle::{self, BundleOptions, Format, Zeroizing},
};

use super::certificate::current_time;
use crate::error_map;
use crate::sensitive::{self, SensitiveParameters};

/// The option names `Bundle::zip()` accepts.
const OPTION_NAMES: [&str; 6] = [
    "formats",
    "key",
    "key_password",
    "pfx_password",
    "pfx_legacy",
    "tomcat_alias",
];

/// `TrustOcean\Bundle`: static helpers only.
#[php_class]
#[php(name = "TrustOcean\\Bundle")]
#[php(flags = ClassFlags::Final)]
pub struct Bundle;

#[php_impl]
impl Bundle {
    /// The zip (bytes) with the certificate for Apache, Nginx, IIS, Tomcat, HAProxy, PKCS#7 and
    /// DER, plus README.txt. `$options`: `formats` (list), `key`, `key_password`,
    /// `pfx_password`, `pfx_legacy`, `tomcat_alias`.
    #[php(defaults(options = OptionsArray::EMPTY))]
    pub fn zip(
        certificate: BinarySlice<'_, u8>,
        chain: BinarySlice<'_, u8>,
        options: OptionsArray<'_>,
    ) -> PhpResult<Binary<u8>> {
        let options = read_options(options.0)?;
        bundle::build_zip(&certificate, &chain, &options, current_time())
            .map(Binary::new)
            .map_err(|err| error_map::core_error(&err, None))
    }

    /// One PKCS#12 file with the key, the certificate and its ordered chain, protected by
    /// `$password` (AES-256/SHA-256, or 3DES/SHA-1 when `$legacy`).
    #[php(defaults(legacy = false))]
    pub fn pfx(
        certificate: BinarySlice<'_, u8>,
        chain: BinarySlice<'_, u8>,
        key: BinarySlice<'_, u8>,
        password: &str,
        keyPassword: Option<&str>,
        legacy: bool,
    ) -> PhpResult<Binary<u8>> {
        let options = BundleOptions {
            key: Some(Zeroizing::new(key.to_vec())),
            key_password: keyPassword.map(|p| Zeroizing::new(p.to_owned())),
            pfx_password: Some(Zeroizing::new(password.to_owned())),
            pfx_legacy: legacy,
            ..BundleOptions::default()
        };
        bundle::pfx(&certificate, &chain, &options)
            .map(Binary::new)
            .map_err(|err| error_map::core_error(&err, None))
    }

    /// The certificate and its ordered chain as PKCS#7 (`.p7b`): DER bytes, or PEM text when
    /// `$pem`.
    #[php(defaults(pem = false))]
    pub fn pkcs7(
        certificate: BinarySlice<'_, u8>,
        chain: BinarySlice<'_, u8>,
        pem: bool,
    ) -> PhpResult<Binary<u8>> {
        let result = if pem {
            bundle::pkcs7_pem(&certificate, &chain).map(String::into_bytes)
        } else {
            bundle::pkcs7_der(&certificate, &chain)
        };
        result
            .map(Binary::new)
            .map_err(|err| error_map::core_error(&err, None))
    }

    /// The format names `zip()` accepts in `formats`, in bundle order.
    pub fn formats() -> Vec<String> {
        Format::ALL
            .iter()
            .map(|format| format.name().to_owned())
            .collect()
    }
}

/// The `$options` array, `[]` when omitted.
pub struct OptionsArray<'a>(Option<&'a ZendHashTable>);

impl OptionsArray<'_> {
    /// No options.
    pub const EMPTY: OptionsArray<'static> = OptionsArray(None);
}

impl<'a> FromZval<'a> for OptionsArray<'a> {
    const TYPE: DataType = DataType::Array;

    fn from_zval(zval: &'a Zval) -> Option<Self> {
        zval.array().map(|array| Self(Some(array)))
    }
}

impl StubLiteral for OptionsArray<'_> {
    fn stub_literal(&self) -> String {
        "[]".into()
    }
}

/// Reads `$options`; unknown names and wrong types are refused without echoing any value.
fn read_options(table: Option<&ZendHashTable>) -> PhpResult<BundleOptions> {
    let mut options = BundleOptions::default();
    let Some(table) = table else {
        return Ok(options);
    };

    for (name, value) in table.iter() {
        let name = match name {
            ArrayKey::String(name) => name,
            ArrayKey::Str(name) => name.to_owned(),
            ArrayKey::ZendString(name) => name.as_str().unwrap_or_default().to_owned(),
            ArrayKey::Long(_) => String::new(),
        };
        let value = value.dereference();
        match name.as_str() {
            "formats" => options.formats = read_formats(value)?,
            "key" => {
                options.key = optional_bytes(value, "key")?
                    .filter(|key| !key.is_empty())
                    .map(|key| Zeroizing::new(key.to_vec()));
            }
            "key_password" => {
                options.key_password = optional_text(value, "key_password")?
                    .filter(|password| !password.is_empty())
                    .map(|password| Zeroizing::new(password.to_owned()));
            }
            "pfx_password" => {
                options.pfx_password = optional_text(value, "pfx_password")?
                    .map(|password| Zeroizing::new(password.to_owned()));
            }
            "pfx_legacy" => {
                options.pfx_legacy = value
                    .bool()
                    .ok_or_else(|| option_type("pfx_legacy", "a bool"))?;
            }
            "tomcat_alias" => {
                options.tomcat_alias = optional_text(value, "tomcat_alias")?.map(ToOwned::to_owned);
            }
            _ => {
                let shown: String = name.chars().take(40).collect();
                return Err(invalid(
                    "$options",
                    format!(
                        "unknown option \"{shown}\"; use {}",
                        OPTION_NAMES.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(options)
}

/// `formats`: a list of names, or one name.
fn read_formats(value: &Zval) -> PhpResult<Vec<Format>> {
    let names: Vec<&Zval> = match value.array() {
        Some(list) => list.iter().map(|(_, item)| item).collect(),
        None => vec![value],
    };
    names
        .into_iter()
        .map(|item| {
            let name = item
                .str()
                .ok_or_else(|| option_type("formats", "a list of format names"))?;
            Format::from_name(name).map_err(|err| error_map::core_error(&err, None))
        })
        .collect()
}

fn optional_bytes<'a>(value: &'a Zval, name: &str) -> PhpResult<Option<&'a [u8]>> {
    if value.is_null() {
        return Ok(None);
    }
    value
        .zend_str()
        .map(|text| Some(text.as_bytes()))
        .ok_or_else(|| option_type(name, "a string or null"))
}

fn optional_text<'a>(value: &'a Zval, name: &str) -> PhpResult<Option<&'a str>> {
    if value.is_null() {
        return Ok(None);
    }
    value
        .str()
        .map(Some)
        .ok_or_else(|| option_type(name, "a UTF-8 string or null"))
}

fn option_type(name: &str, expected: &str) -> PhpException {
    invalid(
        &format!("$options['{name}']"),
        format!("must be {expected}"),
    )
}

/// An unusable option, as `TrustOcean\InvalidArgumentException` with reason `input.invalid`.
fn invalid(field: &str, reason: String) -> PhpException {
    error_map::core_error(&Error::invalid(field, reason), None)
}

impl SensitiveParameters for Bundle {
    /// `$options` of `zip()` (it carries the key and passwords) and the key and passwords of `pfx()`.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] =
        &[("zip", &[2]), ("pfx", &[2, 3, 4])];
}

/// Registers `TrustOcean\Bundle`. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Bundle>()
}
