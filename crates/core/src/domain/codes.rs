//! The stable reason codes of the domain checks, for templates to translate.
//!
//! Codes never change meaning once published; new rules get new codes.

/// The name is empty or only whitespace.
pub const EMPTY: &str = "domain.empty";

/// The name (ASCII form) is longer than 253 characters.
pub const TOO_LONG: &str = "domain.too_long";

/// A label (ASCII form) is longer than 63 characters.
pub const LABEL_TOO_LONG: &str = "domain.label_too_long";

/// A label is empty: two dots in a row, or a leading dot.
pub const EMPTY_LABEL: &str = "domain.empty_label";

/// A label starts or ends with a hyphen.
pub const LABEL_HYPHEN: &str = "domain.label_hyphen";

/// A character that no host name may contain (punctuation, spaces, `_`, symbols).
pub const INVALID_CHARACTER: &str = "domain.invalid_character";

/// An internationalised name that IDNA (UTS-46) refuses, or a broken `xn--` label.
pub const INVALID_IDN: &str = "domain.invalid_idn";

/// A label mixes Latin, Greek or Cyrillic letters (an IDN homograph such as `pаypal.com`).
pub const MIXED_SCRIPTS: &str = "domain.mixed_scripts";

/// A `*` anywhere but as the whole first label (`*.example.com`).
pub const WILDCARD_MISPLACED: &str = "domain.wildcard_misplaced";

/// A single label (`localhost`) or a name whose last label is numeric.
pub const NOT_FQDN: &str = "domain.not_fqdn";

/// Dotted numbers that are not a valid IPv4 address (`1.2.3`, `010.0.0.1`, `1.2.3.256`).
pub const INVALID_IP: &str = "domain.invalid_ip";

/// The top-level domain is not on the Public Suffix List (`server.local`, `host.internal`).
pub const UNKNOWN_TLD: &str = "domain.unknown_tld";

/// The name is itself a public suffix (`co.uk`, `*.co.uk`): no one can prove control of it.
pub const PUBLIC_SUFFIX: &str = "domain.public_suffix";

/// The same name appears twice once normalised (`Example.com` and `example.com.`).
pub const DUPLICATE: &str = "domain.duplicate";

/// A wildcard on a product that takes none.
pub const WILDCARD_NOT_ALLOWED: &str = "domain.wildcard_not_allowed";

/// A wildcard product whose primary name is not a wildcard.
pub const WILDCARD_REQUIRED: &str = "domain.wildcard_required";

/// An IP address on a product that takes none.
pub const IP_NOT_ALLOWED: &str = "domain.ip_not_allowed";

/// A private, loopback, link-local, multicast or otherwise non-public IP address.
pub const IP_NOT_PUBLIC: &str = "domain.ip_not_public";

/// More names than the product's quota.
pub const TOO_MANY: &str = "domain.too_many";

/// Fewer names than the product needs (at least one).
pub const TOO_FEW: &str = "domain.too_few";

/// More than one name on a single-domain product.
pub const SINGLE_DOMAIN_ONLY: &str = "domain.single_domain_only";

/// Both `www.<domain>` and `<domain>` on a product whose one name covers both (a warning).
pub const WWW_PAIR_REDUNDANT: &str = "domain.www_pair_redundant";
