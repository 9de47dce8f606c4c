//! What a key is: RSA with its modulus size, or ECDSA on a named curve.

use std::fmt;

use crate::error::{Error, Result};

/// A named elliptic curve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Curve {
    /// NIST P-256 (secp256r1, prime256v1).
    P256,
    /// NIST P-384 (secp384r1).
    P384,
    /// NIST P-521 (secp521r1): read, but not generated; most CAs refuse it.
    P521,
}

impl Curve {
    /// The curve's usual name, `P-256`, `P-384` or `P-521`.
    pub fn name(self) -> &'static str {
        match self {
            Self::P256 => "P-256",
            Self::P384 => "P-384",
            Self::P521 => "P-521",
        }
    }

    /// Size of the curve's field in bits (256, 384, 521).
    pub fn bits(self) -> u32 {
        match self {
            Self::P256 => 256,
            Self::P384 => 384,
            Self::P521 => 521,
        }
    }

    /// The curve named by a dotted OID string, if it is one this crate handles.
    pub(crate) fn from_oid(oid: &str) -> Option<Self> {
        match oid {
            "1.2.840.10045.3.1.7" => Some(Self::P256),
            "1.3.132.0.34" => Some(Self::P384),
            "1.3.132.0.35" => Some(Self::P521),
            _ => None,
        }
    }
}

/// A key's algorithm and size: what [`generate`](super::generate) makes and what a parsed key is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// RSA with a modulus of `bits` bits.
    Rsa {
        /// Modulus size in bits.
        bits: u32,
    },
    /// ECDSA on a named curve.
    Ec(Curve),
}

impl KeyKind {
    /// RSA 2048, the default for new keys.
    pub const RSA_2048: Self = Self::Rsa { bits: 2048 };
    /// RSA 3072.
    pub const RSA_3072: Self = Self::Rsa { bits: 3072 };
    /// RSA 4096.
    pub const RSA_4096: Self = Self::Rsa { bits: 4096 };
    /// ECDSA P-256.
    pub const EC_P256: Self = Self::Ec(Curve::P256);
    /// ECDSA P-384.
    pub const EC_P384: Self = Self::Ec(Curve::P384);

    /// The kinds [`generate`](super::generate) accepts, by their names.
    pub const GENERATED: [Self; 5] = [
        Self::RSA_2048,
        Self::RSA_3072,
        Self::RSA_4096,
        Self::EC_P256,
        Self::EC_P384,
    ];

    /// Reads a key type name as the PHP API takes it: `rsa2048`, `rsa3072`, `rsa4096`,
    /// `ec-p256`, `ec-p384` (case-insensitive; `ecdsa-p256`, `ec256`, `p256` also accepted).
    pub fn from_name(name: &str) -> Result<Self> {
        let wanted: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let kind = match wanted.as_str() {
            "rsa" | "rsa2048" => Self::RSA_2048,
            "rsa3072" => Self::RSA_3072,
            "rsa4096" => Self::RSA_4096,
            "ecp256" | "ecdsap256" | "ec256" | "p256" | "prime256v1" | "secp256r1" => Self::EC_P256,
            "ecp384" | "ecdsap384" | "ec384" | "p384" | "secp384r1" => Self::EC_P384,
            _ => {
                return Err(Error::rejected(
                    "key.unsupported_type",
                    format!(
                        "unknown key type \"{}\"; use one of rsa2048, rsa3072, rsa4096, ec-p256, ec-p384",
                        printable(name)
                    ),
                ));
            }
        };
        Ok(kind)
    }

    /// The canonical name: `rsa2048`, `ec-p256`, ...
    pub fn name(self) -> String {
        match self {
            Self::Rsa { bits } => format!("rsa{bits}"),
            Self::Ec(curve) => format!("ec-p{}", curve.bits()),
        }
    }

    /// `rsa` or `ec`.
    pub fn algorithm(self) -> &'static str {
        match self {
            Self::Rsa { .. } => "rsa",
            Self::Ec(_) => "ec",
        }
    }

    /// Modulus size for RSA, field size for EC.
    pub fn bits(self) -> u32 {
        match self {
            Self::Rsa { bits } => bits,
            Self::Ec(curve) => curve.bits(),
        }
    }

    /// The curve, for EC keys.
    pub fn curve(self) -> Option<Curve> {
        match self {
            Self::Rsa { .. } => None,
            Self::Ec(curve) => Some(curve),
        }
    }
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rsa { bits } => write!(f, "RSA {bits}"),
            Self::Ec(curve) => write!(f, "ECDSA {}", curve.name()),
        }
    }
}

/// At most 40 printable characters of `text`, for echoing a short argument in a message.
fn printable(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for kind in KeyKind::GENERATED {
            assert_eq!(KeyKind::from_name(&kind.name()).expect("own name"), kind);
        }
        assert_eq!(
            KeyKind::from_name(" ECDSA-P384 ").expect("alias"),
            KeyKind::EC_P384
        );
    }

    #[test]
    fn unknown_name_is_rejected_with_code() {
        let err = KeyKind::from_name("dsa1024").expect_err("dsa is not offered");

        assert_eq!(err.reason_code(), Some("key.unsupported_type"));
    }
}
