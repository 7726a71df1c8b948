//! The three languages every built-in string and name is given in.

use serde::{Deserialize, Serialize};

/// A reader's language: English, Vietnamese or Khmer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Vietnamese (tiếng Việt).
    Vi,
    /// Khmer (ភាសាខ្មែរ).
    Km,
}

impl Lang {
    /// All languages, in the order the UI lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Vi, Lang::Km];

    /// The BCP 47 tag: `en`, `vi`, `km`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
            Lang::Km => "km",
        }
    }

    /// Reads a BCP 47 tag (`vi`, `vi-VN`, `km-KH`, any case); `None` for other languages.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            "km" => Some(Lang::Km),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags() {
        assert_eq!(Lang::parse("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::parse("KM"), Some(Lang::Km));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::Km.tag(), "km");
    }
}
