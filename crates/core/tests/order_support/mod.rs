//! Shared by the order workflow tests: products, inputs and a workflow driver over the sandbox.

#![allow(dead_code, missing_docs)]

use std::time::{SystemTime, UNIX_EPOCH};

use rcgen::KeyPair;
use serde_json::{Value, json};
use trustocean_core::Client;
use trustocean_core::order::{
    Action, Input, OrderRecord, Outcome, Product, Settings, Workflow, read,
};

/// The sandbox's DV multi-domain product (3 to 250 names).
pub fn multi_domain(quota: u64) -> Product {
    product(
        json!({"pid": 47, "class": "dv", "multi_domain": true, "quota": quota,
        "min_domains": 3, "period": "annually"}),
    )
}

/// The sandbox's single-domain DV product.
pub fn single_domain() -> Product {
    product(json!({"pid": 46, "class": "dv", "period": "Annually", "server_keys": true}))
}

pub fn product(value: Value) -> Product {
    read("product", value).expect("product")
}

pub fn input(value: Value) -> Input {
    read("input", value).expect("input")
}

/// Unix seconds now.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or_default())
        .unwrap_or_default()
}

/// Distinct names under a fresh label of example.com.
pub fn names(count: usize) -> Vec<String> {
    let label = format!("t{}", rand_label());
    let hosts = ["www", "api", "shop", "mail", "cdn", "blog"];
    (0..count)
        .map(|i| {
            format!(
                "{}{}.{label}.example.com",
                hosts[i % hosts.len()],
                i / hosts.len()
            )
        })
        .collect()
}

fn rand_label() -> String {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).expect("random");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A P-256 CSR for the names (CN = the first).
pub fn csr_for(names: &[String]) -> String {
    let key = KeyPair::generate().expect("key");
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    super::support::csr(&refs, &key)
}

/// A workflow with a callback URL and the default throttles.
pub fn workflow() -> Workflow {
    Workflow::new(Settings {
        callback_url: Some(
            "https://billing.example.com/modules/servers/trustocean/push.php".into(),
        ),
        ..Settings::default()
    })
}

/// Runs one action, panicking with the error on failure.
pub fn run(
    client: &Client,
    action: Action,
    order: OrderRecord,
    product: &Product,
    input_value: Value,
    now: i64,
) -> Outcome {
    workflow()
        .run(client, action, order, product, &input(input_value), now)
        .unwrap_or_else(|error| panic!("{action} failed: {error} {:?}", error.findings()))
}

/// A record made by `create` for service 1.
pub fn created(client: &Client, product: &Product, now: i64) -> OrderRecord {
    let order: OrderRecord = read("order", json!({"service_id": 1})).expect("order");
    run(client, Action::Create, order, product, json!({}), now).order
}

/// Configured and submitted with HTTP validation for every name (a multi-domain product of 5).
pub fn placed(client: &Client, domains: &[String], now: i64) -> OrderRecord {
    let product = multi_domain(5);
    let order = created(client, &product, now);
    let configured = run(
        client,
        Action::Configure,
        order,
        &product,
        json!({"csr": csr_for(domains), "domains": domains, "contact_email": "ssl@example.com"}),
        now,
    );
    run(
        client,
        Action::Submit,
        configured.order,
        &product,
        json!({"same_for_all": "http"}),
        now,
    )
    .order
}
