//! Certificate signing requests: parsing, self-signature check, lint, and generation.
