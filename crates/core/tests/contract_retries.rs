//! Reads whose answer was lost are asked again with a pause; writes are sent exactly once.

mod support;

use std::time::Duration;

use trustocean_core::{Client, ClientConfig, Credentials, Endpoint, Error};
use trustocean_sandbox::FaultConfig;

fn journaled(fixture: &support::Fixture) -> Client {
    let credentials = Credentials::new(
        trustocean_sandbox::DEFAULT_USERNAME,
        trustocean_sandbox::DEFAULT_TOKEN,
    )
    .expect("credentials");
    let endpoint = Endpoint::parse(&fixture.sandbox.base_url()).expect("endpoint");
    Client::new(
        ClientConfig::new(credentials, endpoint)
            .timeout(Duration::from_secs(10))
            .journal(16),
    )
    .expect("client")
}

#[test]
fn a_read_whose_answer_never_arrives_is_asked_again_then_fails() {
    let fixture = support::fixture_with(FaultConfig {
        drop_rate: 1.0,
        ..FaultConfig::default()
    });
    let client = journaled(&fixture);

    let error = client
        .get_profile_info()
        .expect_err("every answer is dropped");

    assert!(matches!(error, Error::Transport { .. }), "{error}");
    assert_eq!(client.take_journal().len(), Client::READ_ATTEMPTS as usize);
}

#[test]
fn a_read_succeeds_once_an_answer_arrives() {
    let fixture = support::fixture();
    let client = journaled(&fixture);
    fixture.set_faults(r#"{"drop_rate": 1.0}"#);

    let retried = std::thread::scope(|scope| {
        let call = scope.spawn(|| client.get_profile_info());
        // The first attempt is dropped; the pause before the second lets the faults stop.
        std::thread::sleep(Duration::from_millis(100));
        fixture.set_faults(r#"{"drop_rate": 0.0}"#);
        call.join().expect("no panic")
    });

    retried.expect("the second attempt is answered");
    assert!(client.take_journal().len() >= 2);
}

#[test]
fn a_write_whose_answer_is_lost_is_never_sent_again() {
    let fixture = support::fixture_with(FaultConfig {
        malformed_rate: 1.0,
        methods: vec!["createNewUniqueId".to_owned()],
        ..FaultConfig::default()
    });
    let client = journaled(&fixture);

    let error = client
        .create_new_unique_id()
        .expect_err("the answer is cut");

    assert!(matches!(error, Error::Decode { .. }), "{error}");
    assert_eq!(client.take_journal().len(), 1);
}

#[test]
fn an_api_refusal_of_a_read_is_not_retried() {
    let fixture = support::fixture_with(FaultConfig {
        error_rate: 1.0,
        ..FaultConfig::default()
    });
    let client = journaled(&fixture);

    let error = client.ping().expect_err("refused");

    assert!(matches!(error, Error::Api { .. }), "{error}");
    assert_eq!(client.take_journal().len(), 1);
}
