//! Shared by the key and CSR tests: fixture files and the `openssl` command line as an
//! independent cross-check.

#![allow(dead_code, missing_docs)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Password of every encrypted key fixture (see `tests/fixtures/keys/CASES.md`).
pub const FIXTURE_PASSWORD: &str = "correct-horse-battery";

fn fixtures_dir(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(kind)
}

/// The bytes of `tests/fixtures/keys/<name>`.
pub fn key_fixture(name: &str) -> Vec<u8> {
    let path = fixtures_dir("keys").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

/// The bytes of `tests/fixtures/csr/<name>`.
pub fn csr_fixture(name: &str) -> Vec<u8> {
    let path = fixtures_dir("csr").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

/// What an `openssl` run printed.
pub struct OpensslRun {
    pub success: bool,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

/// Runs `openssl <args>` with `input` on stdin.
pub fn openssl(args: &[&str], input: &[u8]) -> OpensslRun {
    let mut child = Command::new("openssl")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the openssl command line is installed");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("openssl reads its input");
    let output = child.wait_with_output().expect("openssl runs");
    OpensslRun {
        success: output.status.success(),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Like [`openssl`], failing the test if openssl does.
pub fn openssl_ok(args: &[&str], input: &[u8]) -> Vec<u8> {
    let run = openssl(args, input);
    assert!(run.success, "openssl {args:?} failed: {}", run.stderr);
    run.stdout
}

/// The reason code of a rejected result.
pub fn reason<T: std::fmt::Debug>(result: trustocean_core::Result<T>) -> &'static str {
    result
        .expect_err("the input is refused")
        .reason_code()
        .expect("a local refusal has a reason code")
}
