//! The control page's HTML: what it shows ([`PageView`]) and how ([`page`]). English only: it
//! is a developer tool, not part of the module's translated user interface.

use super::html::escape;
use super::{FORM_BASE, PAGE_PATH};
use crate::orders::status;

/// Everything the page shows, read from the state under one lock each.
#[derive(Debug, Default)]
pub(crate) struct PageView {
    /// Orders, newest first.
    pub orders: Vec<OrderView>,
    /// Fault knobs as name and displayed value.
    pub faults: Vec<(String, String)>,
    /// Whether any fault is on.
    pub faults_active: bool,
    /// The partner's balance, as the API prints it.
    pub credit: String,
    /// The outcome of the last form post, from the redirect's query.
    pub notice: Option<Notice>,
}

/// The outcome of a form post, shown once above the orders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Notice {
    /// Whether the action succeeded.
    pub ok: bool,
    /// What happened.
    pub text: String,
}

/// One order as the page shows it.
#[derive(Debug, Clone, Default)]
pub(crate) struct OrderView {
    /// The API's order id.
    pub trustocean_id: u64,
    /// The unique_id of the current enrollment.
    pub unique_id: String,
    /// The product's name.
    pub product: String,
    /// `cert_status`.
    pub cert_status: String,
    /// `refund_status`, when a refund was requested.
    pub refund_status: Option<String>,
    /// Domains with their DCV method and state.
    pub domains: Vec<DomainView>,
}

/// One domain of an order with its DCV method and state.
#[derive(Debug, Clone, Default)]
pub(crate) struct DomainView {
    /// The domain as ordered.
    pub name: String,
    /// `dns`, `http`, `https` or `email`.
    pub method: String,
    /// `needverification` or `verified`.
    pub status: String,
}

impl OrderView {
    fn refund_pending(&self) -> bool {
        self.refund_status.as_deref() == Some("processing")
    }

    /// The buttons that apply now: (path below the order, label, style class).
    fn actions(&self) -> Vec<(&'static str, &'static str, &'static str)> {
        let mut actions = Vec::new();
        let state = self.cert_status.as_str();
        if state == status::PROCESSING && !self.refund_pending() {
            actions.push(("approve", "Approve DCV", "primary"));
        }
        if self.refund_pending() {
            actions.push(("refund/finished", "Accept refund", "primary"));
            actions.push(("refund/reject", "Reject refund", "secondary"));
        }
        if state == status::ISSUED {
            actions.push(("revoke", "Revoke (by the CA)", "danger"));
        }
        if state != status::REVOKED && state != status::CANCELLED {
            actions.push(("cancel", "Cancel (by the CA)", "danger"));
        }
        actions
    }
}

const STYLE: &str = "\
body{font:16px/1.45 system-ui,sans-serif;margin:0 auto;max-width:62rem;padding:1rem;color:#1b1b1b;background:#fff}\
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.8rem 0 .6rem}h3{font-size:1.05rem;margin:0 0 .5rem}\
.order{border:1px solid #b8b8b8;border-radius:.4rem;padding:.75rem 1rem;margin:.75rem 0}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:0 0 .5rem}\
dt{font-weight:600}dd{margin:0}dd,td,code{overflow-wrap:anywhere}\
table{border-collapse:collapse;width:100%}table.knobs{width:auto}caption{text-align:left;font-weight:600}\
th,td{text-align:left;padding:.2rem .6rem .2rem 0;vertical-align:top}\
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.6rem}form{margin:0}\
button{font:inherit;min-height:2.75rem;padding:.45rem .9rem;border:2px solid #1f4e8c;border-radius:.3rem;background:#1f4e8c;color:#fff;cursor:pointer}\
button.secondary{background:#fff;color:#1f4e8c}button.danger{background:#fff;color:#a4262c;border-color:#a4262c}\
button:focus-visible,a:focus-visible{outline:3px solid #e8a317;outline-offset:2px}\
.notice{padding:.6rem .9rem;border-radius:.3rem;border:1px solid}.ok{background:#e6f4ea;border-color:#2e7d32}.error{background:#fce8e6;border-color:#a4262c}\
.verified{color:#2e7d32}.needverification{color:#8a5a00}";

/// The whole page.
pub(crate) fn page(view: &PageView) -> String {
    let mut html = String::with_capacity(4096 + view.orders.len() * 1024);
    html.push_str(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>TrustOcean sandbox control</title>\n<style>",
    );
    html.push_str(STYLE);
    html.push_str("</style>\n</head>\n<body>\n<header>\n<h1>TrustOcean sandbox</h1>\n");
    html.push_str(&format!(
        "<p>API at <code>/ssl/v5/{{method}}</code>. Partner credit: <strong>{}</strong>. \
         <a href=\"{PAGE_PATH}\">Refresh</a></p>\n</header>\n<main>\n",
        escape(&view.credit)
    ));
    if let Some(notice) = &view.notice {
        let (class, role) = if notice.ok {
            ("ok", "status")
        } else {
            ("error", "alert")
        };
        html.push_str(&format!(
            "<p class=\"notice {class}\" role=\"{role}\">{}</p>\n",
            escape(&notice.text)
        ));
    }
    orders(&mut html, &view.orders);
    faults(&mut html, view);
    links(&mut html);
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn orders(html: &mut String, orders: &[OrderView]) {
    html.push_str(&format!(
        "<section aria-labelledby=\"orders\">\n<h2 id=\"orders\">Orders ({})</h2>\n",
        orders.len()
    ));
    if orders.is_empty() {
        html.push_str(
            "<p>No orders yet: place one through the API or the WHMCS stand-in, then refresh.</p>\n",
        );
    }
    for order in orders {
        order_card(html, order);
    }
    html.push_str("</section>\n");
}

fn order_card(html: &mut String, order: &OrderView) {
    let id = order.trustocean_id;
    html.push_str(&format!(
        "<article class=\"order\" aria-labelledby=\"order-{id}\">\n\
         <h3 id=\"order-{id}\">Order {id}</h3>\n<dl>\n\
         <dt>trustocean_id</dt><dd>{id}</dd>\n\
         <dt>unique_id</dt><dd><code>{}</code></dd>\n\
         <dt>product</dt><dd>{}</dd>\n\
         <dt>cert_status</dt><dd>{}</dd>\n\
         <dt>refund_status</dt><dd>{}</dd>\n</dl>\n",
        escape(&order.unique_id),
        escape(&order.product),
        escape(&order.cert_status),
        escape(order.refund_status.as_deref().unwrap_or("none")),
    ));
    html.push_str(
        "<table>\n<caption>Domains and DCV</caption>\n<thead><tr><th scope=\"col\">Domain</th>\
         <th scope=\"col\">Method</th><th scope=\"col\">DCV state</th></tr></thead>\n<tbody>\n",
    );
    for domain in &order.domains {
        let status = escape(&domain.status);
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td class=\"{status}\">{status}</td></tr>\n",
            escape(&domain.name),
            escape(&domain.method),
        ));
    }
    html.push_str("</tbody>\n</table>\n");

    let actions = order.actions();
    if !actions.is_empty() {
        html.push_str("<div class=\"actions\">\n");
        for (path, label, class) in actions {
            html.push_str(&format!(
                "<form method=\"post\" action=\"{FORM_BASE}/orders/{id}/{path}\">\
                 <button type=\"submit\" class=\"{class}\" aria-label=\"{label} of order {id}\">{label}</button></form>\n"
            ));
        }
        html.push_str("</div>\n");
    }
    html.push_str("</article>\n");
}

fn faults(html: &mut String, view: &PageView) {
    html.push_str(&format!(
        "<section aria-labelledby=\"faults\">\n<h2 id=\"faults\">Fault knobs</h2>\n\
         <p>Faults are <strong>{}</strong>. Shown read-only; change them with \
         <code>POST /_sandbox/faults</code> (JSON).</p>\n\
         <table class=\"knobs\">\n<caption>Current knobs</caption>\n<tbody>\n",
        if view.faults_active { "on" } else { "off" }
    ));
    for (name, value) in &view.faults {
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
            escape(name),
            escape(value)
        ));
    }
    html.push_str(&format!(
        "</tbody>\n</table>\n<div class=\"actions\"><form method=\"post\" action=\"{FORM_BASE}/faults/reset\">\
         <button type=\"submit\" class=\"secondary\">Turn all faults off</button></form></div>\n</section>\n"
    ));
}

fn links(html: &mut String) {
    html.push_str(
        "<section aria-labelledby=\"json\">\n<h2 id=\"json\">JSON endpoints</h2>\n<ul>\n\
         <li><a href=\"/_sandbox/orders\">/_sandbox/orders</a></li>\n\
         <li><a href=\"/_sandbox/faults\">/_sandbox/faults</a></li>\n\
         <li><a href=\"/_sandbox/calls\">/_sandbox/calls</a></li>\n\
         <li><a href=\"/_sandbox/push-deliveries\">/_sandbox/push-deliveries</a></li>\n\
         <li><a href=\"/_sandbox/ca/chain.pem\">/_sandbox/ca/chain.pem</a></li>\n\
         </ul>\n<p>The sandbox's <code>--help</code> lists every control endpoint.</p>\n</section>\n",
    );
}

#[cfg(test)]
mod tests {
    use super::{DomainView, Notice, OrderView, PageView, page};

    fn order(cert_status: &str, refund: Option<&str>) -> OrderView {
        OrderView {
            trustocean_id: 100_001,
            unique_id: "abc12345".to_owned(),
            product: "PositiveSSL".to_owned(),
            cert_status: cert_status.to_owned(),
            refund_status: refund.map(str::to_owned),
            domains: vec![DomainView {
                name: "www.example.com".to_owned(),
                method: "dns".to_owned(),
                status: "needverification".to_owned(),
            }],
        }
    }

    #[test]
    fn hostile_values_are_escaped_everywhere() {
        let hostile = "<script>alert('x')</script>\"><img src=x onerror=1>";
        let mut listed = order(hostile, Some(hostile));
        listed.unique_id = hostile.to_owned();
        listed.product = hostile.to_owned();
        listed.domains[0] = DomainView {
            name: hostile.to_owned(),
            method: hostile.to_owned(),
            status: hostile.to_owned(),
        };
        let view = PageView {
            orders: vec![listed],
            faults: vec![(hostile.to_owned(), hostile.to_owned())],
            faults_active: true,
            credit: hostile.to_owned(),
            notice: Some(Notice {
                ok: false,
                text: hostile.to_owned(),
            }),
        };
        let html = page(&view);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("'x'"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img"));
    }

    #[test]
    fn buttons_follow_the_order_state() {
        let pending = page(&PageView {
            orders: vec![order("enroll_caprocessing", None)],
            ..PageView::default()
        });
        assert!(pending.contains("action=\"/_sandbox/ui/orders/100001/approve\""));
        assert!(pending.contains("action=\"/_sandbox/ui/orders/100001/cancel\""));
        assert!(!pending.contains("/refund/"));
        assert!(!pending.contains("/revoke\""));

        let refunding = page(&PageView {
            orders: vec![order("issued_active", Some("processing"))],
            ..PageView::default()
        });
        assert!(refunding.contains("action=\"/_sandbox/ui/orders/100001/refund/finished\""));
        assert!(refunding.contains("action=\"/_sandbox/ui/orders/100001/refund/reject\""));
        assert!(refunding.contains("action=\"/_sandbox/ui/orders/100001/revoke\""));
        assert!(!refunding.contains("/approve\""));

        let cancelled = page(&PageView {
            orders: vec![order("cancelled", Some("finished"))],
            ..PageView::default()
        });
        assert!(!cancelled.contains("<form method=\"post\" action=\"/_sandbox/ui/orders/"));
    }

    #[test]
    fn the_page_is_usable_on_a_phone_and_by_keyboard() {
        let html = page(&PageView {
            orders: vec![order("enroll_caprocessing", None)],
            ..PageView::default()
        });
        assert!(html.contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\""));
        assert!(html.contains("<html lang=\"en\">"));
        assert!(html.contains(
            "<button type=\"submit\" class=\"primary\" aria-label=\"Approve DCV of order 100001\">Approve DCV</button>"
        ));
        assert!(!html.contains("<script"));
    }
}
