//! The built-in product catalog: the historic TrustOcean pids 1 and 46–66, with the field
//! names of the v5 `getProductList` answer.

use serde::Serialize;
use serde_json::{Map, Value, json};
pub use trustocean_core::api::Period;

/// Validation class of a product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ValidationClass {
    /// Domain validation.
    Dv,
    /// Organisation validation (needs `org_info`).
    Ov,
    /// Extended validation (needs `org_info`).
    Ev,
}

/// One product of the catalog.
#[derive(Debug, Clone)]
pub struct Product {
    /// Product id (`pid`).
    pub pid: u32,
    /// English name.
    pub name: &'static str,
    /// Chinese name.
    pub chinese_name: &'static str,
    /// DV, OV or EV.
    pub class: ValidationClass,
    /// `trustocean` or `sectigo`.
    pub brand: &'static str,
    /// Whether more than one domain is allowed.
    pub multidomain: bool,
    /// Whether `*.` names are allowed.
    pub wildcard: bool,
    /// Whether public IP addresses are allowed.
    pub ipv4: bool,
    /// Smallest number of domains of a multi-domain order.
    pub min_domains: usize,
    /// Orderable periods with their price in cents (per certificate, or per domain for
    /// multi-domain products).
    pub prices: &'static [(Period, i64)],
}

/// Most multi-domain certificates may hold at most this many names.
pub const MAX_DOMAINS: usize = 250;

impl Product {
    /// Whether the product needs organisation details.
    pub fn needs_org_info(&self) -> bool {
        self.class != ValidationClass::Dv
    }

    /// The price in cents of one certificate (or one domain of a multi-domain one) for a period.
    pub fn price(&self, period: Period) -> Option<i64> {
        self.prices
            .iter()
            .find(|(candidate, _)| *candidate == period)
            .map(|(_, cents)| *cents)
    }

    /// What an order of `domain_count` names costs, in cents.
    pub fn order_price(&self, period: Period, domain_count: usize) -> Option<i64> {
        let unit = self.price(period)?;
        let units = if self.multidomain {
            i64::try_from(domain_count).unwrap_or(i64::MAX)
        } else {
            1
        };
        Some(unit.saturating_mul(units))
    }

    /// The product as the API shows it; `with_pricing` adds the `pricing` map.
    pub fn to_json(&self, with_pricing: bool) -> Value {
        let on_off = |flag: bool| if flag { "on" } else { "off" };
        let mut product = json!({
            "pid": self.pid,
            "name": self.name,
            "chineseName": self.chinese_name,
            "class": self.class,
            "multidomain": on_off(self.multidomain),
            "wildcard": on_off(self.wildcard),
            "ipv4": on_off(self.ipv4),
            "brand": self.brand,
            "seal": if self.brand == "sectigo" { "sectigo-secure-site-seal" } else { "trustocean-secure-seal" },
            "score": match self.class { ValidationClass::Dv => 3, ValidationClass::Ov => 4, ValidationClass::Ev => 5 },
            "periods": self.prices.iter().map(|(period, _)| period.name()).collect::<Vec<_>>(),
        });

        if with_pricing && let Some(fields) = product.as_object_mut() {
            let pricing: Map<String, Value> = Period::ALL
                .iter()
                .map(|period| {
                    let price = self
                        .price(*period)
                        .map_or_else(|| "-1.00".to_owned(), money);
                    (period.key().to_owned(), Value::String(price))
                })
                .collect();
            fields.insert("pricing".to_owned(), Value::Object(pricing));
        }
        product
    }
}

/// Formats cents as the API's money strings (`"39.00"`).
pub fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

const FREE_QUARTERLY: &[(Period, i64)] = &[(Period::Quarterly, 0)];
const TO_DV: &[(Period, i64)] = &[
    (Period::Annually, 3900),
    (Period::Biennially, 7200),
    (Period::Triennially, 9900),
];
const TO_DV_WILDCARD: &[(Period, i64)] = &[(Period::Annually, 29900), (Period::Biennially, 55900)];
const SECTIGO_DV: &[(Period, i64)] = &[
    (Period::Monthly, 900),
    (Period::Quarterly, 1900),
    (Period::Annually, 4900),
    (Period::Biennially, 9500),
    (Period::Triennially, 13900),
    (Period::Quadrennial, 17900),
    (Period::Quinquennial, 21900),
];
const SECTIGO_DV_WILDCARD: &[(Period, i64)] = &[
    (Period::Annually, 39900),
    (Period::Biennially, 75900),
    (Period::Triennially, 109900),
];
const SECTIGO_OV: &[(Period, i64)] = &[(Period::Annually, 19900), (Period::Biennially, 37900)];
const SECTIGO_OV_WILDCARD: &[(Period, i64)] =
    &[(Period::Annually, 69900), (Period::Biennially, 132900)];
const SECTIGO_EV: &[(Period, i64)] = &[(Period::Annually, 49900), (Period::Biennially, 94900)];

#[allow(clippy::too_many_arguments)]
const fn product(
    pid: u32,
    name: &'static str,
    chinese_name: &'static str,
    class: ValidationClass,
    brand: &'static str,
    (multidomain, wildcard, ipv4): (bool, bool, bool),
    min_domains: usize,
    prices: &'static [(Period, i64)],
) -> Product {
    Product {
        pid,
        name,
        chinese_name,
        class,
        brand,
        multidomain,
        wildcard,
        ipv4,
        min_domains,
        prices,
    }
}

use ValidationClass::{Dv, Ev, Ov};

/// The whole catalog, ordered by pid.
pub static CATALOG: [Product; 22] = [
    product(
        1,
        "TrustOcean Encryption365 SSL",
        "TrustOcean Encryption365 免费证书",
        Dv,
        "trustocean",
        (true, true, true),
        1,
        FREE_QUARTERLY,
    ),
    product(
        46,
        "TrustOcean DV SSL",
        "TrustOcean 域名型证书",
        Dv,
        "trustocean",
        (false, false, false),
        1,
        TO_DV,
    ),
    product(
        47,
        "TrustOcean DV Multi-Domain SSL",
        "TrustOcean 域名型多域名证书",
        Dv,
        "trustocean",
        (true, false, false),
        3,
        TO_DV,
    ),
    product(
        48,
        "TrustOcean DV Wildcard SSL",
        "TrustOcean 域名型通配符证书",
        Dv,
        "trustocean",
        (false, true, false),
        1,
        TO_DV_WILDCARD,
    ),
    product(
        49,
        "TrustOcean DV Multi-Domain Wildcard SSL",
        "TrustOcean 域名型多域名通配符证书",
        Dv,
        "trustocean",
        (true, true, false),
        3,
        TO_DV_WILDCARD,
    ),
    product(
        50,
        "TrustOcean DV Public IP SSL",
        "TrustOcean 公网IP证书",
        Dv,
        "trustocean",
        (false, false, true),
        1,
        TO_DV,
    ),
    product(
        51,
        "Sectigo PositiveSSL",
        "Sectigo PositiveSSL 域名型证书",
        Dv,
        "sectigo",
        (false, false, false),
        1,
        SECTIGO_DV,
    ),
    product(
        52,
        "Sectigo PositiveSSL Wildcard",
        "Sectigo PositiveSSL 通配符证书",
        Dv,
        "sectigo",
        (false, true, false),
        1,
        SECTIGO_DV_WILDCARD,
    ),
    product(
        53,
        "Sectigo PositiveSSL Multi-Domain",
        "Sectigo PositiveSSL 多域名证书",
        Dv,
        "sectigo",
        (true, false, false),
        3,
        SECTIGO_DV,
    ),
    product(
        54,
        "Sectigo PositiveSSL Multi-Domain Wildcard",
        "Sectigo PositiveSSL 多域名通配符证书",
        Dv,
        "sectigo",
        (true, true, false),
        3,
        SECTIGO_DV_WILDCARD,
    ),
    product(
        55,
        "Sectigo EssentialSSL",
        "Sectigo EssentialSSL 域名型证书",
        Dv,
        "sectigo",
        (false, false, false),
        1,
        SECTIGO_DV,
    ),
    product(
        56,
        "Sectigo EssentialSSL Wildcard",
        "Sectigo EssentialSSL 通配符证书",
        Dv,
        "sectigo",
        (false, true, false),
        1,
        SECTIGO_DV_WILDCARD,
    ),
    product(
        57,
        "Sectigo UCC DV SSL",
        "Sectigo UCC 域名型多域名证书",
        Dv,
        "sectigo",
        (true, false, false),
        3,
        SECTIGO_DV,
    ),
    product(
        58,
        "Sectigo DV IP SSL",
        "Sectigo 域名型IP证书",
        Dv,
        "sectigo",
        (true, false, true),
        1,
        SECTIGO_DV,
    ),
    product(
        59,
        "Sectigo OV SSL",
        "Sectigo 企业型证书",
        Ov,
        "sectigo",
        (false, false, false),
        1,
        SECTIGO_OV,
    ),
    product(
        60,
        "Sectigo OV Wildcard SSL",
        "Sectigo 企业型通配符证书",
        Ov,
        "sectigo",
        (false, true, false),
        1,
        SECTIGO_OV_WILDCARD,
    ),
    product(
        61,
        "Sectigo OV Multi-Domain SSL",
        "Sectigo 企业型多域名证书",
        Ov,
        "sectigo",
        (true, false, false),
        3,
        SECTIGO_OV,
    ),
    product(
        62,
        "Sectigo OV Multi-Domain Wildcard SSL",
        "Sectigo 企业型多域名通配符证书",
        Ov,
        "sectigo",
        (true, true, false),
        3,
        SECTIGO_OV_WILDCARD,
    ),
    product(
        63,
        "Sectigo EV SSL",
        "Sectigo 增强型证书",
        Ev,
        "sectigo",
        (false, false, false),
        1,
        SECTIGO_EV,
    ),
    product(
        64,
        "Sectigo EV Multi-Domain SSL",
        "Sectigo 增强型多域名证书",
        Ev,
        "sectigo",
        (true, false, false),
        3,
        SECTIGO_EV,
    ),
    product(
        65,
        "Sectigo Premium EV SSL",
        "Sectigo 高级增强型证书",
        Ev,
        "sectigo",
        (false, false, false),
        1,
        SECTIGO_EV,
    ),
    product(
        66,
        "Sectigo EV UCC SSL",
        "Sectigo 增强型 UCC 证书",
        Ev,
        "sectigo",
        (true, false, false),
        3,
        SECTIGO_EV,
    ),
];

/// Finds a product by pid.
pub fn find(pid: u32) -> Option<&'static Product> {
    CATALOG.iter().find(|product| product.pid == pid)
}

/// The `products` map (pid → product) of the product-list methods.
pub fn products_json(with_pricing: bool) -> Value {
    let map: Map<String, Value> = CATALOG
        .iter()
        .map(|product| (product.pid.to_string(), product.to_json(with_pricing)))
        .collect();
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_has_two_decimals() {
        assert_eq!(money(0), "0.00");
        assert_eq!(money(4900), "49.00");
        assert_eq!(money(-105), "-1.05");
    }

    #[test]
    fn catalog_has_the_historic_pids() {
        assert!(find(1).is_some());
        assert!((46..=66).all(|pid| find(pid).is_some()));
        assert!(find(2).is_none());
        let multi = find(53).expect("pid 53");
        assert_eq!(multi.order_price(Period::Annually, 3), Some(14700));
    }
}
