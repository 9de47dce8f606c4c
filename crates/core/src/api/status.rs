//! Order and domain-validation states, with room for states the API adds later.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! open_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $text:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
            /// A value this version does not know, kept as sent.
            Other(String),
        }

        impl $name {
            /// The API's spelling.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $text,)+
                    Self::Other(text) => text,
                }
            }

            /// Reads the API's spelling, in any case.
            pub fn parse(text: &str) -> Self {
                let text = text.trim();
                $(if text.eq_ignore_ascii_case($text) {
                    return Self::$variant;
                })+
                Self::Other(text.to_owned())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Ok(Self::parse(&text))
            }
        }
    };
}

open_enum! {
    /// An order's `cert_status` (trustocean-api §3.8).
    CertStatus {
        /// Submitted; the CA waits for domain validation.
        EnrollCaProcessing => "enroll_caprocessing",
        /// OV/EV: organisation details are being checked.
        EnrollOrganization => "enroll_organization",
        /// Issued and valid.
        IssuedActive => "issued_active",
        /// Cancelled (after a refund, or by the CA).
        Cancelled => "cancelled",
        /// Revoked.
        Revoked => "revoked",
        /// Past its end date.
        Expired => "expired",
        /// Queued at the CA.
        EnrollCa => "enroll_ca",
        /// Waiting for manual handling.
        EnrollSubmitHand => "enroll_submithand",
        /// Failed at the CA's API; support must look at it.
        EnrollApiError => "enroll_apierror",
    }
}

open_enum! {
    /// One domain's validation `status`.
    DcvStatus {
        /// Not yet validated.
        NeedVerification => "needverification",
        /// Validated.
        Verified => "verified",
    }
}

impl CertStatus {
    /// True once the CA has issued the certificate (it may be revoked or expired since).
    pub fn has_certificate(&self) -> bool {
        matches!(self, Self::IssuedActive | Self::Revoked | Self::Expired)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_states_round_trip() {
        let known: CertStatus = serde_json::from_str("\"Issued_Active\"").expect("known");
        let unknown: CertStatus = serde_json::from_str("\"dcv_hand\"").expect("unknown");

        assert_eq!(known, CertStatus::IssuedActive);
        assert_eq!(unknown, CertStatus::Other("dcv_hand".into()));
        assert_eq!(
            serde_json::to_string(&unknown).expect("serialize"),
            "\"dcv_hand\""
        );
    }
}
