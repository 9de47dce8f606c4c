//! Characters the original module refused in names, ASCII and full-width alike, with a reason a
//! customer understands (Chinese input methods type the full-width forms by default).

/// A refused character and how to describe it.
struct Refused {
    character: char,
    description: &'static str,
}

/// The original's list (`。 ， ； * — _ ? / ！ = ） （ ) (`) in both widths, plus the other
/// full-width dots, which IDNA would silently turn into `.`: refusing them makes the customer
/// fix the text they will also paste elsewhere. `*` is handled by the wildcard check.
const REFUSED: &[Refused] = &[
    Refused {
        character: '。',
        description: "a full-width full stop (type an ASCII \".\")",
    },
    Refused {
        character: '．',
        description: "a full-width full stop (type an ASCII \".\")",
    },
    Refused {
        character: '｡',
        description: "a half-width ideographic full stop (type an ASCII \".\")",
    },
    Refused {
        character: '，',
        description: "a full-width comma",
    },
    Refused {
        character: ',',
        description: "a comma (list one name per entry)",
    },
    Refused {
        character: '；',
        description: "a full-width semicolon",
    },
    Refused {
        character: ';',
        description: "a semicolon (list one name per entry)",
    },
    Refused {
        character: '—',
        description: "an em dash (type an ASCII hyphen \"-\")",
    },
    Refused {
        character: '－',
        description: "a full-width hyphen (type an ASCII hyphen \"-\")",
    },
    Refused {
        character: '_',
        description: "an underscore, which certificates do not allow in host names",
    },
    Refused {
        character: '＿',
        description: "a full-width underscore",
    },
    Refused {
        character: '?',
        description: "a question mark",
    },
    Refused {
        character: '？',
        description: "a full-width question mark",
    },
    Refused {
        character: '/',
        description: "a slash (enter the host name only, not a URL)",
    },
    Refused {
        character: '／',
        description: "a full-width slash",
    },
    Refused {
        character: '!',
        description: "an exclamation mark",
    },
    Refused {
        character: '！',
        description: "a full-width exclamation mark",
    },
    Refused {
        character: '=',
        description: "an equals sign",
    },
    Refused {
        character: '＝',
        description: "a full-width equals sign",
    },
    Refused {
        character: '(',
        description: "a parenthesis",
    },
    Refused {
        character: ')',
        description: "a parenthesis",
    },
    Refused {
        character: '（',
        description: "a full-width parenthesis",
    },
    Refused {
        character: '）',
        description: "a full-width parenthesis",
    },
    Refused {
        character: '＊',
        description: "a full-width asterisk (a wildcard is an ASCII \"*.\" in front)",
    },
    Refused {
        character: ':',
        description: "a colon (enter the host name only, without a port or scheme)",
    },
    Refused {
        character: '@',
        description: "an at sign (enter a host name, not an e-mail address)",
    },
];

/// The first refused character of `text` and why, if any. Whitespace and control characters
/// inside the name count as refused too.
pub(super) fn first_refused(text: &str) -> Option<(char, &'static str)> {
    text.chars().find_map(|c| {
        if c.is_whitespace() {
            return Some((
                c,
                "a space (a name cannot contain spaces; enter one name per entry)",
            ));
        }
        if c.is_control() {
            return Some((c, "a control character"));
        }
        REFUSED
            .iter()
            .find(|refused| refused.character == c)
            .map(|refused| (c, refused.description))
    })
}
