//! Approver e-mail addresses for e-mail DCV, in the original module's order.

use crate::{
    domain::{self, Name},
    error::Error,
};

/// The e-mail local parts Sectigo accepts as domain approvers, in the order they are listed.
pub const APPROVER_LOCAL_PARTS: [&str; 5] = [
    "admin",
    "administrator",
    "hostmaster",
    "postmaster",
    "webmaster",
];

/// The approver addresses of an entered name; see [`approver_emails_for`].
pub fn approver_emails(domain: &str) -> Result<Vec<String>, Error> {
    domain::normalize(domain).map(|name| approver_emails_for(&name))
}

/// The approver addresses of a name: the five local parts at the registrable domain first, then
/// at each longer level from the full base name (wildcard `*.` stripped) down, as the original
/// module lists them. `a.b.example.co.uk` gives the five at `example.co.uk`, then at
/// `a.b.example.co.uk`, then at `b.example.co.uk`. IPs have none.
pub fn approver_emails_for(name: &Name) -> Vec<String> {
    let Some(top) = name.registrable_domain() else {
        return Vec::new();
    };

    let mut levels = vec![top.to_owned()];
    let mut sub = name.subdomain();
    while let Some(labels) = sub {
        levels.push(format!("{labels}.{top}"));
        sub = labels.split_once('.').map(|(_, parent)| parent);
    }

    levels
        .iter()
        .flat_map(|level| {
            APPROVER_LOCAL_PARTS
                .iter()
                .map(move |local| format!("{local}@{level}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(level: &str) -> Vec<String> {
        APPROVER_LOCAL_PARTS
            .iter()
            .map(|local| format!("{local}@{level}"))
            .collect()
    }

    #[test]
    fn original_order_registrable_domain_first_then_longest_first() {
        let emails = approver_emails("a.b.example.co.uk").expect("valid name");

        let expected: Vec<String> = [
            at("example.co.uk"),
            at("a.b.example.co.uk"),
            at("b.example.co.uk"),
        ]
        .concat();
        assert_eq!(emails, expected);
    }

    #[test]
    fn wildcard_uses_the_base_name_and_apex_has_five() {
        assert_eq!(
            approver_emails("*.shop.example.com").expect("valid"),
            [at("example.com"), at("shop.example.com")].concat()
        );
        assert_eq!(
            approver_emails("*.example.com").expect("valid"),
            at("example.com")
        );
        assert_eq!(
            approver_emails("Example.COM.").expect("valid"),
            at("example.com")
        );
    }

    #[test]
    fn ips_have_none_and_bad_names_are_refused() {
        assert!(approver_emails("192.0.2.7").expect("valid").is_empty());
        assert!(approver_emails("2001:db8::1").expect("valid").is_empty());
        assert!(matches!(
            approver_emails("co.uk"),
            Err(Error::Rejected {
                code: "domain.public_suffix",
                ..
            })
        ));
    }

    #[test]
    fn idn_addresses_use_punycode() {
        let emails = approver_emails("bücher.example").err();
        assert!(emails.is_some(), ".example is no public TLD");
        assert_eq!(
            approver_emails("shop.bücher.de").expect("valid")[0],
            "admin@xn--bcher-kva.de"
        );
    }
}
