//! Domain names and IP addresses: normalisation, validation and product rules.
//!
//! * [`normalize`] turns one entered name into a [`Name`] (lower-case ASCII, IDN as punycode,
//!   no trailing dot, `*.` kept, IPs canonical) or refuses it with the first rule it breaks.
//! * [`check_names`] holds a whole list against [`ProductRules`] and reports every broken rule
//!   as a [`Finding`](crate::finding::Finding); [`check_common_name`] does the same for a CSR's CN.
//!
//! A leading `www.` is never cut off a name (the original module cut four characters off any
//! name containing `www.`); products that cover `www` and the apex together say so in
//! [`ProductRules::www_covers_apex`].
//!
//! # Reason codes
//!
//! | code | rule |
//! |---|---|
//! | `domain.empty` | nothing entered |
//! | `domain.too_long` | name over 253 characters (ASCII form) |
//! | `domain.label_too_long` | a label over 63 characters |
//! | `domain.empty_label` | `a..b`, `.a` |
//! | `domain.label_hyphen` | a label starting or ending with `-` |
//! | `domain.invalid_character` | punctuation the original refused (`。 ， ； — _ ? / ！ = （ ） ( )`, ASCII and full-width), spaces, other non-LDH characters |
//! | `domain.invalid_idn` | Unicode that IDNA (UTS-46) refuses, broken `xn--` labels |
//! | `domain.mixed_scripts` | a label mixing Latin, Greek or Cyrillic letters (a homograph) |
//! | `domain.wildcard_misplaced` | `*` other than as the whole first label |
//! | `domain.not_fqdn` | a single label (`localhost`), a numeric last label |
//! | `domain.invalid_ip` | dotted numbers that are no IPv4 address (`1.2.3`, `010.0.0.1`) |
//! | `domain.unknown_tld` | a TLD not on the Public Suffix List (`.local`, `.internal`) |
//! | `domain.public_suffix` | a public suffix itself (`co.uk`, `*.co.uk`, `github.io`) |
//! | `domain.duplicate` | the same name twice after normalisation |
//! | `domain.wildcard_not_allowed` | a wildcard on a product without wildcards |
//! | `domain.wildcard_required` | a wildcard product's primary name is not a wildcard |
//! | `domain.ip_not_allowed` | an IP address on a product without IPs |
//! | `domain.ip_not_public` | a private, loopback, link-local, multicast or reserved IP |
//! | `domain.too_many` | more names than the quota |
//! | `domain.too_few` | no name, or fewer than the product's minimum |
//! | `domain.single_domain_only` | several names on a single-domain product |
//! | `domain.www_pair_redundant` | warning: `www.x` and `x` on a product covering both |
//!
//! The first twelve come from [`normalize`] as [`Error::Rejected`](crate::Error::Rejected);
//! all of them come from [`check_names`] as findings.

mod check;
pub mod codes;
mod ip;
mod name;
mod normalize;
mod punctuation;
mod rules;
mod scripts;

pub use check::{CheckedNames, check_common_name, check_names};
pub use name::{Name, NameKind};
pub use normalize::normalize;
pub use rules::{ProductRules, WildcardRule};
