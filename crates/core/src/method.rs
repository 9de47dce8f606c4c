//! The names of the v5 reseller API methods.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

macro_rules! api_methods {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)+) => {
        /// One method of the v5 reseller API (`POST /ssl/v5/{name}`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ApiMethod {
            $($(#[$doc])* $variant,)+
        }

        impl ApiMethod {
            /// Every method, in the order of the API catalog.
            pub const ALL: [ApiMethod; 19] = [$(ApiMethod::$variant,)+];

            /// The method's name as it appears in the URL.
            pub fn name(self) -> &'static str {
                match self {
                    $(ApiMethod::$variant => $name,)+
                }
            }
        }
    };
}

api_methods! {
    /// Checks credentials and reachability.
    Ping => "ping",
    /// The reseller account's balance.
    GetProfileInfo => "getProfileInfo",
    /// The product catalog.
    GetProductList => "getProductList",
    /// The product catalog with prices.
    GetProductPriceList => "getProductPriceList",
    /// The product catalog including the `pricing` table.
    GetProductListWithPricing => "getProductListWithPricing",
    /// Reserves a unique id for the next order or reissue.
    CreateNewUniqueId => "createNewUniqueId",
    /// Checks that a unique id is still free.
    CheckUniqueId => "checkUniqueId",
    /// DCV details for domains before an order exists.
    GetPreDomainValidationInformation => "getPreDomainValidationInformation",
    /// Places an order.
    AddSslOrder => "addSSLOrder",
    /// The order's `cert_status`.
    GetOrderStatus => "getOrderStatus",
    /// Everything about an order, certificate included once issued.
    GetSslDetails => "getSSLDetails",
    /// Per-domain validation state.
    GetDomainValidationStatus => "getDomainValidationStatus",
    /// Switches one domain's validation method.
    ChangeDcvMethod => "changeDCVMethod",
    /// Re-runs DCV checks and resends approval e-mails.
    RetryDcvEmailOrDcvCheck => "reTryDcvEmailOrDCVCheck",
    /// Drops a domain from a multi-domain order.
    RemoveSanDomain => "removeSanDomain",
    /// Reissues an issued certificate with a new CSR and domains.
    ReissueSslOrder => "reissueSSLOrder",
    /// Revokes an issued certificate.
    RevokeSsl => "revokeSSL",
    /// Cancels an order and asks for a refund.
    CancelAndRefund => "cancelAndRefund",
    /// The state of a refund request.
    CheckRefundStatus => "checkRefundStatus",
}

impl ApiMethod {
    /// Whether the method only reads: asking again changes nothing at TrustOcean, so a call
    /// whose answer was lost may be retried. Every other method is sent once; what became of
    /// it is found out by reading, never by sending it again.
    pub fn is_read(self) -> bool {
        matches!(
            self,
            Self::Ping
                | Self::GetProfileInfo
                | Self::GetProductList
                | Self::GetProductPriceList
                | Self::GetProductListWithPricing
                | Self::CheckUniqueId
                | Self::GetPreDomainValidationInformation
                | Self::GetOrderStatus
                | Self::GetSslDetails
                | Self::GetDomainValidationStatus
                | Self::CheckRefundStatus
        )
    }
}

impl fmt::Display for ApiMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ApiMethod {
    type Err = Error;

    /// Reads a method name, ignoring case (`addsslorder` finds `addSSLOrder`).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|method| method.name().eq_ignore_ascii_case(text))
            .ok_or_else(|| Error::invalid("method", format!("{text:?} is not a v5 API method")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for method in ApiMethod::ALL {
            assert_eq!(method.name().parse::<ApiMethod>().expect("known"), method);
        }
        assert_eq!(
            ApiMethod::RetryDcvEmailOrDcvCheck.name(),
            "reTryDcvEmailOrDCVCheck"
        );
    }
}
