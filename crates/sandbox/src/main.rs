//! The `trustocean-sandbox` binary: parse the options, start the sandbox, serve until Ctrl-C.

use std::process::ExitCode;

use trustocean_sandbox::cli::Cli;

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Cli::parse_with_help().into_config() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("trustocean-sandbox: {err}");
            return ExitCode::FAILURE;
        }
    };

    let running = match trustocean_sandbox::start(config).await {
        Ok(running) => running,
        Err(err) => {
            eprintln!("trustocean-sandbox: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Scripts read this line to find the port.
    println!("listening on {}", running.base_url());

    wait_for_stop_signal().await;
    eprintln!("trustocean-sandbox: stopping");
    match running.shutdown().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("trustocean-sandbox: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Resolves on Ctrl-C, or on SIGTERM where there is one (service managers and scripts send it).
async fn wait_for_stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
