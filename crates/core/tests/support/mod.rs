//! Shared by the contract tests: a sandbox on its own thread, a client for it, CSRs and control calls.

#![allow(dead_code, missing_docs)]

use std::time::Duration;

use rcgen::{CertificateParams, DistinguishedName, DnType, KeyPair, SanType};
use trustocean_core::api::{AddSslOrder, DcvMethod, OrderDetails, Organization, Period};
use trustocean_core::{Client, ClientConfig, Credentials, Endpoint};
use trustocean_sandbox::{FaultConfig, SandboxConfig, SandboxThread};

/// A running sandbox and a client with the right credentials.
pub struct Fixture {
    pub sandbox: SandboxThread,
    pub client: Client,
}

/// A sandbox that approves domains only when told to, and a client for it.
pub fn fixture() -> Fixture {
    fixture_with(FaultConfig::default())
}

/// Like [`fixture`], with fault knobs set from the start.
pub fn fixture_with(faults: FaultConfig) -> Fixture {
    let sandbox = SandboxThread::spawn(SandboxConfig {
        approve_after: None,
        faults,
        seed: Some(7),
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    let client = client_for(
        &sandbox.base_url(),
        trustocean_sandbox::DEFAULT_TOKEN,
        Duration::from_secs(10),
    );
    Fixture { sandbox, client }
}

/// A client for `base_url` with `token` and a total timeout.
pub fn client_for(base_url: &str, token: &str, timeout: Duration) -> Client {
    let credentials =
        Credentials::new(trustocean_sandbox::DEFAULT_USERNAME, token).expect("credentials");
    let endpoint = Endpoint::parse(base_url).expect("endpoint");
    Client::new(
        ClientConfig::new(credentials, endpoint)
            .connect_timeout(Duration::from_secs(2))
            .timeout(timeout),
    )
    .expect("client")
}

impl Fixture {
    /// POSTs to a control endpoint, asserting success.
    pub fn control(&self, path: &str) {
        let response = reqwest::blocking::Client::new()
            .post(format!("{}{path}", self.sandbox.base_url()))
            .send()
            .expect("control call answered");
        assert!(
            response.status().is_success(),
            "control {path}: {}",
            response.status()
        );
    }

    /// Patches the fault knobs (`{"malformed_rate":1.0}`); `{}` with every rate at 0 clears them.
    pub fn set_faults(&self, patch: &str) {
        let response = reqwest::blocking::Client::new()
            .post(format!("{}/_sandbox/faults", self.sandbox.base_url()))
            .header("Content-Type", "application/json")
            .body(patch.to_owned())
            .send()
            .expect("control call answered");
        assert!(
            response.status().is_success(),
            "faults: {}",
            response.status()
        );
    }

    /// The TrustOcean ids of every order the sandbox holds under `unique_id`.
    pub fn orders_with_unique_id(&self, unique_id: &str) -> Vec<u64> {
        let body = reqwest::blocking::get(format!("{}/_sandbox/orders", self.sandbox.base_url()))
            .and_then(|response| response.text())
            .expect("order list");
        let list: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        list["orders"]
            .as_array()
            .expect("orders")
            .iter()
            .filter(|order| order["unique_id"] == unique_id)
            .filter_map(|order| order["trustocean_id"].as_u64())
            .collect()
    }

    /// Marks every domain of the order verified, which issues it.
    pub fn approve(&self, trustocean_id: u64) {
        self.control(&format!("/_sandbox/orders/{trustocean_id}/approve"));
    }

    /// Places a DV order for `domains` (DNS validation) with a fresh unique id.
    pub fn order(&self, pid: u64, domains: &[&str]) -> (OrderDetails, KeyPair) {
        let key = KeyPair::generate().expect("P-256 key");
        let request = self.order_request(pid, domains, &key);
        let order = self.client.add_ssl_order(&request).expect("order placed");
        (order, key)
    }

    /// The `addSSLOrder` request [`Fixture::order`] sends.
    pub fn order_request(&self, pid: u64, domains: &[&str], key: &KeyPair) -> AddSslOrder {
        let unique_id = self
            .client
            .create_new_unique_id()
            .expect("unique id")
            .unique_id;
        AddSslOrder {
            pid,
            csr_code: csr(domains, key),
            period: Period::Annually,
            domains: domains.iter().map(|d| (*d).to_owned()).collect(),
            dcv_method: domains.iter().map(|_| DcvMethod::Dns).collect(),
            unique_id,
            contact_email: "ops@example.com".to_owned(),
            callback: "https://shop.example.com/modules/servers/trustocean/push.php".to_owned(),
            renew: false,
            organization: Organization::default(),
            unexpected: Default::default(),
        }
    }
}

/// A SHA-256 CSR for `domains` (CN = the first) signed by `key`.
pub fn csr(domains: &[&str], key: &KeyPair) -> String {
    let mut params = CertificateParams::default();
    let mut name = DistinguishedName::new();
    name.push(DnType::CommonName, domains[0]);
    params.distinguished_name = name;
    params.subject_alt_names = domains
        .iter()
        .map(|domain| match domain.parse() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName((*domain).try_into().expect("DNS name")),
        })
        .collect();
    params
        .serialize_request(key)
        .expect("CSR")
        .pem()
        .expect("PEM")
}
