//! File names from the certificate's primary name: readable, and safe on every file system.

/// Longest base name kept, before the extension.
const MAX_BASE_NAME: usize = 64;

/// The base of every file name in a bundle: `www.example.com` → `www_example_com`,
/// `*.example.com` → `wildcard_example_com`, `2001:db8::1` → `2001_db8__1`.
///
/// Only `a-z`, `0-9`, `-` and `_` remain, so no `*`, path separator or `..` can reach a zip
/// entry name. `certificate` when nothing usable is left.
pub fn base_name(primary_name: &str) -> String {
    let name = primary_name.trim().trim_end_matches('.').to_lowercase();
    let (prefix, rest) = match name.strip_prefix("*.") {
        Some(rest) => ("wildcard_", rest),
        None => ("", name.as_str()),
    };

    let cleaned: String = rest
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '-' => c,
            _ => '_',
        })
        .collect();
    let cleaned = cleaned.trim_matches('_');
    if cleaned.is_empty() {
        return "certificate".to_owned();
    }

    let mut base = format!("{prefix}{cleaned}");
    base.truncate(MAX_BASE_NAME);
    base
}

#[cfg(test)]
mod tests {
    use super::base_name;

    #[test]
    fn readable_names_without_wildcards_or_separators() {
        assert_eq!(base_name("www.example.com"), "www_example_com");
        assert_eq!(base_name("*.example.com"), "wildcard_example_com");
        assert_eq!(base_name("*.Example.COM."), "wildcard_example_com");
        assert_eq!(base_name("192.0.2.10"), "192_0_2_10");
        assert_eq!(base_name("2001:db8::1"), "2001_db8__1");
        assert_eq!(base_name("../../etc/passwd"), "etc_passwd");
        assert_eq!(base_name("a\\b/c"), "a_b_c");
        assert_eq!(base_name("***"), "certificate");
        assert_eq!(base_name(""), "certificate");
        assert!(base_name(&"x".repeat(300)).len() <= 64);
    }
}
