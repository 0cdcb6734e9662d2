//! The server's memory allocator: jemalloc, in place of the C library's malloc for the whole
//! process (SQLite's allocations included), with its settings built in from
//! `.cargo/config.toml`: one arena per core, used by whichever thread runs on that core, and
//! freed pages returned to the system by jemalloc's background thread after about a second.
//!
//! Measured on the benchmark's hub (bench/compare.sh, 2,000 pages), against glibc's malloc
//! with the tunables the server used to restart itself with: 20–25% more searches/s, as
//! glibc's arenas were shared by more threads than cores and their locks contended; idle RSS
//! no higher. glibc's arenas also made some starts 10–35% slower than others for as long as
//! they lived, depending on which threads first allocated in which arena; a thread here uses
//! the arena of the core it runs on.

#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
