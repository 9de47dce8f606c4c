//! API answers as the client reads them off the wire: the envelope, then the typed response of
//! every method, then what the module does with the fields that carry more than text
//! (certificates, DCV entries, domains, the catalog, the unique id). No network is involved: the
//! bytes stand for the body of an HTTP 200 answer.

use std::sync::LazyLock;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::sample_hashes;
use crate::api::{
    Ack, DcvEntry, DcvStatusResponse, OrderDetails, OrderStatus, PreDomainValidationInfo,
    ProductList, ProfileInfo, RefundStatus, UniqueId,
};
use crate::domain::{self, ProductRules, WildcardRule};
use crate::transport::Reply;
use crate::{ApiMethod, Credentials, bundle, certificate, dcv, envelope};

/// The time certificates are measured from: a fixed day, so a corpus replays the same way (Unix
/// seconds, 2025-06-15).
const NOW: i64 = 1_750_000_000;

/// A token some seeds echo back, so that the redaction of error messages and of the journal
/// copy has something to find.
const TOKEN: &str = "fuzz-token/0001+x";

/// The credentials the answers are read with (the token only matters to the redaction).
static CREDENTIALS: LazyLock<Option<Credentials>> =
    LazyLock::new(|| Credentials::new("reseller@example.com", TOKEN).ok());

/// The names the catalog's products are held against.
const NAMES: [&str; 4] = [
    "www.example.com",
    "*.example.com",
    "example.com",
    "203.0.113.9",
];

/// Reads `data` as the body of an answer to each method whose answer has its own shape, as
/// [`Client::send`](crate::Client::send) and [`Client::call`](crate::Client::call) do.
pub fn api_response(data: &[u8]) {
    let Some(credentials) = CREDENTIALS.as_ref() else {
        return;
    };
    let reply = Reply {
        status: 200,
        body: data.to_vec(),
    };

    // The journal's copy of the answer: redacted text, read back as JSON.
    let text = credentials.redact(&String::from_utf8_lossy(data));
    let _ = serde_json::from_str::<Value>(&text);

    let _ = typed::<Ack>(ApiMethod::Ping, &reply, credentials);
    let _ = typed::<ProfileInfo>(ApiMethod::GetProfileInfo, &reply, credentials);
    let _ = typed::<OrderStatus>(ApiMethod::GetOrderStatus, &reply, credentials)
        .map(|status| status.cert_status.has_certificate());
    let _ = typed::<RefundStatus>(ApiMethod::CheckRefundStatus, &reply, credentials);
    if let Some(catalog) = typed::<ProductList>(ApiMethod::GetProductList, &reply, credentials) {
        products(&catalog);
    }
    if let Some(reserved) = typed::<UniqueId>(ApiMethod::CreateNewUniqueId, &reply, credentials) {
        unique_id(&reserved.unique_id);
    }
    if let Some(pre) = typed::<PreDomainValidationInfo>(
        ApiMethod::GetPreDomainValidationInformation,
        &reply,
        credentials,
    ) {
        for name in pre.pre_dcv_info.keys() {
            let _ = domain::normalize(name);
        }
    }
    if let Some(details) = typed::<OrderDetails>(ApiMethod::GetSslDetails, &reply, credentials) {
        order_details(&details);
    }
    if let Some(status) =
        typed::<DcvStatusResponse>(ApiMethod::GetDomainValidationStatus, &reply, credentials)
    {
        dcv_entries(&status.dcv_info);
    }
}

/// The envelope and one typed answer, written back as the JSON bindings receive; errors are
/// formatted as the PHP side shows them.
fn typed<T: DeserializeOwned + Serialize>(
    method: ApiMethod,
    reply: &Reply,
    credentials: &Credentials,
) -> Option<T> {
    match envelope::decode::<T>(method, reply, credentials) {
        Ok(answer) => {
            let _ = serde_json::to_value(&answer);
            Some(answer)
        }
        Err(error) => {
            let _ = (error.to_string(), error.api_code(), error.method());
            None
        }
    }
}

/// An order as `getSSLDetails` (and `addSSLOrder`, `reissueSSLOrder`) returns it: the
/// certificate is read as when an issuance is applied, and bundled with its chain as for a
/// download; the domains and DCV entries as the sync reads them.
fn order_details(details: &OrderDetails) {
    let _ = details.cert_status.has_certificate();
    if let Some(leaf) = details
        .cert_code
        .as_deref()
        .filter(|pem| !pem.trim().is_empty())
    {
        let _ = certificate::parse(leaf.as_bytes(), NOW);
        let chain = details.ca_code.as_deref().unwrap_or_default();
        let _ = bundle::pkcs7_der(leaf.as_bytes(), chain.as_bytes());
    }
    if let Some(csr) = details.csr_code.as_deref() {
        let _ = dcv::csr_hashes(csr.as_bytes());
    }
    let rules = ProductRules {
        multi_domain: details.is_multidomain.unwrap_or(false),
        ..ProductRules::default()
    };
    let _ = domain::check_names(&details.domains, &rules);
    dcv_entries(&details.dcv_info);
}

/// Per-domain validation state: each domain normalised, and its method checked for it as the
/// DCV page does before showing it.
fn dcv_entries(entries: &indexmap::IndexMap<String, DcvEntry>) {
    for (entered, entry) in entries {
        let Ok(name) = domain::normalize(entered) else {
            continue;
        };
        let _ = entry.status.as_ref().map(|status| status.as_str().len());
        let method = entry.method.as_deref().unwrap_or_default();
        let _ = dcv::check_method(&name, method);
        if let Some(address) = entry.email.as_deref() {
            let _ = dcv::check_method(&name, address);
        }
    }
}

/// The catalog: each product's name rules, held against a few names of every kind.
fn products(catalog: &ProductList) {
    let names: Vec<String> = NAMES.iter().map(|name| (*name).to_owned()).collect();
    for product in catalog.products.values() {
        let _ = catalog.get(product.pid);
        let rules = ProductRules {
            wildcard: match (product.wildcard, product.multidomain) {
                (false, _) => WildcardRule::Forbidden,
                (true, true) => WildcardRule::Allowed,
                (true, false) => WildcardRule::Required,
            },
            multi_domain: product.multidomain,
            ip_allowed: product.ipv4,
            ..ProductRules::default()
        };
        let _ = domain::check_names(&names, &rules);
    }
}

/// A reserved unique id goes into every DCV value of the order.
fn unique_id(reserved: &str) {
    let hashes = sample_hashes();
    for name in NAMES {
        let _ = dcv::pre_dcv_info_with_hashes(&hashes, reserved, name);
    }
}
