//! [`normalize`]: one entered name to a checked [`Name`], or the first rule it breaks.

use std::net::IpAddr;

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

use super::{
    codes,
    name::{Name, NameKind},
    punctuation, scripts,
};
use crate::error::Error;

/// Longest name in DNS, in ASCII form (RFC 1035, without the root dot).
const MAX_NAME_LEN: usize = 253;

/// Longest label (RFC 1035).
const MAX_LABEL_LEN: usize = 63;

/// Longest input looked at. IDNA mapping can shrink text (it drops soft hyphens and the like),
/// so this is generous, but it keeps a pasted 10 MB body from being processed.
const MAX_INPUT_LEN: usize = 1024;

/// How much of an offending input a message quotes.
const SHOWN_CHARS: usize = 80;

/// Normalises and checks one name: a host name, a `*.` wildcard, or an IPv4/IPv6 address.
///
/// Steps: trim; IPs (IPv6 also in `[...]`) are recognised and written canonically; otherwise
/// one trailing dot is dropped, a leading `*.` is kept aside, the rest goes through IDNA
/// (UTS-46, STD3 characters; upper case becomes lower case, Unicode becomes punycode), and the
/// result is checked for label and name length, hyphens, numeric labels and the Public Suffix
/// List. Nothing is ever cut out of a name.
///
/// Every refusal is [`Error::Rejected`] with a code from [`codes`] and a message naming the
/// input.
pub fn normalize(input: &str) -> Result<Name, Error> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Error::rejected(
            codes::EMPTY,
            "the domain name is empty; enter a name such as example.com",
        ));
    }
    if trimmed.len() > MAX_INPUT_LEN {
        return Err(too_long(trimmed));
    }

    if let Some(ip) = parse_ip(trimmed) {
        return Ok(ip_name(ip));
    }

    if let Some((character, description)) = punctuation::first_refused(trimmed) {
        return Err(Error::rejected(
            codes::INVALID_CHARACTER,
            format!(
                "{} contains {description} ({character:?}); a domain name has only letters, digits, hyphens and dots",
                shown(trimmed)
            ),
        ));
    }

    let without_root = trimmed.strip_suffix('.').unwrap_or(trimmed);
    let (wildcard, base) = split_wildcard(without_root, trimmed)?;
    check_empty_labels(base, trimmed)?;

    let ascii_base = to_ascii(base, trimmed)?;
    check_labels(&ascii_base, trimmed)?;
    let ascii = if wildcard {
        format!("*.{ascii_base}")
    } else {
        ascii_base.clone()
    };
    if ascii.len() > MAX_NAME_LEN {
        return Err(too_long(trimmed));
    }

    check_not_numeric(&ascii_base, trimmed)?;
    let registrable = registrable_domain(&ascii_base, trimmed)?;

    let unicode = to_unicode(&ascii_base);
    if let Some((label, first, second)) = scripts::first_mixed_label(&unicode) {
        return Err(Error::rejected(
            codes::MIXED_SCRIPTS,
            format!(
                "{} mixes {} and {} letters in \"{label}\", which makes it look like another name; use one script per label",
                shown(trimmed),
                first.name(),
                second.name()
            ),
        ));
    }

    Ok(Name {
        unicode: if wildcard {
            format!("*.{unicode}")
        } else {
            unicode
        },
        ascii,
        kind: NameKind::Dns { wildcard },
        ip: None,
        registrable: Some(registrable),
    })
}

/// The input in quotes, cut short when long, for messages.
pub(super) fn shown(input: &str) -> String {
    let mut text: String = input.chars().take(SHOWN_CHARS).collect();
    if text.len() < input.len() {
        text.push('…');
    }
    format!("\"{text}\"")
}

fn too_long(input: &str) -> Error {
    Error::rejected(
        codes::TOO_LONG,
        format!(
            "{} is longer than {MAX_NAME_LEN} characters, the limit for a domain name",
            shown(input)
        ),
    )
}

fn parse_ip(text: &str) -> Option<IpAddr> {
    if let Some(inner) = text
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
    {
        return inner.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6);
    }
    text.parse::<IpAddr>().ok()
}

fn ip_name(ip: IpAddr) -> Name {
    let text = ip.to_string();
    Name {
        unicode: text.clone(),
        ascii: text,
        kind: match ip {
            IpAddr::V4(_) => NameKind::Ipv4,
            IpAddr::V6(_) => NameKind::Ipv6,
        },
        ip: Some(ip),
        registrable: None,
    }
}

/// Splits a leading `*.` off; any other `*` is misplaced.
fn split_wildcard<'a>(name: &'a str, input: &str) -> Result<(bool, &'a str), Error> {
    let (wildcard, base) = match name.strip_prefix("*.") {
        Some(rest) => (true, rest),
        None => (false, name),
    };
    if base.contains('*') {
        return Err(Error::rejected(
            codes::WILDCARD_MISPLACED,
            format!(
                "{} has a \"*\" in the wrong place; a wildcard is only allowed as the whole first label, as in *.example.com",
                shown(input)
            ),
        ));
    }
    Ok((wildcard, base))
}

fn empty_label(input: &str) -> Error {
    Error::rejected(
        codes::EMPTY_LABEL,
        format!(
            "{} has an empty label (two dots in a row, or a dot at the start)",
            shown(input)
        ),
    )
}

fn check_empty_labels(base: &str, input: &str) -> Result<(), Error> {
    if base.is_empty() || base.split('.').any(str::is_empty) {
        return Err(empty_label(input));
    }
    Ok(())
}

/// IDNA to ASCII: lower-cases, maps compatibility forms and encodes Unicode labels as punycode.
fn to_ascii(base: &str, input: &str) -> Result<String, Error> {
    let convert = |text: &str| {
        Uts46::new()
            .to_ascii(
                text.as_bytes(),
                AsciiDenyList::STD3,
                Hyphens::Allow,
                DnsLength::Ignore,
            )
            .map(|ascii| ascii.into_owned())
    };
    if let Ok(ascii) = convert(base) {
        return Ok(ascii);
    }

    // Point at the character at fault when one alone is refused; otherwise the label as a whole
    // breaks an IDNA rule (mixed directions, a broken `xn--` label, ...).
    let culprit = base
        .chars()
        .filter(|c| *c != '.')
        .find(|c| convert(c.encode_utf8(&mut [0; 4])).is_err());
    Err(match culprit {
        Some(c) if c.is_ascii() => Error::rejected(
            codes::INVALID_CHARACTER,
            format!(
                "{} contains {c:?}; a domain name has only letters, digits, hyphens and dots",
                shown(input)
            ),
        ),
        Some(c) => Error::rejected(
            codes::INVALID_IDN,
            format!(
                "{} contains {c:?} (U+{:04X}), which internationalised domain names do not allow",
                shown(input),
                u32::from(c)
            ),
        ),
        None => Error::rejected(
            codes::INVALID_IDN,
            format!(
                "{} is not a valid internationalised domain name (IDNA rules: mixed scripts or directions, or a broken \"xn--\" label)",
                shown(input)
            ),
        ),
    })
}

/// Length, characters and hyphens of every label of the ASCII form.
fn check_labels(ascii: &str, input: &str) -> Result<(), Error> {
    for label in ascii.split('.') {
        if label.is_empty() {
            return Err(empty_label(input));
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(Error::rejected(
                codes::LABEL_TOO_LONG,
                format!(
                    "{} has a label of {} characters (\"{}…\"); each part between dots may have at most {MAX_LABEL_LEN}",
                    shown(input),
                    label.len(),
                    label.get(..20).unwrap_or(label)
                ),
            ));
        }
        if let Some(c) = label
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            return Err(Error::rejected(
                codes::INVALID_CHARACTER,
                format!(
                    "{} contains {c:?}; a domain name has only letters, digits, hyphens and dots",
                    shown(input)
                ),
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(Error::rejected(
                codes::LABEL_HYPHEN,
                format!(
                    "{} has a label that starts or ends with a hyphen (\"{label}\")",
                    shown(input)
                ),
            ));
        }
    }
    Ok(())
}

/// Dotted numbers are a mistyped IP; a numeric last label is no top-level domain.
fn check_not_numeric(ascii: &str, input: &str) -> Result<(), Error> {
    let numeric = |label: &str| label.bytes().all(|b| b.is_ascii_digit());
    if ascii.split('.').all(numeric) {
        return Err(Error::rejected(
            codes::INVALID_IP,
            format!(
                "{} is not a valid IP address (an IPv4 address has four numbers from 0 to 255, without leading zeros)",
                shown(input)
            ),
        ));
    }
    if ascii.rsplit('.').next().is_some_and(numeric) {
        return Err(Error::rejected(
            codes::NOT_FQDN,
            format!("{} does not end in a top-level domain", shown(input)),
        ));
    }
    Ok(())
}

/// The eTLD+1 from the Public Suffix List, refusing single labels, unknown TLDs and suffixes.
fn registrable_domain(ascii: &str, input: &str) -> Result<String, Error> {
    let known_suffix = psl::suffix(ascii.as_bytes()).is_some_and(|suffix| suffix.is_known());
    if let Some(domain) = psl::domain_str(ascii).filter(|_| known_suffix) {
        return Ok(domain.to_owned());
    }

    if known_suffix {
        return Err(Error::rejected(
            codes::PUBLIC_SUFFIX,
            format!(
                "{} is a public suffix (like com or co.uk), which nobody can validate; enter a domain registered under it",
                shown(input)
            ),
        ));
    }
    if !ascii.contains('.') {
        return Err(Error::rejected(
            codes::NOT_FQDN,
            format!(
                "{} is not a fully qualified domain name; enter the full name, such as www.example.com",
                shown(input)
            ),
        ));
    }
    Err(Error::rejected(
        codes::UNKNOWN_TLD,
        format!(
            "{} does not end in a public top-level domain; internal names (.local, .lan, .internal, ...) cannot get a public certificate",
            shown(input)
        ),
    ))
}

/// The display form of an ASCII name (its own text when decoding fails, which cannot happen
/// for names that passed [`to_ascii`]).
fn to_unicode(ascii: &str) -> String {
    let (unicode, result) = idna::domain_to_unicode(ascii);
    match result {
        Ok(()) => unicode,
        Err(_) => ascii.to_owned(),
    }
}
