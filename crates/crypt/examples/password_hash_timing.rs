//! Prints the median time of one Argon2id hash and one verification with the default
//! (production) parameters on this machine. Run by `bench/accounts.sh`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use braid_crypt::{PasswordHasher, PasswordParams, SecretString};

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[samples.len() / 2]
}

fn main() {
    let params = PasswordParams::default();
    let hasher = PasswordHasher::new(params).expect("hasher");
    let password = SecretString::new("a long and quiet river".to_owned());
    let mut hashes = Vec::new();
    let mut verifications = Vec::new();
    for _ in 0..15 {
        let started = Instant::now();
        let stored = hasher.hash(&password).expect("hash");
        hashes.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        let _ = hasher.verify(&password, &stored);
        verifications.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "argon2id m={} KiB t={} p={}: hash {:.1} ms, verify {:.1} ms (median of 15)",
        params.memory_kib,
        params.iterations,
        params.parallelism,
        median(hashes),
        median(verifications)
    );
}
