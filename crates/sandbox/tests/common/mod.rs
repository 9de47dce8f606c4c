//! Helpers shared by the sandbox's HTTP tests: start a sandbox, call the API, make CSRs.

#![allow(dead_code, missing_docs)]

use std::collections::HashMap;

use rcgen::{CertificateParams, DistinguishedName, DnType, KeyPair};
use serde_json::Value;
use trustocean_sandbox::{RunningSandbox, SandboxConfig};

/// A started sandbox with an HTTP client.
pub struct Harness {
    pub sandbox: RunningSandbox,
    pub client: reqwest::Client,
}

/// A sandbox whose domains approve only on the control call.
pub async fn harness() -> Harness {
    harness_with(SandboxConfig {
        approve_after: None,
        ..SandboxConfig::default()
    })
    .await
}

pub async fn harness_with(config: SandboxConfig) -> Harness {
    let sandbox = trustocean_sandbox::start(config)
        .await
        .expect("sandbox starts");
    Harness {
        sandbox,
        client: reqwest::Client::new(),
    }
}

impl Harness {
    /// Calls an API method with the default credentials plus `fields`.
    pub async fn call(&self, method: &str, fields: &[(&str, &str)]) -> Value {
        let mut form: Vec<(&str, &str)> = vec![
            ("username", trustocean_sandbox::DEFAULT_USERNAME),
            ("password", trustocean_sandbox::DEFAULT_TOKEN),
        ];
        form.extend_from_slice(fields);
        self.call_raw(method, &form).await
    }

    /// Calls an API method with exactly `form`.
    pub async fn call_raw(&self, method: &str, form: &[(&str, &str)]) -> Value {
        let response = self
            .client
            .post(format!("{}/{method}", self.sandbox.api_base_url()))
            .form(form)
            .send()
            .await
            .expect("request is answered");
        assert_eq!(response.status(), 200, "API answers use HTTP 200");
        response.json().await.expect("JSON body")
    }

    /// POSTs to a control endpoint and returns the JSON answer.
    pub async fn control_post(&self, path: &str) -> (u16, Value) {
        let response = self
            .client
            .post(format!("{}{path}", self.sandbox.base_url()))
            .send()
            .await
            .expect("control call answered");
        let status = response.status().as_u16();
        (status, response.json().await.expect("JSON body"))
    }

    /// GETs a control endpoint as JSON.
    pub async fn control_get(&self, path: &str) -> Value {
        self.client
            .get(format!("{}{path}", self.sandbox.base_url()))
            .send()
            .await
            .expect("control call answered")
            .json()
            .await
            .expect("JSON body")
    }

    /// Sets fault knobs through the control endpoint.
    pub async fn set_faults(&self, patch: Value) -> Value {
        self.client
            .post(format!("{}/_sandbox/faults", self.sandbox.base_url()))
            .json(&patch)
            .send()
            .await
            .expect("control call answered")
            .json()
            .await
            .expect("JSON body")
    }

    /// Places an order and returns the answer (asserting success).
    pub async fn add_order(&self, order: &OrderRequest) -> Value {
        let answer = self.call("addSSLOrder", &order.form()).await;
        assert_eq!(answer["status"], "success", "addSSLOrder failed: {answer}");
        answer
    }
}

/// A CSR with its key.
pub struct TestCsr {
    pub pem: String,
    pub der: Vec<u8>,
}

/// An ECDSA P-256 CSR with the given CN.
pub fn ecdsa_csr(common_name: &str) -> TestCsr {
    csr_with_key(common_name, &KeyPair::generate().expect("EC key"))
}

/// An RSA-2048 CSR with the given CN.
pub fn rsa_csr(common_name: &str) -> TestCsr {
    let key = KeyPair::generate_for(&rcgen::PKCS_RSA_SHA256).expect("RSA key");
    csr_with_key(common_name, &key)
}

fn csr_with_key(common_name: &str, key: &KeyPair) -> TestCsr {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, common_name);
    params.distinguished_name = dn;
    let csr = params.serialize_request(key).expect("CSR serialises");
    TestCsr {
        pem: csr.pem().expect("CSR PEM"),
        der: csr.der().to_vec(),
    }
}

/// The fields of an addSSLOrder call.
pub struct OrderRequest {
    pub pid: String,
    pub csr: String,
    pub period: String,
    pub domains: String,
    pub dcv_method: String,
    pub unique_id: String,
    pub callback: String,
    pub extra: HashMap<String, String>,
}

impl OrderRequest {
    /// A single-domain PositiveSSL order for `domain` validated by DNS.
    pub fn dv(domain: &str, unique_id: &str) -> Self {
        Self {
            pid: "51".to_owned(),
            csr: ecdsa_csr(domain).pem,
            period: "Annually".to_owned(),
            domains: domain.to_owned(),
            dcv_method: "dns".to_owned(),
            unique_id: unique_id.to_owned(),
            callback: "http://127.0.0.1:9/push".to_owned(),
            extra: HashMap::new(),
        }
    }

    /// The same as an OV order (product 59) of Example Ltd, London, with every organisation
    /// field `addSSLOrder` asks for.
    pub fn ov(domain: &str, unique_id: &str) -> Self {
        let mut order = Self::dv(domain, unique_id);
        order.pid = "59".to_owned();
        for (key, value) in [
            ("organization_name", "Example Ltd"),
            ("organizationalUnitName", "IT"),
            ("registered_address_line1", "1 Example Road"),
            ("registered_no", "12345678"),
            ("country", "GB"),
            ("state", "Greater London"),
            ("city", "London"),
            ("postal_code", "EC1A 1AA"),
            ("organization_phone", "+44 20 0000 0000"),
            ("date_of_incorporation", "2001-01-01"),
            ("contact_name", "Pat Example"),
            ("contact_title", "CTO"),
            ("contact_phone", "+44 20 0000 0001"),
        ] {
            order.extra.insert(key.to_owned(), value.to_owned());
        }
        order
    }

    pub fn form(&self) -> Vec<(&str, &str)> {
        let mut form = vec![
            ("pid", self.pid.as_str()),
            ("csr_code", self.csr.as_str()),
            ("period", self.period.as_str()),
            ("domains", self.domains.as_str()),
            ("dcv_method", self.dcv_method.as_str()),
            ("unique_id", self.unique_id.as_str()),
            ("contact_email", "ops@example.com"),
            ("callback", self.callback.as_str()),
            ("renew", "no"),
        ];
        form.extend(self.extra.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        form
    }
}

/// Asserts an error envelope with the given code and returns its message.
pub fn expect_error(answer: &Value, code: i64) -> String {
    assert_eq!(answer["status"], "error", "expected an error: {answer}");
    assert_eq!(answer["error_code"], code, "wrong code: {answer}");
    answer["message"].as_str().expect("message").to_owned()
}

/// The trustocean_id of an order answer.
pub fn order_id(answer: &Value) -> String {
    answer["trustocean_id"]
        .as_u64()
        .expect("trustocean_id")
        .to_string()
}
