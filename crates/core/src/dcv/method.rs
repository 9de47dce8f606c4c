//! Which DCV method can validate which name.

use crate::{api::DcvMethod, domain::Name, error::Error};

use super::approver_emails_for;

/// Checks that `method` (`dns`, `http`, `https` or an approver address, any case) can validate
/// `name`. IPs validate by HTTP or HTTPS only; an address must be one of the name's approvers.
///
/// Refusals are [`Error::Rejected`]: `dcv.method_not_for_ip`, `dcv.email_not_approver`,
/// `dcv.method_unknown`.
pub fn check_method(name: &Name, method: &str) -> Result<DcvMethod, Error> {
    let chosen = DcvMethod::parse("method", method).map_err(|_| {
        Error::rejected(
            "dcv.method_unknown",
            format!(
                "\"{}\" is not a DCV method; use dns, http, https or an approver e-mail address",
                method.trim().chars().take(80).collect::<String>()
            ),
        )
    })?;

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
                .as_str(),
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
        assert_eq!(code(check_method(&name, "ftp")), Some("dcv.method_unknown"));
        assert_eq!(
            check_method(&name, "CSR_CNAME_HASH").expect("legacy Sectigo name"),
            DcvMethod::Dns
        );
    }
}
