//! Link settings for the `braid` executable.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let linux_gnu = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if linux_gnu {
        // Relative relocations packed (DT_RELR, glibc 2.36 and binutils 2.38 or later): the
        // position-independent executable's 45,000 of them take kilobytes instead of 1 MB,
        // which the loader read at every start and which stayed resident.
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
