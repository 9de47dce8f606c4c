//! Contract tests against the sandbox: each failure becomes the right error, without the token.

mod support;

use std::net::TcpListener;
use std::time::Duration;

use trustocean_core::Error;
use trustocean_sandbox::{ErrorMode, FaultConfig};

#[test]
fn a_wrong_token_is_an_api_error_that_hides_the_token() {
    let fixture = support::fixture();
    let client = support::client_for(
        &fixture.sandbox.base_url(),
        "wrong-token-123",
        Duration::from_secs(5),
    );

    let error = client.ping().expect_err("wrong token");

    assert!(matches!(error, Error::Api { code: 778804, .. }), "{error}");
    assert!(error.to_string().contains("API token"), "{error}");
    assert!(!error.to_string().contains("wrong-token-123"));
    assert!(!format!("{error:?}").contains("wrong-token-123"));
    assert!(!format!("{client:?}").contains("wrong-token-123"));
}

#[test]
fn an_unknown_order_is_778807() {
    let fixture = support::fixture();

    let error = fixture
        .client
        .get_ssl_details(999_999)
        .expect_err("unknown order");

    assert!(
        matches!(
            error,
            Error::Api {
                code: 778807,
                method: "getSSLDetails",
                ..
            }
        ),
        "{error}"
    );
}

#[test]
fn an_unreachable_host_is_a_transport_error_naming_it() {
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("free port")
        .local_addr()
        .expect("addr")
        .port();
    let client = support::client_for(
        &format!("http://127.0.0.1:{port}"),
        "token",
        Duration::from_secs(5),
    );

    let error = client.ping().expect_err("nothing listens");

    assert!(matches!(error, Error::Transport { .. }), "{error}");
    assert!(
        error.to_string().contains(&format!("127.0.0.1:{port}")),
        "{error}"
    );
}

#[test]
fn a_slow_server_is_a_timeout() {
    let fixture = support::fixture_with(FaultConfig {
        latency_ms: 3000,
        ..FaultConfig::default()
    });
    let client = support::client_for(
        &fixture.sandbox.base_url(),
        trustocean_sandbox::DEFAULT_TOKEN,
        Duration::from_millis(500),
    );

    let error = client.ping().expect_err("too slow");

    assert!(matches!(error, Error::Timeout { .. }), "{error}");
}

#[test]
fn a_non_json_body_is_a_decode_error_with_an_excerpt() {
    let fixture = support::fixture_with(FaultConfig {
        malformed_rate: 1.0,
        ..FaultConfig::default()
    });

    let error = fixture.client.get_profile_info().expect_err("malformed");

    assert!(
        matches!(error, Error::Decode { status: 200, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("began with"), "{error}");
}

#[test]
fn an_http_500_page_is_a_decode_error_with_its_status() {
    let fixture = support::fixture_with(FaultConfig {
        error_rate: 1.0,
        error_mode: ErrorMode::Http500,
        ..FaultConfig::default()
    });

    let error = fixture.client.ping().expect_err("HTTP 500");

    assert!(
        matches!(error, Error::Decode { status: 500, .. }),
        "{error}"
    );
}

#[test]
fn a_dropped_connection_is_a_transport_error() {
    let fixture = support::fixture_with(FaultConfig {
        drop_rate: 1.0,
        ..FaultConfig::default()
    });

    let error = fixture.client.ping().expect_err("dropped");

    assert!(matches!(error, Error::Transport { .. }), "{error}");
}

#[test]
fn a_slow_body_still_arrives_whole() {
    let fixture = support::fixture_with(FaultConfig {
        slow_body_rate: 1.0,
        slow_body_delay_ms: 5,
        slow_body_chunk_bytes: 64,
        ..FaultConfig::default()
    });

    let catalog = fixture
        .client
        .get_product_list()
        .expect("slow but complete");

    assert!(catalog.get(46).is_some());
}

#[test]
fn injected_api_errors_keep_their_code() {
    let fixture = support::fixture_with(FaultConfig {
        error_rate: 1.0,
        ..FaultConfig::default()
    });

    let error = fixture.client.ping().expect_err("injected");

    assert_eq!(
        error.api_code(),
        Some(trustocean_sandbox::faults::INJECTED_ERROR_CODE)
    );
}
