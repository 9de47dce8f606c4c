//! Typed requests and responses of the v5 reseller API, one file per area.
//!
//! Requests validate before anything is sent and write their own form fields. Responses accept
//! the spellings the live API and its SDKs disagree on, keep unknown fields in `extra`, and
//! serialize back under the documented names.

mod account;
mod dcv_info;
mod dcv_method;
mod form;
pub mod lenient;
mod lifecycle;
mod order;
mod period;
mod pre_dcv;
mod product;
mod status;
mod unique_id;
mod validate;

pub use account::{Ack, NoParams, ProfileInfo};
pub use dcv_info::{ChangeDcvMethod, DcvEntry, DcvStatusResponse, RemoveSanDomain};
pub use dcv_method::DcvMethod;
pub use form::FormRequest;
pub use lifecycle::{OrderRef, RefundStatus, ReissueSslOrder, RevokeSsl};
pub use order::{AddSslOrder, OrderDetails, OrderStatus, Organization};
pub use period::Period;
pub use pre_dcv::{PreDcvEntry, PreDomainValidation, PreDomainValidationInfo};
pub use product::{Product, ProductList};
pub use status::{CertStatus, DcvStatus};
pub use unique_id::{CheckUniqueId, UniqueId};
