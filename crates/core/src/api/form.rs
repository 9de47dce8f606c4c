//! How a typed request checks itself and becomes form fields.

use crate::error::Result;

/// A request body of the v5 API.
pub trait FormRequest {
    /// Refuses input the API would refuse, naming the field, before anything is sent.
    fn validate(&self) -> Result<()> {
        Ok(())
    }

    /// The form fields, without `username` and `password` (the client adds those).
    fn form_fields(&self) -> Vec<(&'static str, String)>;
}
