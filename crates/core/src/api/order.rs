//! Placing an order (`addSSLOrder`) and reading it back (`getOrderStatus`, `getSSLDetails`).

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::api::dcv_info::{self, DcvEntry};
use crate::api::dcv_method::{self, DcvMethod};
use crate::api::form::FormRequest;
use crate::api::{CertStatus, Period, lenient, unique_id, validate};
use crate::error::{Error, Result};

/// `addSSLOrder`.
///
/// `domains` and `dcv_method` pair up by position. OV and EV products also need the
/// organisation fields; DV products leave them out.
#[derive(Debug, Clone, Deserialize)]
pub struct AddSslOrder {
    /// TrustOcean product id.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub pid: u64,
    /// The PEM CSR.
    pub csr_code: String,
    /// Term.
    pub period: Period,
    /// Domains, distinct (array or comma-separated).
    #[serde(deserialize_with = "lenient::list_from_any")]
    pub domains: Vec<String>,
    /// One method per domain, same order (array or comma-separated).
    #[serde(deserialize_with = "dcv_method::list")]
    pub dcv_method: Vec<DcvMethod>,
    /// From `createNewUniqueId`, 8 to 20 characters.
    #[serde(deserialize_with = "lenient::string_from_any")]
    pub unique_id: String,
    /// Where the CA writes to.
    pub contact_email: String,
    /// URL TrustOcean pushes order events to.
    pub callback: String,
    /// A renewal of an earlier certificate (the CA adds the remaining time).
    #[serde(default, deserialize_with = "lenient::bool_from_any")]
    pub renew: bool,
    /// Organisation details, for OV and EV.
    #[serde(flatten)]
    pub organization: Organization,
    /// Fields neither above nor in [`Organization`]; validation refuses the order if any is set.
    ///
    /// (serde cannot deny unknown fields next to a flattened struct, so they are caught here.)
    #[serde(flatten)]
    pub unexpected: Map<String, Value>,
}

/// The organisation fields of OV and EV orders, named as the API names them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Organization {
    /// Legal name.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub organization_name: Option<String>,
    /// Department.
    #[serde(
        default,
        rename = "organizationalUnitName",
        deserialize_with = "lenient::opt_string_from_any"
    )]
    pub organizational_unit_name: Option<String>,
    /// Registered address.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub registered_address_line1: Option<String>,
    /// Company registration number.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub registered_no: Option<String>,
    /// ISO 3166 two-letter country.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub country: Option<String>,
    /// State or province.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub state: Option<String>,
    /// City.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub city: Option<String>,
    /// Postal code.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub postal_code: Option<String>,
    /// Organisation phone.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub organization_phone: Option<String>,
    /// Date of incorporation.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub date_of_incorporation: Option<String>,
    /// Contact person.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub contact_name: Option<String>,
    /// Contact's title.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub contact_title: Option<String>,
    /// Contact's phone.
    #[serde(default, deserialize_with = "lenient::opt_string_from_any")]
    pub contact_phone: Option<String>,
}

impl Organization {
    /// The fields that are set, under their API names.
    fn form_fields(&self) -> Vec<(&'static str, String)> {
        [
            ("organization_name", &self.organization_name),
            ("organizationalUnitName", &self.organizational_unit_name),
            ("registered_address_line1", &self.registered_address_line1),
            ("registered_no", &self.registered_no),
            ("country", &self.country),
            ("state", &self.state),
            ("city", &self.city),
            ("postal_code", &self.postal_code),
            ("organization_phone", &self.organization_phone),
            ("date_of_incorporation", &self.date_of_incorporation),
            ("contact_name", &self.contact_name),
            ("contact_title", &self.contact_title),
            ("contact_phone", &self.contact_phone),
        ]
        .into_iter()
        .filter_map(|(name, value)| {
            let value = value.as_deref()?.trim();
            (!value.is_empty()).then(|| (name, value.to_owned()))
        })
        .collect()
    }

    fn validate(&self) -> Result<()> {
        if let Some(country) = self.country.as_deref().map(str::trim)
            && !country.is_empty()
            && !(country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic()))
        {
            return Err(Error::invalid(
                "country",
                format!("{country:?} is not a two-letter country code such as GB or CN"),
            ));
        }
        Ok(())
    }
}

impl FormRequest for AddSslOrder {
    fn validate(&self) -> Result<()> {
        if let Some(field) = self.unexpected.keys().next() {
            return Err(Error::invalid(
                field.as_str(),
                "addSSLOrder has no such field; check the spelling against the API's field names",
            ));
        }
        if self.pid == 0 {
            return Err(Error::invalid(
                "pid",
                "the product id must be a positive number",
            ));
        }
        validate::csr("csr_code", &self.csr_code)?;
        validate::domains("domains", &self.domains)?;
        pair_methods(&self.domains, &self.dcv_method)?;
        unique_id::check("unique_id", &self.unique_id, 20)?;
        validate::email("contact_email", &self.contact_email)?;
        callback(&self.callback)?;
        self.organization.validate()
    }

    fn form_fields(&self) -> Vec<(&'static str, String)> {
        let mut fields = vec![
            ("pid", self.pid.to_string()),
            ("csr_code", self.csr_code.trim().to_owned()),
            ("period", self.period.name().to_owned()),
            ("domains", self.domains.join(",")),
            ("dcv_method", dcv_method::join(&self.dcv_method)),
            ("unique_id", self.unique_id.clone()),
            ("contact_email", self.contact_email.trim().to_owned()),
            ("callback", self.callback.trim().to_owned()),
            ("renew", if self.renew { "yes" } else { "no" }.to_owned()),
        ];
        fields.extend(self.organization.form_fields());
        fields
    }
}

/// `domains` and `dcv_method` must pair up one to one.
pub(crate) fn pair_methods(domains: &[String], methods: &[DcvMethod]) -> Result<()> {
    if domains.len() != methods.len() {
        return Err(Error::invalid(
            "dcv_method",
            format!(
                "give one method per domain: {} domains but {} methods",
                domains.len(),
                methods.len()
            ),
        ));
    }
    Ok(())
}

fn callback(url: &str) -> Result<()> {
    let parsed = reqwest::Url::parse(url.trim())
        .map_err(|error| Error::invalid("callback", format!("{url:?} is not a URL: {error}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::invalid(
            "callback",
            "the push URL must be an http(s) URL with a host",
        ));
    }
    Ok(())
}

/// `getOrderStatus`'s answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderStatus {
    /// The order's state.
    pub cert_status: CertStatus,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An order as `addSSLOrder`, `reissueSSLOrder` and `getSSLDetails` return it.
///
/// The three share one shape; fields a method does not send stay `None` and are left out
/// when serialized.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrderDetails {
    /// TrustOcean's order id.
    #[serde(deserialize_with = "lenient::u64_from_any")]
    pub trustocean_id: u64,
    /// The order's state.
    pub cert_status: CertStatus,
    /// The unique id the DCV values are built from.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub unique_id: Option<String>,
    /// The CA's order id.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub vendor_id: Option<String>,
    /// The CA's certificate id.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_id: Option<String>,
    /// When the order was placed, as the API formats it.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<String>,
    /// Validation class (`dv`, `ov`, `ev`).
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub class: Option<String>,
    /// Product name.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub product_name: Option<String>,
    /// Multi-domain product.
    #[serde(
        default,
        deserialize_with = "lenient::opt_bool_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_multidomain: Option<bool>,
    /// Domains paid for.
    #[serde(
        default,
        deserialize_with = "lenient::opt_u64_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub domain_count: Option<u64>,
    /// The order's CSR.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub csr_code: Option<String>,
    /// The issued certificate, PEM.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub cert_code: Option<String>,
    /// The CA chain, PEM.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub ca_code: Option<String>,
    /// Contact address.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_email: Option<String>,
    /// The order's domains.
    #[serde(default, deserialize_with = "lenient::list_from_any")]
    pub domains: Vec<String>,
    /// Validation state by domain; read from `dcv_info` or `dcvinfo`.
    #[serde(default, alias = "dcvinfo", deserialize_with = "dcv_info::by_domain")]
    pub dcv_info: IndexMap<String, DcvEntry>,
    /// Organisation details (OV/EV), `null` for DV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_info: Option<Value>,
    /// A renewal order.
    #[serde(
        default,
        deserialize_with = "lenient::opt_bool_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub renew: Option<bool>,
    /// Reissued at least once.
    #[serde(
        default,
        deserialize_with = "lenient::opt_bool_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub reissue: Option<bool>,
    /// When it was last reissued.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub reissued_at: Option<String>,
    /// When the certificate was delivered.
    #[serde(
        default,
        deserialize_with = "lenient::opt_string_from_any",
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_delivery_time: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
