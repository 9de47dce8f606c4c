//! Domain names and IP addresses: normalisation, validation and product rules.
