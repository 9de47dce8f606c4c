//! Replays the fuzz corpus through the fuzzing entry points: every seed under
//! `crates/fuzz/corpus/<target>/` and every crash reproducer under
//! `crates/fuzz/regressions/<target>/`. A short, stable stand-in for the fuzzer in `cargo test`
//! (the fuzzing itself is `make fuzz`); a panic in any target fails it, naming the file.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use trustocean_core::fuzzing::TARGETS;

/// Fewest seeds a target may have: below this its corpus is too thin to start the fuzzer from.
const MIN_SEEDS: usize = 5;

/// The longest one input may take in this (unoptimised) build before it counts as a hang.
const SLOW_INPUT: Duration = Duration::from_secs(5);

/// The fuzz crate, which holds the corpus next to the targets.
fn fuzz_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

/// The files directly in `dir`, sorted; none when it does not exist.
fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn every_seed_and_reproducer_runs_without_panicking() {
    let mut failures = Vec::new();
    for (name, target) in TARGETS {
        let seeds = files(&fuzz_dir().join("corpus").join(name));
        assert!(
            seeds.len() >= MIN_SEEDS,
            "target {name} has {} seeds in crates/fuzz/corpus/{name}; it needs at least {MIN_SEEDS}",
            seeds.len()
        );
        let reproducers = files(&fuzz_dir().join("regressions").join(name));

        for path in seeds.iter().chain(&reproducers) {
            let input = std::fs::read(path).expect("corpus file");
            let started = Instant::now();
            // Caught so that every failing file is named, not just the first.
            if panic::catch_unwind(AssertUnwindSafe(|| target(&input))).is_err() {
                failures.push(format!("{}: panicked", path.display()));
            }
            if started.elapsed() > SLOW_INPUT {
                failures.push(format!("{}: took {:?}", path.display(), started.elapsed()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn corpus_directories_and_fuzz_targets_match_the_entry_points() {
    let names: Vec<&str> = TARGETS.iter().map(|(name, _)| *name).collect();
    for kind in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz_dir().join(kind)) else {
            continue;
        };
        for entry in entries {
            let entry = entry.expect("directory entry");
            let dir = entry.file_name().to_string_lossy().into_owned();
            assert!(
                names.contains(&dir.as_str()),
                "crates/fuzz/{kind}/{dir} belongs to no target of trustocean_core::fuzzing::TARGETS"
            );
        }
    }

    let manifest =
        std::fs::read_to_string(fuzz_dir().join("Cargo.toml")).expect("the fuzz crate's manifest");
    for name in names {
        assert!(
            fuzz_dir()
                .join("fuzz_targets")
                .join(format!("{name}.rs"))
                .is_file(),
            "no fuzz target crates/fuzz/fuzz_targets/{name}.rs"
        );
        assert!(
            manifest.contains(&format!("name = \"{name}\"")),
            "crates/fuzz/Cargo.toml has no [[bin]] named {name}"
        );
    }
}
