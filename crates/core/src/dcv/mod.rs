//! Sectigo CSR-hash domain control validation (DCV) values, as TrustOcean hands them out.
//!
//! Every value is derived from the DER bytes of the CSR: `md5 = MD5(der)` and
//! `sha = SHA-256(der)`, both as hex. The `unique_id` of the order is part of the DNS value
//! and of the validation file, so it must be fixed before the instructions are shown.
//!
//! * [`artifacts`]: for a CSR, a unique_id and a domain list, everything a customer needs per
//!   domain: the DNS CNAME (none for IPs), the HTTP and HTTPS file URL, name and content, and
//!   the approver e-mail addresses (none for IPs). Wildcards validate at their base name.
//! * [`approver_emails`]: the approver addresses, in the original module's order.
//! * [`check_method`]: whether a DCV method can validate a name (IPs: HTTP/HTTPS only).
//! * [`PreDcvInfo`] and [`DcvInfo`]: the same values in the API's `pre_dcv_info` / `dcv_info`
//!   shapes, as the sandbox serves them.
//!
//! The validation file uses `\r\n` line endings, as the TrustOcean documentation example does
//! (one SDK mock uses `\n`; Sectigo's checker accepts both). The unique_id is written in lower
//! case, as the original module did and as TrustOcean issues it.
//!
//! Reason codes (besides the `domain.*` codes of [`normalize`](crate::domain::normalize)):
//! `dcv.method_unknown`, `dcv.method_not_for_ip`, `dcv.email_not_approver`.

mod api_shape;
mod approvers;
mod artifacts;
mod csr_hash;
mod method;

pub use api_shape::{DcvInfo, DnsCname, HttpValidation, HttpsValidation, PreDcvInfo};
pub use approvers::{APPROVER_LOCAL_PARTS, approver_emails, approver_emails_for};
pub use artifacts::{
    DcvArtifacts, artifacts, artifacts_for, pre_dcv_info, pre_dcv_info_with_hashes,
};
pub use csr_hash::{CsrHashes, csr_der, csr_hashes};
pub use method::check_method;

/// The DCV status of a domain that still has to be validated.
pub const STATUS_NEEDS_VERIFICATION: &str = "needverification";

/// The DCV status of a validated domain.
pub const STATUS_VERIFIED: &str = "verified";

#[cfg(test)]
pub(crate) mod test_csr {
    //! The CSR of the known-vector tests, with hashes computed by openssl.

    /// Made once with:
    /// `openssl req -new -newkey rsa:2048 -nodes -keyout /dev/null -subj "/CN=api.example.com" -out test.csr`
    pub const TEST_CSR: &str = "\
-----BEGIN CERTIFICATE REQUEST-----
MIICXzCCAUcCAQAwGjEYMBYGA1UEAwwPYXBpLmV4YW1wbGUuY29tMIIBIjANBgkq
hkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArxmGwcNwjOtrX2wNIo56j4HzrOu+4rTE
nO97OEKKOr/XaC3NNpy+H2mmPFlbkPzPzrJYloEQ2U8LmhF185T8l/sUZiUJ5S5l
En9lTjUxuUBsTRfC7nk7YOD+IT94JYummSYN9oAK37mQl8EtbxZZbT4metr/Bum1
jUj9zLc3jPjvEb+sw1+xWlzSubWss28cZRerF0xYHD7zCqV1GLzfYBzE8O5BxvJI
xEw+fuUBlXKEr50kJ7KpVLYgXLNPKGrB8LQ1Zph7RQ8ONboLGRoAjW24rZ2lM1n9
Kg/6sTdS1Zt0G8ka4ueTNL0ZwldNAvnhQ6HR0dM6SZnY2d39zzNEiQIDAQABoAAw
DQYJKoZIhvcNAQELBQADggEBAHI6hmvFiP4Pvc2Sg3sBK3s0FKDd3I569EBr7Ugg
i3aOMBbFoKTfg3QBfoqflFePjzIVR7E35loJqaN1DT6k4X8MqTR44kRbEj9pzsAg
RmZ+zFCl4HW52ifzBMcpGncKEY/eDnZ+KMwdLSfdqa1SUZPpsRWx+XznnZKhF0rA
lTE2bJ6IHte5YKPMmKfKwW5RXT3wX57xk1lZ0FQi6Ux6MlLonDkSa3WUkhxhcj6C
BuEp9cXFc5j0E1xf81iuDjJSJZVwBGrTSWZJC3K6kFcdEWXhULuicaQXvBlkSDEN
Eb1yK7Nc+xJeQ6noSTmWAoZIR0Lzk68f8JBqMvKcJ03Hvh4=
-----END CERTIFICATE REQUEST-----
";

    /// `openssl req -in test.csr -outform DER | openssl md5`
    pub const TEST_CSR_MD5: &str = "545f4d3afab15f4b67ac948988072357";

    /// `openssl req -in test.csr -outform DER | openssl sha256`
    pub const TEST_CSR_SHA256: &str =
        "0535905c57194bd372d0a13efba86afdf6e61f54b1eaafe9eae57d778eb79ebc";
}
