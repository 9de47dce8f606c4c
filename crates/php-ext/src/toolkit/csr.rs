//! `TrustOcean\Csr`: parse, lint and generate certificate signing requests.
//!
//! Static methods only; nothing is stored between calls. Errors are
//! `TrustOcean\InvalidArgumentException` with the core's reason code in `$reasonCode`.

// PHP parameter names are the Rust parameter names, and PHP named arguments want camelCase; the
// `#[php_impl]` expansion copies them into generated code, so the allowance covers the module.
#![allow(non_snake_case)]

use super::to_array;
use ext_php_rs::binary_slice::BinarySlice;
use ext_php_rs::{
    boxed::ZBox, exception::PhpResult, flags::ClassFlags, prelude::*, types::ZendHashTable,
};
use serde_json::{Map, Value, json};
use trustocean_core::{
    csr::{self, Csr as CoreCsr, CsrKey, Subject},
    domain::ProductRules,
    key::KeyKind,
};

use crate::sensitive::{self, SensitiveParameters};
use crate::{convert, error_map};

/// `TrustOcean\Csr`: certificate signing requests.
#[php_class]
#[php(name = "TrustOcean\\Csr")]
#[php(flags = ClassFlags::Final)]
pub struct Csr;

#[php_impl]
impl Csr {
    /// Parses a CSR (PEM, or DER bytes) and verifies its self-signature.
    pub fn parse(csr: BinarySlice<'_, u8>) -> PhpResult<ZBox<ZendHashTable>> {
        let parsed = csr::parse(&csr).map_err(|e| error_map::core_error(&e, None))?;
        to_array(&describe(&parsed))
    }

    /// Lists every rule the CSR breaks, as `['code', 'severity', 'subject', 'message']` arrays.
    /// `$rules` are the product's rules (`wildcard`, `multiDomain`, `maxDomains`, `ipAllowed`).
    pub fn lint(
        csr: BinarySlice<'_, u8>,
        rules: Option<&ZendHashTable>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let rules = product_rules(rules)?;
        let parsed = csr::inspect(&csr).map_err(|e| error_map::core_error(&e, None))?;
        let findings = csr::lint(&parsed, &rules);
        to_array(&serde_json::to_value(findings).unwrap_or(Value::Null))
    }

    /// Generates a key and a CSR from the subject the customer entered.
    #[php(defaults(keyType = "\"rsa2048\""))]
    pub fn generate(
        subject: &ZendHashTable,
        keyType: String,
        sans: Option<&ZendHashTable>,
        password: Option<String>,
    ) -> PhpResult<ZBox<ZendHashTable>> {
        let subject = subject_from_php(subject)?;
        let kind = KeyKind::from_name(&keyType).map_err(|e| error_map::core_error(&e, None))?;
        let sans = sans_from_php(sans)?;
        let secret = password.as_deref();

        let generated =
            csr::generate(&subject, kind, &sans).map_err(|e| error_map::core_error(&e, secret))?;
        let private_key = generated
            .private_key_pem(secret)
            .map_err(|e| error_map::core_error(&e, secret))?;

        let mut array = ZendHashTable::new();
        array.insert("csr", generated.csr_pem.as_str())?;
        array.insert("private_key", private_key.as_str())?;
        array.insert("key_type", kind.name())?;
        array.insert("encrypted", secret.is_some())?;
        Ok(array)
    }
}

/// The array `Csr::parse` returns.
fn describe(csr: &CoreCsr) -> Value {
    let subject = &csr.subject;
    let curve = match &csr.key {
        CsrKey::Ec { curve, .. } => Value::from(curve.as_str()),
        _ => Value::Null,
    };
    json!({
        "subject": {
            "CN": subject.common_name,
            "O": subject.organization,
            "OU": subject.organizational_unit,
            "L": subject.locality,
            "ST": subject.state,
            "C": subject.country,
            "emailAddress": subject.email,
        },
        "sans": csr.subject_alt_names(),
        "dns_names": csr.dns_names,
        "ip_addresses": csr.ip_addresses.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "key_type": csr.key.type_name(),
        "key_bits": csr.key.bits(),
        "key_curve": curve,
        "signature_algorithm": csr.signature_algorithm.name,
        "signature_valid": match csr.signature {
            csr::SignatureCheck::Valid => Value::Bool(true),
            csr::SignatureCheck::Invalid => Value::Bool(false),
            csr::SignatureCheck::Unchecked => Value::Null,
        },
        "public_key_sha256": csr.public_key_sha256(),
        "pem": csr.to_pem(),
        "der_sha256": csr.der_sha256_hex(),
        "der_md5": csr.der_md5_hex(),
    })
}

fn product_rules(rules: Option<&ZendHashTable>) -> PhpResult<ProductRules> {
    let Some(rules) = rules else {
        return Ok(ProductRules::default());
    };
    let json = convert::params_to_json(rules)
        .map_err(|e| error_map::invalid_argument(format!("$rules: {e}")))?;
    ProductRules::from_json(json).map_err(|e| error_map::core_error(&e, None))
}

/// Accepted keys of `$subject`, by the DN attribute they set.
const SUBJECT_KEYS: [(&str, &[&str]); 7] = [
    ("CN", &["CN", "commonName", "common_name"]),
    (
        "O",
        &["O", "organization", "organisation", "organizationName"],
    ),
    (
        "OU",
        &[
            "OU",
            "organizationalUnit",
            "organizational_unit",
            "department",
        ],
    ),
    ("L", &["L", "locality", "city"]),
    ("ST", &["ST", "state", "province", "stateOrProvinceName"]),
    ("C", &["C", "country", "countryName"]),
    ("E", &["emailAddress", "email", "E"]),
];

fn subject_from_php(subject: &ZendHashTable) -> PhpResult<Subject> {
    let json = convert::params_to_json(subject)
        .map_err(|e| error_map::invalid_argument(format!("$subject: {e}")))?;
    let Value::Object(fields) = json else {
        return Err(error_map::invalid_argument(
            "$subject must be an array keyed by field (CN, O, OU, L, ST, C, emailAddress)".into(),
        ));
    };

    let mut values: Map<String, Value> = Map::new();
    for (key, value) in fields {
        let Some((attribute, _)) = SUBJECT_KEYS
            .iter()
            .find(|(_, names)| names.contains(&key.as_str()))
        else {
            return Err(error_map::invalid_argument(format!(
                "$subject: unknown field \"{key}\"; use CN, O, OU, L, ST, C and emailAddress"
            )));
        };
        match value {
            Value::Null => {}
            Value::String(text) => {
                values.insert((*attribute).to_owned(), Value::String(text));
            }
            _ => {
                return Err(error_map::invalid_argument(format!(
                    "$subject: field \"{key}\" must be a string"
                )));
            }
        }
    }

    let text = |attribute: &str| {
        values
            .get(attribute)
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    Ok(Subject {
        common_name: text("CN"),
        organization: text("O"),
        organizational_unit: text("OU"),
        locality: text("L"),
        state: text("ST"),
        country: text("C"),
        email: text("E"),
    })
}

fn sans_from_php(sans: Option<&ZendHashTable>) -> PhpResult<Vec<String>> {
    let Some(sans) = sans else {
        return Ok(Vec::new());
    };
    sans.iter()
        .map(|(_, value)| {
            value.str().map(str::to_owned).ok_or_else(|| {
                error_map::invalid_argument("$sans must be a list of domain names (strings)".into())
            })
        })
        .collect()
}

impl SensitiveParameters for Csr {
    /// `$password` of `generate()`.
    const SENSITIVE: &'static [(&'static str, &'static [u32])] = &[("generate", &[3])];
}

/// Registers `TrustOcean\Csr`. Must run inside module startup.
pub fn register() -> ext_php_rs::error::Result<()> {
    sensitive::register::<Csr>()
}
