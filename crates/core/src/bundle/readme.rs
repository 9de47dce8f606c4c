//! `README.txt` of a bundle: what each file is for, and what was left out and why.
//!
//! Every sentence lives in [`PHRASES`], keyed, with `{name}`-style placeholders, so a translation
//! only has to replace that table.

/// Every sentence of the README, by key.
pub const PHRASES: &[(&str, &str)] = &[
    ("title", "Certificate files for {name}"),
    (
        "intro",
        "Each folder holds the certificate in the form one kind of server expects; install the \
         folder that matches your server.",
    ),
    ("files_heading", "Files:"),
    ("apache_crt", "The certificate (Apache SSLCertificateFile)."),
    (
        "apache_ca_bundle",
        "The intermediate CA certificates (Apache SSLCertificateChainFile; on Apache 2.4.8 and \
         later append them to the SSLCertificateFile instead).",
    ),
    (
        "key",
        "The private key, unencrypted. Keep it secret and readable only by the server.",
    ),
    (
        "nginx_pem",
        "The certificate followed by the intermediate CA certificates (nginx ssl_certificate).",
    ),
    (
        "iis_pfx",
        "Certificate, intermediates and private key in one password-protected PKCS#12 file, \
         AES-256 (IIS Manager > Server Certificates > Import).",
    ),
    (
        "iis_pfx_legacy",
        "Certificate, intermediates and private key in one password-protected PKCS#12 file, \
         3DES/SHA-1 for Windows Server 2016 and older (IIS Manager > Server Certificates > \
         Import).",
    ),
    (
        "tomcat_p12",
        "PKCS#12 keystore with the certificate, intermediates and private key under the alias \
         \"{alias}\" (Tomcat certificateKeystoreFile, certificateKeystoreType=\"PKCS12\").",
    ),
    (
        "haproxy_pem",
        "Private key, certificate and intermediates in one file (HAProxy bind ... ssl crt).",
    ),
    (
        "p7b",
        "The certificate and intermediates as PKCS#7 (Windows certificate import, Java keytool \
         -importcert).",
    ),
    (
        "cer",
        "The certificate alone in binary DER form (Windows, Java, network appliances).",
    ),
    ("notes_heading", "Notes:"),
    (
        "note_no_key",
        "No private key was given, so the private key files and the {formats} files are not \
         included. Build the bundle again with the key to get them.",
    ),
    (
        "note_no_key_files",
        "No private key was given, so the private key files are not included.",
    ),
    (
        "note_password",
        "The PFX/P12 password is the one chosen when the bundle was made; it is not in this \
         archive.",
    ),
    (
        "note_unrelated",
        "{count} certificate(s) given with the chain did not belong to it and were left out.",
    ),
];

/// One sentence, by key; the key itself if it is missing from the table (a bug, visible in
/// the file rather than a panic).
pub fn phrase(key: &str) -> &str {
    PHRASES
        .iter()
        .find(|(candidate, _)| *candidate == key)
        .map_or(key, |(_, text)| text)
}

/// A sentence with its `{placeholder}`s filled in.
pub(crate) fn fill(key: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(phrase(key).to_owned(), |text, (placeholder, value)| {
            text.replace(&format!("{{{placeholder}}}"), value)
        })
}

/// One file of the bundle, as listed in the README.
pub(crate) struct Listed {
    /// Path inside the zip.
    pub path: String,
    /// Its description, already filled in.
    pub description: String,
}

/// The whole README text.
pub(crate) fn render(name: &str, files: &[Listed], notes: &[String]) -> String {
    let mut text = String::new();
    text.push_str(&fill("title", &[("name", name)]));
    text.push_str("\n\n");
    text.push_str(phrase("intro"));
    text.push_str("\n\n");

    text.push_str(phrase("files_heading"));
    text.push('\n');
    for file in files {
        text.push_str(&format!("\n{}\n    {}\n", file.path, file.description));
    }

    if !notes.is_empty() {
        text.push('\n');
        text.push_str(phrase("notes_heading"));
        text.push('\n');
        for note in notes {
            text.push_str(&format!("- {note}\n"));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_placeholders_fill() {
        for (index, (key, _)) in PHRASES.iter().enumerate() {
            assert!(
                PHRASES[index + 1..].iter().all(|(other, _)| other != key),
                "duplicate key {key}"
            );
        }
        assert_eq!(
            fill("title", &[("name", "www.example.com")]),
            "Certificate files for www.example.com"
        );
        assert_eq!(phrase("no_such_key"), "no_such_key");
    }
}
