//! Private keys: generation, parsing and export, with nothing kept after a call returns.
//!
//! * [`generate`] makes RSA 2048/3072/4096 or ECDSA P-256/P-384 keys.
//! * [`parse`] reads PKCS#8 (plain or encrypted), PKCS#1 and SEC1 keys, PEM or DER.
//! * [`PrivateKey`] exports PKCS#8 PEM or DER, plain or encrypted (PBES2, AES-256-CBC), and
//!   gives the public key to compare with a CSR or certificate.
//!
//! Key bytes are held in [`zeroize::Zeroizing`] buffers or in the crypto library, which wipes its
//! memory when it frees it; `Debug` never shows them, and no function writes a file or caches.

pub(crate) mod armor;
mod encryption;
mod generate;
mod kind;
mod parse;
mod private_key;

pub use encryption::PBKDF2_ITERATIONS;
pub use generate::generate;
pub use kind::{Curve, KeyKind};
pub use parse::{MAX_KEY_INPUT, parse};
pub use private_key::{MAX_RSA_BITS, MIN_RSA_BITS, PrivateKey};
