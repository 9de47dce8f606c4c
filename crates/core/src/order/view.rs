//! [`view`]: what the client area shows for an order, computed without any remote call.

use serde::Serialize;

use super::record::{DcvChoice, OrderRecord};
use super::settings::Settings;
use super::state::{Action, State, allowed};
use super::{product::Product, throttle};
use crate::certificate::{self, CertificateDetails};
use crate::dcv::{self, CsrHashes};
use crate::domain;

/// The client-area view of an order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct View {
    /// The state at `now` (an issued certificate past its end shows as expired).
    pub state: State,
    /// Suspended: customers may only look.
    pub suspended: bool,
    /// The customer actions possible now (buttons to show).
    pub actions: Vec<Action>,
    /// The WHMCS and admin actions possible now.
    pub admin_actions: Vec<Action>,
    /// The names, primary first.
    pub domains: Vec<String>,
    /// Per domain: the chosen method, its status and the values to set up.
    pub dcv: Vec<DcvView>,
    /// Seconds until the DCV retry may run again (0: now).
    pub retry_wait: i64,
    /// Seconds until the status check may run again (0: now).
    pub check_wait: i64,
    /// The stored certificate, parsed at `now`; `None` when there is none or it is unreadable.
    pub certificate: Option<CertificateDetails>,
    /// A reissue is being validated.
    pub reissuing: bool,
    /// This cycle renews an earlier certificate.
    pub renew: bool,
    /// The action a request started and has not stored yet (`submit`, ...): until it is
    /// settled, `reconcile` is the only action.
    pub pending: Option<String>,
}

/// One domain's validation, as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DcvView {
    /// The name.
    pub domain: String,
    /// `dns`, `http`, `https` or `email`.
    pub method: String,
    /// The approver address for e-mail.
    pub email: Option<String>,
    /// `needverification` or `verified`.
    pub status: String,
    /// An IP address (HTTP/HTTPS only).
    pub is_ip: bool,
    /// Approver addresses to choose from (none for IPs).
    pub approver_emails: Vec<String>,
    /// The CNAME to create; `None` for IPs and before a CSR and unique id exist.
    pub dns: Option<DnsView>,
    /// The file to serve; `None` before a CSR and unique id exist.
    pub http: Option<HttpView>,
}

/// A DNS record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DnsView {
    /// Host, relative to the registrable domain.
    pub host: String,
    /// Record type (`CNAME`).
    #[serde(rename = "type")]
    pub kind: String,
    /// Record value.
    pub value: String,
}

/// A validation file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HttpView {
    /// The URL over HTTP.
    pub url: String,
    /// The URL over HTTPS.
    pub https_url: String,
    /// The path below the web root (`/.well-known/pki-validation/<MD5>.txt`).
    pub path: String,
    /// The file name.
    pub filename: String,
    /// The file content.
    pub content: String,
}

/// The view of `record` at `now`.
pub fn view(record: &OrderRecord, product: &Product, settings: &Settings, now: i64) -> View {
    let mut record = record.clone();
    record.settle(now);

    let (actions, admin_actions): (Vec<Action>, Vec<Action>) = if record.pending.is_some() {
        (vec![Action::Reconcile], vec![Action::Reconcile])
    } else {
        allowed(record.state, record.suspended)
            .iter()
            .copied()
            .filter(|action| shown(*action, &record, product))
            .partition(|action| action.is_customer_action())
    };

    let hashes = record
        .csr
        .as_deref()
        .and_then(|csr| dcv::csr_hashes(csr.as_bytes()).ok());
    let unique_id = record.unique_id.as_deref();
    let dcv = record
        .domains
        .iter()
        .map(|name| domain_view(name, record.dcv.get(name), hashes.as_ref(), unique_id))
        .collect();

    let validating = record.state == State::Validating;
    View {
        state: record.state,
        suspended: record.suspended,
        actions,
        admin_actions,
        domains: record.domains.clone(),
        dcv,
        retry_wait: if validating {
            throttle::wait_seconds(record.dcv_retried_at, settings.retry_delay, now)
        } else {
            0
        },
        check_wait: if validating {
            throttle::wait_seconds(record.checked_at, settings.check_delay, now)
        } else {
            0
        },
        certificate: record
            .certificate
            .as_deref()
            .and_then(|pem| certificate::parse(pem.as_bytes(), now).ok()),
        reissuing: record.reissuing,
        renew: record.renew,
        pending: record.pending.clone(),
    }
}

/// Hides buttons that the state allows but the order's data rules out.
fn shown(action: Action, record: &OrderRecord, product: &Product) -> bool {
    match action {
        Action::ReusePrevious => record.previous.as_ref().is_some_and(|p| p.csr.is_some()),
        Action::RemoveDomain => product.multi_domain && record.domains.len() > 1,
        Action::Create => false,
        Action::Suspend => !record.suspended,
        Action::Unsuspend => record.suspended,
        _ => true,
    }
}

fn domain_view(
    entered: &str,
    choice: Option<&DcvChoice>,
    hashes: Option<&CsrHashes>,
    unique_id: Option<&str>,
) -> DcvView {
    let name = domain::normalize(entered).ok();
    let is_ip = name.as_ref().is_some_and(domain::Name::is_ip);
    let choice = choice
        .cloned()
        .unwrap_or_else(|| DcvChoice::default_for(is_ip));
    let artifacts = match (&name, hashes, unique_id) {
        (Some(name), Some(hashes), Some(unique_id)) => {
            dcv::artifacts_for(hashes, unique_id, name).ok()
        }
        _ => None,
    };

    DcvView {
        domain: entered.to_owned(),
        method: choice.method.clone(),
        email: choice.email.clone(),
        status: choice.status.clone(),
        is_ip,
        approver_emails: name
            .as_ref()
            .map(dcv::approver_emails_for)
            .unwrap_or_default(),
        dns: artifacts
            .as_ref()
            .and_then(|a| a.dns.as_ref())
            .map(|dns| DnsView {
                host: dns.dns_host.clone(),
                kind: dns.dns_type.clone(),
                value: dns.dns_value.clone(),
            }),
        http: artifacts.map(|a| HttpView {
            path: format!("/.well-known/pki-validation/{}", a.http.http_filename),
            url: a.http.http_verifylink,
            https_url: a.https.https_verifylink,
            filename: a.http.http_filename,
            content: a.http.http_filecontent,
        }),
    }
}
