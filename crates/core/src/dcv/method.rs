//! Which DCV method can validate which name.

use crate::{domain::Name, error::Error};

use super::approver_emails_for;

/// A DCV method, as `dcv_method` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DcvMethod {
    /// A CNAME record in the zone of the registrable domain.
    Dns,
    /// A file served over plain HTTP.
    Http,
    /// A file served over HTTPS.
    Https,
    /// A mail to one of the approver addresses (lower case).
    Email(String),
}

impl DcvMethod {
    /// The value the API takes in `dcv_method`: `dns`, `http`, `https` or the address.
    pub fn as_api_value(&self) -> &str {
        match self {
            Self::Dns => "dns",
            Self::Http => "http",
            Self::Https => "https",
            Self::Email(address) => address,
        }
    }
}

/// Checks that `method` (`dns`, `http`, `https` or an approver address, any case) can validate
/// `name`. IPs validate by HTTP or HTTPS only; an address must be one of the name's approvers.
///
/// Refusals are [`Error::Rejected`]: `dcv.method_not_for_ip`, `dcv.email_not_approver`,
/// `dcv.method_unknown`.
pub fn check_method(name: &Name, method: &str) -> Result<DcvMethod, Error> {
    let method = method.trim().to_ascii_lowercase();
    let chosen = match method.as_str() {
        "dns" => DcvMethod::Dns,
        "http" => DcvMethod::Http,
        "https" => DcvMethod::Https,
        address if address.contains('@') => DcvMethod::Email(address.to_owned()),
        other => {
            return Err(Error::rejected(
                "dcv.method_unknown",
                format!(
                    "\"{}\" is not a DCV method; use dns, http, https or an approver e-mail address",
                    other.chars().take(80).collect::<String>()
                ),
            ));
        }
    };

    if name.is_ip() && matches!(chosen, DcvMethod::Dns | DcvMethod::Email(_)) {
        return Err(Error::rejected(
            "dcv.method_not_for_ip",
            format!(
                "{name} is an IP address, which can only be validated by HTTP or HTTPS file, not by {}",
                if chosen == DcvMethod::Dns {
                    "DNS"
                } else {
                    "e-mail"
                }
            ),
        ));
    }
    if let DcvMethod::Email(address) = &chosen
        && !approver_emails_for(name).contains(address)
    {
        return Err(Error::rejected(
            "dcv.email_not_approver",
            format!(
                "{address} is not an approver address of {name}; use admin@, administrator@, hostmaster@, postmaster@ or webmaster@ at {} or a parent domain of it",
                name.registrable_domain().unwrap_or_default()
            ),
        ));
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::normalize;

    fn code(result: Result<DcvMethod, Error>) -> Option<&'static str> {
        result.err().and_then(|err| err.reason_code())
    }

    #[test]
    fn names_take_every_method() {
        let name = normalize("*.shop.example.com").expect("valid");
        assert_eq!(check_method(&name, "DNS").expect("dns"), DcvMethod::Dns);
        assert_eq!(check_method(&name, "http").expect("http"), DcvMethod::Http);
        assert_eq!(
            check_method(&name, " https ").expect("https"),
            DcvMethod::Https
        );
        assert_eq!(
            check_method(&name, "Admin@Shop.Example.com")
                .expect("approver")
                .as_api_value(),
            "admin@shop.example.com"
        );
    }

    #[test]
    fn ips_take_only_files() {
        let ip = normalize("203.0.113.9").expect("valid");
        assert_eq!(check_method(&ip, "http").expect("http"), DcvMethod::Http);
        assert_eq!(
            code(check_method(&ip, "dns")),
            Some("dcv.method_not_for_ip")
        );
        assert_eq!(
            code(check_method(&ip, "admin@203.0.113.9")),
            Some("dcv.method_not_for_ip")
        );
    }

    #[test]
    fn strangers_and_unknown_methods_are_refused() {
        let name = normalize("example.com").expect("valid");
        assert_eq!(
            code(check_method(&name, "admin@example.org")),
            Some("dcv.email_not_approver")
        );
        assert_eq!(
            code(check_method(&name, "info@example.com")),
            Some("dcv.email_not_approver")
        );
        assert_eq!(
            code(check_method(&name, "CSR_CNAME_HASH")),
            Some("dcv.method_unknown")
        );
    }
}
