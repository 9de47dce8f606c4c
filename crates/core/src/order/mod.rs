//! The order lifecycle of the WHMCS module: states, the record, the product, and every action,
//! with all decisions made here and the PHP side only storing what comes back.
//!
//! * [`State`] and [`Action`], and [`allowed`]: the one table of which action is allowed in
//!   which state (customer actions disappear while the service is suspended).
//! * [`OrderRecord`]: the stored row; [`Product`]: what the service sells; [`Input`]: what was
//!   entered; [`Settings`]: callback URL and throttles. [`read`] turns PHP arrays into these,
//!   naming the field at fault.
//! * [`Workflow::run`]: one action on a record, with remote calls through a
//!   [`Client`](crate::Client); [`view`]: what the client area shows, without remote calls.
//! * Pure rules, usable on their own: [`prepare`] (CSR lint, names against product and quota,
//!   contact, organisation), [`choose_methods`] (DCV methods), [`throttle`], and
//!   [`remote`] (applying TrustOcean's status idempotently, never backwards).
//!
//! Refusals are [`Error::Refused`](crate::Error::Refused) carrying every finding, so the
//! customer sees all problems at once. Besides the reused `domain.*`, `csr.*`, `dcv.*` and
//! `key.*` codes, the workflow's own codes are in [`codes`]:
//!
//! | code | subject | meaning |
//! |---|---|---|
//! | `order.wrong_state` | state | the action is not possible in this state |
//! | `order.service_suspended` | – | the service is suspended; view only |
//! | `order.throttled` | seconds to wait | the action ran moments ago |
//! | `order.csr_missing` | `csr` | no CSR given |
//! | `order.csr_source_invalid` | value | `csr_source` is not upload, generate or keep |
//! | `order.server_keys_disabled` | – | the product does not generate keys on the server |
//! | `order.csr_domain_mismatch` | domain | a single-domain order names another domain than the CSR's CN |
//! | `order.contact_email_missing` | `contact_email` | no contact address |
//! | `order.contact_email_invalid` | address | not an e-mail address |
//! | `order.organization_field_missing` | field | an OV/EV organisation field is empty |
//! | `order.organization_field_unknown` | key | not an organisation field |
//! | `order.organization_country_invalid` | `country` | not an ISO 3166-1 alpha-2 code |
//! | `order.organization_field_invalid` | field | a line break, control character or one of `< > { }` |
//! | `order.organization_date_invalid` | `date_of_incorporation` | not a past date written YYYY-MM-DD |
//! | `order.domain_unknown` | domain | not one of the order's domains |
//! | `order.domain_verified` | domain | already validated: no change or removal |
//! | `order.primary_domain` | domain | the primary domain cannot be removed |
//! | `order.last_domain` | domain | the only domain cannot be removed |
//! | `order.not_multi_domain` | domain | removal needs a multi-domain product |
//! | `order.input_missing` | field | a required input field is empty |
//! | `order.callback_missing` | `callbackUrl` | no callback URL setting |
//! | `order.not_submitted` | – | no `trustocean_id` yet |
//! | `order.no_previous` | – | no previous certificate to reuse |
//! | `order.quota_below_domains` | new quota | the package covers fewer names than the order has |
//! | `order.revocation_reason_missing` | `reason` | a revocation needs a reason |
//! | `order.record_incomplete` | – | the stored record lacks its CSR, names or contact |
//! | `order.import_class_mismatch` | class | the order to import is of another validation class |
//! | `order.import_quota_raised` (warning) | names | the imported order holds more names than the product's quota |
//! | `order.legacy_certificate_unreadable` (warning) | service id | a migrated certificate could not be read |

mod checks;
pub mod codes;
mod countries;
mod input;
pub mod legacy;
mod lenient;
mod methods;
mod organization;
mod product;
mod read;
mod record;
pub mod reminders;
pub mod remote;
mod settings;
mod state;
pub mod throttle;
mod view;
mod workflow;

pub use checks::{Entered, Prepared, prepare};
pub use countries::{COUNTRY_CODES, is_country_code};
pub use input::{CsrSource, Input};
pub use methods::{choice_for, choose_methods};
pub use organization::{ORGANIZATION_FIELDS, check_organization};
pub use product::{Class, Product, Termination};
pub use read::read;
pub use record::{DcvChoice, KeySource, OrderRecord, Previous};
pub use settings::{DEFAULT_CHECK_DELAY, DEFAULT_RETRY_DELAY, Settings};
pub use state::{Action, State, allowed, is_allowed};
pub use view::{DcvView, DnsView, HttpView, View, view};
pub use workflow::{
    BatchOptions, DEFAULT_CONCURRENCY, MAX_CONCURRENCY, Outcome, Workflow, guard, notices,
};
