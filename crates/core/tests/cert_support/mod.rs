//! Shared by the certificate and bundle tests: fixture files, a scratch folder the test owns, and
//! the `openssl` / `keytool` command-line tools as independent checkers.

#![allow(dead_code, missing_docs)]

use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::atomic::{AtomicUsize, Ordering},
    time::{SystemTime, UNIX_EPOCH},
};

/// 2026-06-01T00:00:00Z: inside the fixtures' leaf validity (2026-01-01 .. 2027-01-01).
pub const NOW: i64 = 1_780_272_000;

/// Password of `certs/rsa-leaf.encrypted.key`.
pub const FIXTURE_KEY_PASSWORD: &str = "fixture-key-pass";

/// `tests/fixtures` at the repository root.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// The bytes of `tests/fixtures/<relative>`.
pub fn fixture(relative: &str) -> Vec<u8> {
    let path = fixtures_dir().join(relative);
    std::fs::read(&path).unwrap_or_else(|err| panic!("fixture {}: {err}", path.display()))
}

/// The text of `tests/fixtures/<relative>`.
pub fn fixture_text(relative: &str) -> String {
    String::from_utf8(fixture(relative)).expect("fixture is UTF-8")
}

/// The absolute path of `tests/fixtures/<relative>`.
pub fn fixture_path(relative: &str) -> PathBuf {
    fixtures_dir().join(relative)
}

/// A folder under the system temp dir, removed when dropped. Only tests write files.
pub struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    pub fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        let path = std::env::temp_dir().join(format!(
            "trustocean-{label}-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).expect("create scratch dir");
        Self { path }
    }

    /// Writes `name` into the folder and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path.join(name);
        std::fs::write(&path, bytes).expect("write scratch file");
        path
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Output of a command-line tool.
pub struct ToolOutput {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `program` with `args`; panics only if it cannot be started.
pub fn run(program: &str, args: &[&str]) -> ToolOutput {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|err| panic!("cannot run {program}: {err}"));
    ToolOutput {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `openssl` and asserts that it succeeded; returns stdout.
pub fn openssl_ok(args: &[&str]) -> String {
    let output = run("openssl", args);
    assert!(
        output.success,
        "openssl {} failed:\n{}\n{}",
        args.join(" "),
        output.stdout,
        output.stderr
    );
    output.stdout
}

/// Whether a program is on PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// `path` as `&str` for command lines.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// The reason code of a rejection.
pub fn code<T: std::fmt::Debug>(result: trustocean_core::Result<T>) -> &'static str {
    result
        .expect_err("the input must be refused")
        .reason_code()
        .expect("a rejection carries a reason code")
}
