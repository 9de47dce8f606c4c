//! Request field checks shared by the API methods, each failing with the API's error code.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};
use trustocean_core::dcv::PreDcvInfo;
use trustocean_core::domain::{self, Name};

use crate::api::envelope::{ApiError, codes};
use crate::catalog::{MAX_DOMAINS, Period, Product};

/// The OV/EV organisation fields of `addSSLOrder`, all required for OV and EV products.
pub const ORG_FIELDS: [&str; 13] = [
    "organization_name",
    "organizationalUnitName",
    "registered_address_line1",
    "registered_no",
    "country",
    "state",
    "city",
    "postal_code",
    "organization_phone",
    "date_of_incorporation",
    "contact_name",
    "contact_title",
    "contact_phone",
];

/// The form fields of one request. Everything is a string, as in form encoding.
#[derive(Debug, Default, Clone)]
pub struct Fields(HashMap<String, String>);

impl Fields {
    /// Parses an `application/x-www-form-urlencoded` body; on duplicates the last value wins.
    pub fn parse(body: &[u8]) -> Result<Self, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
            .map_err(|_| ApiError::rejected("The request body is not form-encoded"))?;
        Ok(Self(pairs.into_iter().collect()))
    }

    /// A field, trimmed; `None` when absent or empty.
    pub fn optional(&self, name: &str) -> Option<&str> {
        self.0
            .get(name)
            .map(|value| value.trim())
            .filter(|value| !value.is_empty())
    }

    /// A required field (778801 when absent or empty).
    pub fn required(&self, name: &str) -> Result<&str, ApiError> {
        self.optional(name).ok_or_else(|| ApiError::missing(name))
    }

    /// The `trustocean_id` field as a number.
    pub fn trustocean_id(&self) -> Result<u64, ApiError> {
        let raw = self.required("trustocean_id")?;
        raw.parse().map_err(|_| {
            ApiError::new(
                codes::ORDER_NOT_FOUND,
                format!("Order not found: trustocean_id {raw}"),
            )
        })
    }
}

/// Checks a unique_id: letters and digits, `min..=max` long.
pub fn unique_id(value: &str, max: usize) -> Result<String, ApiError> {
    let ok_chars = value.bytes().all(|b| b.is_ascii_alphanumeric());
    if !ok_chars || !(8..=max).contains(&value.len()) {
        return Err(ApiError::rejected(format!(
            "Invalid unique_id: it must be 8 to {max} letters or digits"
        )));
    }
    Ok(value.to_owned())
}

/// Splits a comma-joined list, trimming entries and dropping empty ones.
pub fn csv(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Parses a period the product offers (either spelling).
pub fn period(product: &Product, text: &str) -> Result<Period, ApiError> {
    text.parse::<Period>()
        .ok()
        .filter(|period| product.price(*period).is_some())
        .ok_or_else(|| {
            ApiError::rejected(format!(
                "Unsupported period {text} for product {}",
                product.pid
            ))
        })
}

/// Normalises and checks a domain list: syntax, duplicates and, with a product, its rules.
pub fn domains(list: &[String], product: Option<&Product>) -> Result<Vec<String>, ApiError> {
    if list.is_empty() {
        return Err(ApiError::new(
            codes::BAD_DOMAIN_COUNT,
            "At least one domain is required",
        ));
    }

    let mut seen = HashSet::new();
    let mut normalised = Vec::with_capacity(list.len());
    for raw in list {
        let name = domain::normalize(raw)
            .map_err(|_| ApiError::new(codes::BAD_DOMAIN, format!("Invalid domain name: {raw}")))?;
        if !seen.insert(name.as_str().to_owned()) {
            return Err(ApiError::new(
                codes::BAD_DOMAIN,
                format!("Duplicate domain: {name}"),
            ));
        }
        if let Some(product) = product {
            product_allows(product, &name)?;
        }
        normalised.push(name.as_str().to_owned());
    }

    if let Some(product) = product {
        domain_count(product, normalised.len())?;
    }
    Ok(normalised)
}

fn product_allows(product: &Product, name: &Name) -> Result<(), ApiError> {
    if name.is_ip() && !product.ipv4 {
        return Err(ApiError::new(
            codes::BAD_DOMAIN,
            format!(
                "Product {} does not support IP addresses: {name}",
                product.pid
            ),
        ));
    }
    if name.is_wildcard() && !product.wildcard {
        return Err(ApiError::new(
            codes::BAD_DOMAIN,
            format!(
                "Product {} does not support wildcard domains: {name}",
                product.pid
            ),
        ));
    }
    Ok(())
}

/// Checks the number of domains against the product.
pub fn domain_count(product: &Product, count: usize) -> Result<(), ApiError> {
    if !product.multidomain && count > 1 {
        return Err(ApiError::new(
            codes::NOT_MULTIDOMAIN,
            format!(
                "Product {} is not a multi-domain certificate and takes exactly one domain",
                product.pid
            ),
        ));
    }
    if product.multidomain && count > MAX_DOMAINS {
        return Err(ApiError::new(
            codes::TOO_MANY_DOMAINS,
            format!("A multi-domain certificate holds at most {MAX_DOMAINS} domains"),
        ));
    }
    if product.multidomain && count < product.min_domains {
        return Err(ApiError::new(
            codes::TOO_FEW_DOMAINS,
            format!(
                "Product {} needs at least {} domains",
                product.pid, product.min_domains
            ),
        ));
    }
    Ok(())
}

/// Checks one DCV method per domain: `dns`, `http`, `https` or one of the domain's approver
/// addresses; IPs only with `http`/`https`. Returns the methods normalised to lowercase.
pub fn dcv_methods(
    domains: &[String],
    methods: &[String],
    pre: &[PreDcvInfo],
) -> Result<Vec<String>, ApiError> {
    if methods.len() != domains.len() {
        return Err(ApiError::new(
            codes::BAD_DOMAIN_COUNT,
            format!(
                "dcv_method has {} entries but domains has {}",
                methods.len(),
                domains.len()
            ),
        ));
    }

    domains
        .iter()
        .zip(methods)
        .zip(pre)
        .map(|((domain, method), info)| dcv_method(domain, method, info))
        .collect()
}

/// Checks the DCV method of one domain.
pub fn dcv_method(domain: &str, method: &str, info: &PreDcvInfo) -> Result<String, ApiError> {
    let method = method.trim().to_ascii_lowercase();
    let allowed = match method.as_str() {
        "http" | "https" => true,
        "dns" => !info.isip,
        email if email.contains('@') => info.auth_email_addresses.iter().any(|a| a == email),
        _ => false,
    };
    if allowed {
        Ok(method)
    } else {
        Err(ApiError::new(
            codes::BAD_DCV_METHOD,
            format!("Invalid DCV method {method} for {domain}"),
        ))
    }
}

/// The OV/EV `org_info`: `None` for DV products, all fields required otherwise (770023).
pub fn org_info(
    fields: &Fields,
    product: &Product,
) -> Result<Option<Map<String, Value>>, ApiError> {
    if !product.needs_org_info() {
        return Ok(None);
    }

    let missing: Vec<&str> = ORG_FIELDS
        .iter()
        .copied()
        .filter(|name| fields.optional(name).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(ApiError::new(
            codes::ORG_INFO_INCOMPLETE,
            format!(
                "Incomplete organization information: missing {}",
                missing.join(", ")
            ),
        ));
    }
    if fields
        .optional("country")
        .is_some_and(|country| country.len() != 2)
    {
        return Err(ApiError::new(
            codes::ORG_INFO_INCOMPLETE,
            "country must be a two-letter ISO code",
        ));
    }

    Ok(Some(
        ORG_FIELDS
            .iter()
            .map(|name| {
                let value = fields.optional(name).unwrap_or_default().to_owned();
                ((*name).to_owned(), Value::String(value))
            })
            .collect(),
    ))
}

/// A plausible e-mail address (one `@`, a dot in the domain part).
pub fn email(value: &str) -> Result<String, ApiError> {
    let plausible = value.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.contains('@')
    });
    if plausible {
        Ok(value.to_owned())
    } else {
        Err(ApiError::rejected(format!(
            "Invalid e-mail address: {value}"
        )))
    }
}
