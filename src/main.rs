use clap::Parser;

/// glibc's allocator settings for this process (docs/console.md, "Memory"): large
/// blocks (≥ 1 MiB: a page of a thread, a file, an upload) get mappings of their
/// own, given back to the system when freed, and two arenas bound how far small
/// blocks scatter.
const TUNABLES: &str = "glibc.malloc.mmap_threshold=1048576:glibc.malloc.arena_max=2";

/// glibc reads its tunables once, before `main`: the process starts itself again
/// with them set (same pid, arguments and file descriptors). An operator's own
/// `GLIBC_TUNABLES` is left as it is.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    use std::os::unix::process::CommandExt;
    if std::env::var_os("GLIBC_TUNABLES").is_some() {
        return;
    }
    let mut args = std::env::args_os();
    let name = args.next().unwrap_or_else(|| "passerelle".into());
    let err = std::process::Command::new("/proc/self/exe")
        .arg0(name)
        .args(args)
        .env("GLIBC_TUNABLES", TUNABLES)
        .exec();
    // exec returns only when it failed: go on with the default settings.
    eprintln!("note: running without the allocator settings ({err})");
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}

fn main() -> std::process::ExitCode {
    tune_allocator();
    run()
}

#[tokio::main]
async fn run() -> std::process::ExitCode {
    passerelle::telemetry::init();
    let cli = passerelle::cli::Cli::parse();
    match passerelle::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
