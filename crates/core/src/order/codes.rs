//! The stable reason codes of the order workflow, for templates to translate.
//!
//! Codes never change meaning once published; new rules get new codes. The workflow also passes
//! on the `domain.*`, `csr.*`, `dcv.*` and `key.*` codes of the checks it reuses.

/// The action is not possible in the order's state; the subject is the state.
pub const WRONG_STATE: &str = "order.wrong_state";

/// The service is suspended: customers may only look at the order.
pub const SERVICE_SUSPENDED: &str = "order.service_suspended";

/// The action was used too soon after the last one; the subject is the seconds to wait.
pub const THROTTLED: &str = "order.throttled";

/// No CSR was given (neither pasted nor to be generated).
pub const CSR_MISSING: &str = "order.csr_missing";

/// `csr_source` is not `upload`, `generate` or `keep`.
pub const CSR_SOURCE_INVALID: &str = "order.csr_source_invalid";

/// Server-side key generation is switched off for this product.
pub const SERVER_KEYS_DISABLED: &str = "order.server_keys_disabled";

/// A single-domain order names a domain other than the CSR's common name.
pub const CSR_DOMAIN_MISMATCH: &str = "order.csr_domain_mismatch";

/// No contact e-mail address was given.
pub const CONTACT_EMAIL_MISSING: &str = "order.contact_email_missing";

/// The contact e-mail address is not an address.
pub const CONTACT_EMAIL_INVALID: &str = "order.contact_email_invalid";

/// An OV/EV organisation field is empty; the subject is the API field name.
pub const ORGANIZATION_FIELD_MISSING: &str = "order.organization_field_missing";

/// An organisation field the API does not know; the subject is the key.
pub const ORGANIZATION_FIELD_UNKNOWN: &str = "order.organization_field_unknown";

/// The organisation country is not an assigned ISO 3166-1 alpha-2 code.
pub const ORGANIZATION_COUNTRY_INVALID: &str = "order.organization_country_invalid";

/// An organisation field holds a line break, a control character or one of `< > { }`, which
/// no name, address or phone number needs and which would end up in the certificate; the
/// subject is the API field name.
pub const ORGANIZATION_FIELD_INVALID: &str = "order.organization_field_invalid";

/// The date of incorporation is not a past date written `YYYY-MM-DD`.
pub const ORGANIZATION_DATE_INVALID: &str = "order.organization_date_invalid";

/// A domain named in the input is not part of the order; the subject is the domain.
pub const DOMAIN_UNKNOWN: &str = "order.domain_unknown";

/// The domain is already validated and cannot be changed or removed.
pub const DOMAIN_VERIFIED: &str = "order.domain_verified";

/// The primary domain (the first, the certificate's CN) cannot be removed.
pub const PRIMARY_DOMAIN: &str = "order.primary_domain";

/// The order's last domain cannot be removed.
pub const LAST_DOMAIN: &str = "order.last_domain";

/// Domains can only be removed from multi-domain products.
pub const NOT_MULTI_DOMAIN: &str = "order.not_multi_domain";

/// A required input field is empty; the subject is the field.
pub const INPUT_MISSING: &str = "order.input_missing";

/// The callback URL setting is missing, so the order cannot be placed.
pub const CALLBACK_MISSING: &str = "order.callback_missing";

/// The order was never placed with TrustOcean (no `trustocean_id`).
pub const NOT_SUBMITTED: &str = "order.not_submitted";

/// There is no previous certificate to copy.
pub const NO_PREVIOUS: &str = "order.no_previous";

/// The new quota is below the number of domains the order already has.
pub const QUOTA_BELOW_DOMAINS: &str = "order.quota_below_domains";

/// A revocation needs a reason.
pub const REVOCATION_REASON_MISSING: &str = "order.revocation_reason_missing";

/// The order record has no CSR or contact address although its state says it has.
pub const RECORD_INCOMPLETE: &str = "order.record_incomplete";

/// The order to import is of another validation class than the product; the subject is its
/// class.
pub const IMPORT_CLASS_MISMATCH: &str = "order.import_class_mismatch";

/// The order to import holds more names than the product's quota; the quota was raised to fit.
pub const IMPORT_QUOTA_RAISED: &str = "order.import_quota_raised";

/// A migrated row's certificate cannot be read; it was left out. The subject is the service id.
pub const LEGACY_CERTIFICATE_UNREADABLE: &str = "order.legacy_certificate_unreadable";

/// Another request recorded a call to TrustOcean for this order and has not stored its result.
pub const CALL_PENDING: &str = "order.call_pending";

/// `reconcile` was asked for an order with nothing pending.
pub const NOTHING_PENDING: &str = "order.nothing_pending";

/// The order number given to confirm an unconfirmed order belongs to another unique id.
pub const CONFIRM_MISMATCH: &str = "order.confirm_mismatch";

/// A reissue was accepted but the key the server made for it was lost with the request.
pub const REISSUE_KEY_LOST: &str = "order.reissue_key_lost";
