//! Which files each format contributes, and the README lines describing them.

use zeroize::Zeroizing;

use crate::error::Result;

use super::{
    BundleOptions, Format, archive::Entry, material::Material, names::base_name, pkcs7, pkcs12,
    readme,
};

/// The files for `formats` and the README text describing them.
pub(crate) fn entries(
    material: &Material,
    formats: &[Format],
    options: &BundleOptions,
) -> Result<(Vec<Entry>, String)> {
    let chain = &material.chain;
    let leaf = chain.leaf();
    let display_name = leaf.primary_name().unwrap_or("certificate");
    let base = base_name(display_name);
    let key_pem = material.key.as_ref().map(|key| key.to_pkcs8_pem());

    let mut files = Files::default();
    let mut notes = Vec::new();
    for format in formats {
        let folder = format.folder();
        let path = |extension: &str| format!("{folder}/{base}.{extension}");
        match (format, &material.key, &key_pem) {
            (Format::Apache, _, _) => {
                files.add(path("crt"), leaf.to_pem().into_bytes(), false, "apache_crt");
                if !chain.issuers().is_empty() {
                    files.add(
                        path("ca-bundle"),
                        chain.issuers_pem().into_bytes(),
                        false,
                        "apache_ca_bundle",
                    );
                }
                if let Some(pem) = &key_pem {
                    files.add(path("key"), pem.as_bytes().to_vec(), true, "key");
                }
            }
            (Format::Nginx, _, _) => {
                files.add(path("pem"), chain.to_pem().into_bytes(), false, "nginx_pem");
                if let Some(pem) = &key_pem {
                    files.add(path("key"), pem.as_bytes().to_vec(), true, "key");
                }
            }
            (Format::Iis, Some(key), _) => {
                let protection = pkcs12::Protection {
                    password: options.required_pfx_password()?,
                    legacy: options.pfx_legacy,
                };
                let pfx = pkcs12::pkcs12(chain, key, &base, &protection)?;
                let description = if options.pfx_legacy {
                    "iis_pfx_legacy"
                } else {
                    "iis_pfx"
                };
                files.add(path("pfx"), pfx, true, description);
            }
            (Format::Tomcat, Some(key), _) => {
                let alias = options.checked_tomcat_alias()?;
                let protection = pkcs12::Protection {
                    password: options.required_pfx_password()?,
                    legacy: options.pfx_legacy,
                };
                let p12 = pkcs12::pkcs12(chain, key, alias, &protection)?;
                files.add_described(
                    path("p12"),
                    p12,
                    true,
                    readme::fill("tomcat_p12", &[("alias", alias)]),
                );
            }
            (Format::Haproxy, _, Some(pem)) => {
                let mut combined = Zeroizing::new(pem.as_bytes().to_vec());
                combined.extend_from_slice(chain.to_pem().as_bytes());
                files.add(path("pem"), combined.to_vec(), true, "haproxy_pem");
            }
            (Format::Pkcs7, _, _) => {
                files.add(
                    path("p7b"),
                    pkcs7::pkcs7_der(chain.certificates()),
                    false,
                    "p7b",
                );
            }
            (Format::Der, _, _) => {
                files.add(path("cer"), leaf.der().to_vec(), false, "cer");
            }
            // A format that needs the key, without one: reported once below.
            (Format::Iis | Format::Tomcat | Format::Haproxy, _, _) => {}
        }
    }

    let skipped: Vec<&str> = formats
        .iter()
        .filter(|format| format.needs_key() && material.key.is_none())
        .map(|format| format.folder())
        .collect();
    if material.key.is_none() {
        if !skipped.is_empty() {
            notes.push(readme::fill(
                "note_no_key",
                &[("formats", &skipped.join(", "))],
            ));
        } else if formats
            .iter()
            .any(|f| matches!(f, Format::Apache | Format::Nginx))
        {
            notes.push(readme::phrase("note_no_key_files").to_owned());
        }
    }
    if files
        .entries
        .iter()
        .any(|entry| entry.path.ends_with(".pfx") || entry.path.ends_with(".p12"))
    {
        notes.push(readme::phrase("note_password").to_owned());
    }
    let unrelated = chain.unlinked().len();
    if unrelated > 0 {
        notes.push(readme::fill(
            "note_unrelated",
            &[("count", &unrelated.to_string())],
        ));
    }

    let text = readme::render(display_name, &files.listed, &notes);
    Ok((files.entries, text))
}

/// Entries and their README lines, built together so they cannot drift apart.
#[derive(Default)]
struct Files {
    entries: Vec<Entry>,
    listed: Vec<readme::Listed>,
}

impl Files {
    fn add(&mut self, path: String, content: Vec<u8>, secret: bool, phrase_key: &str) {
        self.add_described(path, content, secret, readme::phrase(phrase_key).to_owned());
    }

    fn add_described(&mut self, path: String, content: Vec<u8>, secret: bool, description: String) {
        self.listed.push(readme::Listed {
            path: path.clone(),
            description,
        });
        self.entries.push(Entry {
            path,
            content: Zeroizing::new(content),
            secret,
        });
    }
}
