//! The order book: orders with their DCV state, certificate and refund, and the partner's credit.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use trustocean_core::dcv::{self, DcvInfo};

use crate::ca::IssuedCertificate;
use crate::catalog::{Period, Product};

/// `cert_status` values the sandbox uses.
pub mod status {
    /// Submitted, waiting for domain validation.
    pub const PROCESSING: &str = "enroll_caprocessing";
    /// Issued and valid.
    pub const ISSUED: &str = "issued_active";
    /// Revoked at the reseller's request.
    pub const REVOKED: &str = "revoked";
    /// Cancelled and refunded.
    pub const CANCELLED: &str = "cancelled";
}

/// Refund progress after `cancelAndRefund`.
#[derive(Debug, Clone)]
pub struct Refund {
    /// `processing`, `finished` or `reject`.
    pub status: String,
    /// When `cancelAndRefund` was called.
    pub requested_at: String,
    /// When the refund was decided.
    pub decided_at: Option<String>,
}

/// One certificate order.
#[derive(Debug, Clone)]
pub struct Order {
    /// The API's order id.
    pub trustocean_id: u64,
    /// The CA's order number.
    pub vendor_id: String,
    /// The CA's certificate id.
    pub certificate_id: String,
    /// The ordered product.
    pub product: &'static Product,
    /// The ordered period.
    pub period: Period,
    /// Current `cert_status`.
    pub cert_status: String,
    /// The unique_id of the current enrollment.
    pub unique_id: String,
    /// The CSR as submitted.
    pub csr_code: String,
    /// The CSR's SubjectPublicKeyInfo DER.
    pub spki_der: Vec<u8>,
    /// Contact e-mail.
    pub contact_email: String,
    /// Push callback URL.
    pub callback: String,
    /// Domains in order; the first is the leaf's CN.
    pub domains: Vec<String>,
    /// DCV entries, one per domain, same order.
    pub dcv: Vec<DcvInfo>,
    /// `renew` = yes.
    pub renew: bool,
    /// Whether the order was reissued at least once.
    pub reissue: bool,
    /// Time of the last reissue.
    pub reissued_at: Option<String>,
    /// OV/EV organisation details.
    pub org_info: Option<Map<String, Value>>,
    /// Creation time.
    pub created_at: String,
    /// The current certificate, once issued.
    pub issued: Option<IssuedCertificate>,
    /// Issue time of the current certificate.
    pub issued_at: Option<String>,
    /// What the order cost, refunded on a finished refund.
    pub paid_cents: i64,
    /// Refund progress.
    pub refund: Option<Refund>,
    /// Bumped on each reissue, so approval timers of an older enrollment do nothing.
    pub generation: u64,
}

impl Order {
    /// Whether every domain is validated.
    pub fn all_verified(&self) -> bool {
        self.dcv
            .iter()
            .all(|entry| entry.status == dcv::STATUS_VERIFIED)
    }

    /// The `dcv_info` map: domain → entry, in domain order.
    pub fn dcv_map(&self) -> Value {
        let map: Map<String, Value> = self
            .dcv
            .iter()
            .map(|entry| {
                let value = serde_json::to_value(entry).unwrap_or(Value::Null);
                (entry.domain.clone(), value)
            })
            .collect();
        Value::Object(map)
    }

    /// The fields of `addSSLOrder` and `reissueSSLOrder` answers.
    pub fn enrollment_json(&self) -> Map<String, Value> {
        let value = json!({
            "vendor_id": self.vendor_id,
            "certificate_id": self.certificate_id,
            "cert_status": self.cert_status,
            "unique_id": self.unique_id,
            "created_at": self.created_at,
            "trustocean_id": self.trustocean_id,
            "csr_code": self.csr_code,
            "contact_email": self.contact_email,
            "domains": self.domains,
            "dcv_info": self.dcv_map(),
            "renew": yes_no(self.renew),
            "reissue": yes_no(self.reissue),
            "org_info": self.org_info,
            "certificate_delivery_time": self.issued_at,
        });
        into_map(value)
    }

    /// The fields of a `getSSLDetails` answer.
    pub fn details_json(&self) -> Map<String, Value> {
        let mut fields = self.enrollment_json();
        let (cert_code, ca_code) = match &self.issued {
            Some(issued) => (issued.cert_pem.clone(), issued.ca_pem.clone()),
            None => (String::new(), String::new()),
        };
        let extra = json!({
            "class": self.product.class,
            "product_name": self.product.name,
            "pid": self.product.pid,
            "period": self.period.name(),
            "is_multidomain": if self.product.multidomain { "on" } else { "off" },
            "domain_count": self.domains.len(),
            "cert_code": cert_code,
            "ca_code": ca_code,
            "issued_at": self.issued_at,
            "reissued_at": self.reissued_at,
            "refund_status": self.refund.as_ref().map(|refund| refund.status.clone()),
        });
        fields.extend(into_map(extra));
        fields
    }
}

/// All orders, unique ids and the partner's credit.
#[derive(Debug)]
pub struct Store {
    orders: BTreeMap<u64, Order>,
    next_id: u64,
    next_serial: u64,
    /// Partner balance in cents.
    pub credit_cents: i64,
    /// unique_ids handed out by `createNewUniqueId` or used by an order.
    pub used_unique_ids: HashSet<String>,
}

impl Store {
    /// An empty order book with the given balance.
    pub fn new(credit_cents: i64) -> Self {
        Self {
            orders: BTreeMap::new(),
            next_id: 100_001,
            next_serial: 1,
            credit_cents,
            used_unique_ids: HashSet::new(),
        }
    }

    /// The next trustocean_id.
    pub fn allocate_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The next leaf serial number.
    pub fn allocate_serial(&mut self) -> u64 {
        let serial = self.next_serial;
        self.next_serial += 1;
        serial
    }

    /// Stores an order.
    pub fn insert(&mut self, order: Order) {
        self.used_unique_ids.insert(order.unique_id.clone());
        self.orders.insert(order.trustocean_id, order);
    }

    /// An order by id.
    pub fn get(&self, id: u64) -> Option<&Order> {
        self.orders.get(&id)
    }

    /// An order by id, mutable.
    pub fn get_mut(&mut self, id: u64) -> Option<&mut Order> {
        self.orders.get_mut(&id)
    }

    /// Whether an order already used this unique_id.
    pub fn unique_id_in_use(&self, unique_id: &str) -> bool {
        self.orders
            .values()
            .any(|order| order.unique_id == unique_id)
    }

    /// Ids of all orders.
    pub fn ids(&self) -> Vec<u64> {
        self.orders.keys().copied().collect()
    }
}

/// `yes` / `no`.
pub fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// The API's time format, `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn api_time(at: OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The current time in the API's format.
pub fn now() -> String {
    api_time(OffsetDateTime::now_utc())
}

fn into_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}
