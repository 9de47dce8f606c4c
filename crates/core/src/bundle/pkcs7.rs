//! PKCS#7 / CMS "certs-only" SignedData (`.p7b`): certificates and nothing else, as Windows,
//! Java keytool and OpenSSL read it. Small enough to encode by hand.
//!
//! ```text
//! ContentInfo ::= SEQUENCE { contentType signedData, content [0] EXPLICIT SignedData }
//! SignedData  ::= SEQUENCE { version 1, digestAlgorithms SET {}, encapContentInfo
//!                 SEQUENCE { id-data }, certificates [0] IMPLICIT SET OF Certificate,
//!                 signerInfos SET {} }
//! ```

use crate::certificate::Certificate;

/// DER of OID 1.2.840.113549.1.7.2 (signedData), tag and length included.
const OID_SIGNED_DATA: [u8; 11] = [
    0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02,
];
/// DER of OID 1.2.840.113549.1.7.1 (data), tag and length included.
const OID_DATA: [u8; 11] = [
    0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01,
];

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const INTEGER: u8 = 0x02;
/// `[0]` constructed, context-specific.
const CONTEXT_0: u8 = 0xA0;

/// The certificates, in the given order, as a DER PKCS#7 certs-only SignedData.
pub fn pkcs7_der(certificates: &[Certificate]) -> Vec<u8> {
    let certificate_bytes: Vec<u8> = certificates
        .iter()
        .flat_map(|certificate| certificate.der().iter().copied())
        .collect();

    let signed_data = [
        tlv(INTEGER, &[0x01]),
        tlv(SET, &[]),
        tlv(SEQUENCE, &OID_DATA),
        tlv(CONTEXT_0, &certificate_bytes),
        tlv(SET, &[]),
    ]
    .concat();
    let content_info = [
        OID_SIGNED_DATA.to_vec(),
        tlv(CONTEXT_0, &tlv(SEQUENCE, &signed_data)),
    ]
    .concat();
    tlv(SEQUENCE, &content_info)
}

/// The same as PEM (`-----BEGIN PKCS7-----`).
pub fn pkcs7_pem(certificates: &[Certificate]) -> String {
    let config = pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF);
    pem::encode_config(&pem::Pem::new("PKCS7", pkcs7_der(certificates)), config)
}

/// One DER tag-length-value.
fn tlv(tag: u8, value: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.len() + 6);
    out.push(tag);
    push_length(&mut out, value.len());
    out.extend_from_slice(value);
    out
}

/// DER definite length: short form below 128, else the minimal big-endian bytes.
fn push_length(out: &mut Vec<u8>, length: usize) {
    if length < 0x80 {
        // Checked just above: fits in 7 bits.
        out.push(u8::try_from(length).unwrap_or(0x7F));
        return;
    }
    let bytes = length.to_be_bytes();
    let first = bytes
        .iter()
        .position(|b| *b != 0)
        .unwrap_or(bytes.len() - 1);
    let significant = &bytes[first..];
    // At most size_of::<usize>() bytes, far below 0x7F.
    out.push(0x80 | u8::try_from(significant.len()).unwrap_or(0x7F));
    out.extend_from_slice(significant);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_use_minimal_der_forms() {
        assert_eq!(tlv(0x04, &[]), vec![0x04, 0x00]);
        assert_eq!(tlv(0x04, &[0; 127])[..2], [0x04, 0x7F]);
        assert_eq!(tlv(0x04, &[0; 128])[..3], [0x04, 0x81, 0x80]);
        assert_eq!(tlv(0x04, &[0; 256])[..4], [0x04, 0x82, 0x01, 0x00]);
    }

    #[test]
    fn empty_bundle_is_well_formed() {
        let der = pkcs7_der(&[]);
        assert_eq!(der[0], SEQUENCE);
        assert_eq!(usize::from(der[1]) + 2, der.len());
    }
}
