//! Push decryption, per 6 KB issuance push: the module's constant-time path (AWS-LC's blinded
//! RSA, constant-time unpadding with implicit rejection) against the `rsa` crate's PKCS#1 v1.5
//! decryption (not constant-time, RUSTSEC-2023-0071), with 1024 and 2048-bit keys; and the
//! module's time for a good push against the same push with every block altered, which must
//! not differ.
//!
//! Run with `make bench`; prints medians, never fails on a slow machine.

use std::hint::black_box;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rsa::pkcs8::DecodePrivateKey as _;
use trustocean_core::push::{self, PushKey};

const ROUNDS: usize = 41;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time(rounds: usize, mut job: impl FnMut()) -> Duration {
    job();
    median(
        (0..rounds)
            .map(|_| {
                let started = Instant::now();
                job();
                started.elapsed()
            })
            .collect(),
    )
}

fn event() -> Vec<u8> {
    let body = "MIIFazCCBFOgAwIBAgIQ".repeat(290);
    format!(r#"{{"type":"cert_issued","trustocean_id":100001,"cert_code":"{body}"}}"#).into_bytes()
}

fn blocks(sealed: &str, size: usize) -> Vec<Vec<u8>> {
    let body = sealed.lines().nth(1).unwrap_or_default();
    body.as_bytes()
        .chunks(size.div_ceil(3) * 4)
        .filter_map(|chunk| STANDARD.decode(chunk).ok())
        .collect()
}

fn main() {
    println!("push decryption, 6 KB issuance push, median of {ROUNDS} runs");
    println!(
        "{:<6} {:>16} {:>16} {:>8} {:>16} {:>10}",
        "bits", "module (ct)", "rsa crate", "ratio", "tampered push", "good/bad"
    );
    let event = event();

    for bits in [1024usize, 2048] {
        let pair = match push::generate(bits) {
            Ok(pair) => pair,
            Err(error) => {
                eprintln!("cannot make a {bits}-bit key: {error}");
                return;
            }
        };
        let (Ok(key), Ok(sealed), Ok(baseline_key)) = (
            PushKey::from_pem(&pair.private_key_pem),
            push::encrypt(&pair.public_key_pem, &event),
            rsa::PrivateKey::from_pkcs8_pem(&pair.private_key_pem),
        ) else {
            eprintln!("cannot prepare the {bits}-bit case");
            return;
        };
        let ciphertext = blocks(&sealed, bits / 8);
        // Every block altered below its top bytes: still under the modulus, so each one goes
        // through the private operation and fails the padding check.
        let tampered = STANDARD.encode(
            ciphertext
                .iter()
                .flat_map(|block| {
                    let mut block = block.clone();
                    block[bits / 16] ^= 0x01;
                    block
                })
                .collect::<Vec<u8>>(),
        );

        let module = time(ROUNDS, || {
            black_box(key.decrypt(black_box(&sealed)).ok());
        });
        let rsa_crate = time(ROUNDS, || {
            let mut plain = Vec::new();
            for block in &ciphertext {
                if let Ok(part) = baseline_key.pkcs1v15_decrypt(black_box(block)) {
                    plain.extend(part);
                }
            }
            black_box(plain);
        });
        let bad = time(ROUNDS, || {
            black_box(key.decrypt(black_box(&tampered)).ok());
        });

        println!(
            "{bits:<6} {:>13.3} ms {:>13.3} ms {:>8.2} {:>13.3} ms {:>10.3}",
            module.as_secs_f64() * 1e3,
            rsa_crate.as_secs_f64() * 1e3,
            module.as_secs_f64() / rsa_crate.as_secs_f64(),
            bad.as_secs_f64() * 1e3,
            module.as_secs_f64() / bad.as_secs_f64(),
        );
    }
}
