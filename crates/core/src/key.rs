//! Private keys: generation, parsing and export, with nothing kept after a call returns.
