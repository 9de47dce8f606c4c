//! Certificates and chains: parsing, fingerprints, chain order, and matching a CSR or key.
