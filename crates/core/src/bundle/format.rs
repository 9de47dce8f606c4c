//! The server formats a bundle can hold.

use crate::error::{Error, Result};

/// One server format, i.e. one folder of the zip (`Other/` holds PKCS#7 and DER).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `Apache/`: `.crt`, `.ca-bundle`, `.key`.
    Apache,
    /// `Nginx/`: full chain `.pem`, `.key`.
    Nginx,
    /// `IIS/`: password-protected `.pfx` (needs the key).
    Iis,
    /// `Tomcat/`: PKCS#12 keystore `.p12` with an alias (needs the key).
    Tomcat,
    /// `HAProxy/`: key, certificate and chain in one `.pem` (needs the key).
    Haproxy,
    /// `Other/`: PKCS#7 `.p7b` with the certificate and chain.
    Pkcs7,
    /// `Other/`: the certificate alone as DER `.cer`.
    Der,
}

impl Format {
    /// Every format, in the order they appear in a bundle.
    pub const ALL: [Format; 7] = [
        Format::Apache,
        Format::Nginx,
        Format::Iis,
        Format::Tomcat,
        Format::Haproxy,
        Format::Pkcs7,
        Format::Der,
    ];

    /// The name used in options: `apache`, `nginx`, `iis`, `tomcat`, `haproxy`, `pkcs7`, `der`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Apache => "apache",
            Format::Nginx => "nginx",
            Format::Iis => "iis",
            Format::Tomcat => "tomcat",
            Format::Haproxy => "haproxy",
            Format::Pkcs7 => "pkcs7",
            Format::Der => "der",
        }
    }

    /// Parses a name from [`Format::name`], case-insensitively.
    ///
    /// # Errors
    /// `input.invalid` naming the unknown value and the accepted ones.
    pub fn from_name(name: &str) -> Result<Self> {
        Format::ALL
            .into_iter()
            .find(|format| format.name().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| {
                let known: Vec<&str> = Format::ALL.iter().map(|format| format.name()).collect();
                Error::invalid(
                    "formats",
                    format!(
                        "unknown format \"{}\"; use any of {}",
                        name.chars().take(40).collect::<String>(),
                        known.join(", ")
                    ),
                )
            })
    }

    /// The zip folder the format's files go in.
    pub fn folder(self) -> &'static str {
        match self {
            Format::Apache => "Apache",
            Format::Nginx => "Nginx",
            Format::Iis => "IIS",
            Format::Tomcat => "Tomcat",
            Format::Haproxy => "HAProxy",
            Format::Pkcs7 | Format::Der => "Other",
        }
    }

    /// Whether the format cannot exist without the private key.
    pub fn needs_key(self) -> bool {
        matches!(self, Format::Iis | Format::Tomcat | Format::Haproxy)
    }
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn names_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()).ok(), Some(format));
        }
        assert_eq!(Format::from_name(" IIS ").ok(), Some(Format::Iis));
        assert!(Format::from_name("jks").is_err());
    }
}
