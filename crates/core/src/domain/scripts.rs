//! Mixed-script labels: the IDN homograph trick (`pаypal.com` with a Cyrillic `а`).

/// The scripts whose letters look alike. A label may use any one of them, plus digits, hyphens
/// and letters of scripts outside this set (a Japanese label with Latin letters is common and
/// harmless); it may not use two of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Script {
    /// Basic Latin letters and the Latin supplement and extension blocks.
    Latin,
    /// Greek and Coptic, Greek Extended.
    Greek,
    /// Cyrillic and its supplement.
    Cyrillic,
}

impl Script {
    /// The confusable script `character` belongs to, if any.
    fn of(character: char) -> Option<Self> {
        match character {
            'a'..='z' | 'A'..='Z' => Some(Self::Latin),
            '\u{00c0}'..='\u{024f}' | '\u{1e00}'..='\u{1eff}' if character.is_alphabetic() => {
                Some(Self::Latin)
            }
            '\u{0370}'..='\u{03ff}' | '\u{1f00}'..='\u{1fff}' if character.is_alphabetic() => {
                Some(Self::Greek)
            }
            '\u{0400}'..='\u{052f}' | '\u{1c80}'..='\u{1c8f}' if character.is_alphabetic() => {
                Some(Self::Cyrillic)
            }
            _ => None,
        }
    }

    /// The script's name, for messages.
    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Latin => "Latin",
            Self::Greek => "Greek",
            Self::Cyrillic => "Cyrillic",
        }
    }
}

/// The first label of the Unicode form `name` that mixes two confusable scripts, with the two.
pub(super) fn first_mixed_label(name: &str) -> Option<(&str, Script, Script)> {
    name.split('.').find_map(|label| {
        let mut scripts = label.chars().filter_map(Script::of);
        let first = scripts.next()?;
        scripts
            .find(|script| *script != first)
            .map(|second| (label, first, second))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homographs_are_found() {
        assert_eq!(
            first_mixed_label("shop.p\u{0430}ypal.com"),
            Some(("p\u{0430}ypal", Script::Latin, Script::Cyrillic))
        );
        assert_eq!(
            first_mixed_label("g\u{03bf}\u{03bf}gle.com"),
            Some(("g\u{03bf}\u{03bf}gle", Script::Latin, Script::Greek))
        );
        assert_eq!(
            first_mixed_label("\u{0430}\u{03bf}.com"),
            Some(("\u{0430}\u{03bf}", Script::Cyrillic, Script::Greek))
        );
    }

    #[test]
    fn single_script_labels_pass() {
        for name in [
            "example.com",
            "bücher.de",
            "пример.рф",
            "παράδειγμα.gr",
            "例え.jp",
            "ソニーsony.jp",
            "shop-2.example.com",
            "пример.com",
        ] {
            assert_eq!(first_mixed_label(name), None, "{name}");
        }
    }
}
