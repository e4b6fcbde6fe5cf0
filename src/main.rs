use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
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
