//! HTML escaping for the control page: every value it prints goes through [`escape`].

/// Escapes text for use in HTML element content and in double- or single-quoted attributes.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(
            escape(r#"<script>alert("x&y")</script>' onmouseover='z"#),
            "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39; onmouseover=&#39;z"
        );
    }

    #[test]
    fn plain_text_and_non_ascii_pass_unchanged() {
        assert_eq!(escape("www.例子.com 100001"), "www.例子.com 100001");
        assert_eq!(escape(""), "");
    }

    #[test]
    fn escaping_is_not_undone_by_existing_entities() {
        assert_eq!(escape("&lt;b&gt;"), "&amp;lt;b&amp;gt;");
    }
}
