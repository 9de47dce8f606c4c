//! The `TrustOcean\...` exception hierarchy.
//!
//! The classes are plain internal classes registered with [`ClassBuilder`] at module startup, so
//! they behave exactly like userland exceptions: `getFile()`/`getLine()` point at the PHP caller,
//! PHP code can `new` and extend them, and `getCode()` carries the code given at construction.
//!
//! ```text
//! \Exception
//!  └─ TrustOcean\Exception                  (public $apiMethod = '', public $reasonCode = '',
//!                                            public $findings = [])
//!      ├─ TrustOcean\ApiException           the API answered status=error; getCode() = error_code
//!      ├─ TrustOcean\TransportException     connect/TLS/IO failure, timeout, undecodable body
//!      └─ TrustOcean\InvalidArgumentException  an argument or field has the wrong shape or value
//! ```

use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::{
    builders::{ClassBuilder, ClassProperty},
    convert::IntoZval,
    error::Result,
    exception::PhpException,
    flags::PropertyFlags,
    types::{ZendEmptyArray, Zval},
    zend::{ClassEntry, ce},
};

/// Name of the property, declared on `TrustOcean\Exception`, that holds the API method name.
pub const API_METHOD_PROPERTY: &str = "apiMethod";

/// Name of the property, declared on `TrustOcean\Exception`, that holds the stable reason code.
pub const REASON_CODE_PROPERTY: &str = "reasonCode";

/// Name of the property, declared on `TrustOcean\Exception`, that lists every problem found
/// (`['code', 'severity', 'subject', 'message']` each).
pub const FINDINGS_PROPERTY: &str = "findings";

/// The exception classes this extension registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `TrustOcean\Exception`, the base of every exception thrown by the extension.
    Base,
    /// `TrustOcean\ApiException`: the API answered `status=error`.
    Api,
    /// `TrustOcean\TransportException`: the request did not produce a usable answer.
    Transport,
    /// `TrustOcean\InvalidArgumentException`: the caller passed something unusable.
    InvalidArgument,
}

impl Kind {
    /// Every kind, parents before children (the registration order).
    const ALL: [Kind; 4] = [
        Kind::Base,
        Kind::Api,
        Kind::Transport,
        Kind::InvalidArgument,
    ];

    /// The fully qualified PHP class name.
    pub const fn class_name(self) -> &'static str {
        match self {
            Kind::Base => "TrustOcean\\Exception",
            Kind::Api => "TrustOcean\\ApiException",
            Kind::Transport => "TrustOcean\\TransportException",
            Kind::InvalidArgument => "TrustOcean\\InvalidArgumentException",
        }
    }

    fn slot(self) -> &'static AtomicPtr<ClassEntry> {
        match self {
            Kind::Base => &BASE_CE,
            Kind::Api => &API_CE,
            Kind::Transport => &TRANSPORT_CE,
            Kind::InvalidArgument => &INVALID_ARGUMENT_CE,
        }
    }

    /// The registered class entry, or PHP's `\Exception` if module startup has not registered it
    /// (which only happens if startup failed, in which case PHP refuses to load the module).
    pub fn class_entry(self) -> &'static ClassEntry {
        let ptr = self.slot().load(Ordering::Acquire);
        // SAFETY: the pointer is either null or was stored by `registration` from the
        // `&'static mut ClassEntry` PHP handed out for a class registered in MINIT; internal class
        // entries live until module shutdown, i.e. for as long as any PHP code can run.
        unsafe { ptr.as_ref() }.unwrap_or_else(ce::exception)
    }
}

// Plain atomics rather than `OnceLock`: a SAPI may run MINIT again in the same process, and the
// fresh class entries must replace the old ones.
static BASE_CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());
static API_CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());
static TRANSPORT_CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());
static INVALID_ARGUMENT_CE: AtomicPtr<ClassEntry> = AtomicPtr::new(std::ptr::null_mut());

fn base_class_entry() -> &'static ClassEntry {
    Kind::Base.class_entry()
}

/// Registers the four exception classes. Must run inside module startup (MINIT).
pub fn register() -> Result<()> {
    for kind in Kind::ALL {
        let builder = ClassBuilder::new(kind.class_name());
        let builder = match kind {
            Kind::Base => builder
                .extends((ce::exception, "\\Exception"))
                .property(string_property(
                    API_METHOD_PROPERTY,
                    &["The TrustOcean API method of the failed call, e.g. \"addSSLOrder\"; \"\" when the error is not tied to one."],
                ))
                .property(string_property(
                    REASON_CODE_PROPERTY,
                    &["A stable code for what was refused, e.g. \"csr.rsa_key_too_small\", for translations; \"\" for failed API calls."],
                ))
                .property(empty_array_property(
                    FINDINGS_PROPERTY,
                    &["Every problem found, as ['code', 'severity', 'subject', 'message'] arrays; [] when there is no list."],
                )),
            _ => builder.extends((base_class_entry, "\\TrustOcean\\Exception")),
        };
        let builder = match kind {
            Kind::Base => builder.registration(|ce, _| store(Kind::Base, ce)),
            Kind::Api => builder.registration(|ce, _| store(Kind::Api, ce)),
            Kind::Transport => builder.registration(|ce, _| store(Kind::Transport, ce)),
            Kind::InvalidArgument => builder.registration(|ce, _| store(Kind::InvalidArgument, ce)),
        };
        builder.register()?;
    }
    Ok(())
}

fn store(kind: Kind, ce: &'static mut ClassEntry) {
    kind.slot().store(ce, Ordering::Release);
}

/// A `public $name = '';` property of `TrustOcean\Exception`. Internal classes may only declare
/// non-refcounted defaults, hence the interned empty string.
fn string_property(name: &str, docs: &'static [&'static str]) -> ClassProperty {
    ClassProperty {
        name: name.into(),
        flags: PropertyFlags::Public,
        default: Some(Box::new(|| {
            let mut zv = Zval::new();
            zv.set_interned_string("", true)?;
            Ok(zv)
        })),
        docs,
        ty: None,
        nullable: false,
        readonly: false,
        default_stub: Some("''".into()),
    }
}

/// A `public $name = [];` property of `TrustOcean\Exception`: PHP's shared immutable empty
/// array is the one array an internal class may use as a default.
fn empty_array_property(name: &str, docs: &'static [&'static str]) -> ClassProperty {
    ClassProperty {
        name: name.into(),
        flags: PropertyFlags::Public,
        default: Some(Box::new(|| ZendEmptyArray.into_zval(true))),
        docs,
        ty: None,
        nullable: false,
        readonly: false,
        default_stub: Some("[]".into()),
    }
}

/// Builds a `PhpException` of the given kind, constructed like `new $kind($message, $code)` and
/// with `$apiMethod` set, ready to be returned from a method.
///
/// If the object cannot be built (which would be an engine-level failure), the exception is
/// still thrown with the right class, message and code, only without `$apiMethod`.
pub fn build(kind: Kind, message: String, code: i64, api_method: &str) -> PhpException {
    build_with_reason(kind, message, code, api_method, "")
}

/// Like [`build`], also setting `$reasonCode` when `reason_code` is not empty.
pub fn build_with_reason(
    kind: Kind,
    message: String,
    code: i64,
    api_method: &str,
    reason_code: &str,
) -> PhpException {
    build_with_findings(kind, message, code, api_method, reason_code, None)
}

/// Like [`build_with_reason`], also setting `$findings` to `findings` (a PHP list).
pub fn build_with_findings(
    kind: Kind,
    message: String,
    code: i64,
    api_method: &str,
    reason_code: &str,
    findings: Option<Zval>,
) -> PhpException {
    let ce = kind.class_entry();
    let short_code = i32::try_from(code).unwrap_or_default();
    match instantiate(ce, &message, code, api_method, reason_code, findings) {
        Ok(object) => PhpException::new(message, short_code, ce).with_object(object),
        Err(_) => PhpException::new(message, short_code, ce),
    }
}

fn instantiate(
    ce: &'static ClassEntry,
    message: &str,
    code: i64,
    api_method: &str,
    reason_code: &str,
    findings: Option<Zval>,
) -> Result<Zval> {
    let mut object = ce.new();
    object.try_call_method("__construct", vec![&message, &code])?;
    if !api_method.is_empty() {
        object.set_property(API_METHOD_PROPERTY, api_method)?;
    }
    if !reason_code.is_empty() {
        object.set_property(REASON_CODE_PROPERTY, reason_code)?;
    }
    if let Some(findings) = findings {
        object.set_property(FINDINGS_PROPERTY, findings)?;
    }
    object.into_zval(false)
}
