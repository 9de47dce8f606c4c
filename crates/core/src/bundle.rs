//! Download bundles: one zip per order with the certificate in every server format.
