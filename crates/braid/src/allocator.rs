//! The C allocator's settings for the long-running server.
//!
//! glibc raises its mmap threshold to the size of each large block freed (up to 32 MiB). After
//! that, blocks of that size are carved from per-thread arenas, and what is freed there stays
//! resident: a server that had indexed 2,000 new pages kept about 30 MB it no longer used.
//! A fixed threshold keeps every large block in a mapping of its own, returned when freed.
//! `mallopt` would need `unsafe`, which no crate here allows; glibc's supported alternative is
//! its tunables, read from the environment when a program starts. So `braid serve` runs itself
//! once more, straight away, with them set.

/// `mmap_threshold`, 512 KiB: blocks that size and larger (Argon2id's 32 MiB, the index writer's
/// tables and queues) get mappings of their own; smaller ones, such as the buffers of the
/// compressor made for each kept page, are reused from the arenas instead of being mapped and
/// zeroed each time as at glibc's starting 128 KiB.
///
/// `arena_max`, one per core and one more (the main thread's): glibc gives threads arenas of
/// their own up to eight per core, and each keeps what its threads freed. Which threads share
/// an arena depends on the order of their first allocations: the runtime's workers, one per
/// core, and the database pool's threads (one per connection, mostly waiting). Eight per core
/// kept 2 MB more after the benchmark's corpus was written (33.0 MB against 30.3). Two in all,
/// as before, kept no less, and how threads fell into them was down to each start: in some, a
/// signed-in page view made 10–23 futex calls instead of 6, waiting for an arena's lock, and
/// the whole process ran 10–35% slower for as long as it lived. Such starts still happen, more
/// rarely (about 1 in 9); neither five arenas nor making each worker allocate first prevented
/// them.
fn tunables() -> String {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    format!(
        "glibc.malloc.mmap_threshold=524288:glibc.malloc.arena_max={}",
        cores + 1
    )
}

/// Replaces this process with the same program and arguments under [`tunables`], unless the
/// environment already names tunables (an operator's own choice, or this is the second start).
/// Returns only when that did not happen; the server then runs with the defaults.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn restart_with_settings() {
    use std::os::unix::process::CommandExt;

    if std::env::var_os("GLIBC_TUNABLES").is_some() {
        return;
    }
    let Ok(program) = std::env::current_exe() else {
        return;
    };
    let mut arguments = std::env::args_os();
    let mut command = std::process::Command::new(program);
    if let Some(name) = arguments.next() {
        command.arg0(name);
    }
    let error = command
        .args(arguments)
        .env("GLIBC_TUNABLES", tunables())
        .exec();
    eprintln!("note: could not restart with the allocator's settings ({error}); running without");
}

/// Other C libraries return freed memory on their own terms; nothing to set.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn restart_with_settings() {}
