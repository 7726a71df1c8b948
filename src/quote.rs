//! Input quoted in messages: trimmed, and cut short when long.

use std::borrow::Cow;

/// `text` trimmed and cut to 40 characters (with `…`), for quoting input in messages.
pub(crate) fn shorten(text: &str) -> Cow<'_, str> {
    const MAX: usize = 40;
    let text = text.trim();
    match text.char_indices().nth(MAX) {
        // `get` (never `None` at a char's start): no str-slicing panic in the module.
        Some((cut, _)) => Cow::Owned(format!("{}…", text.get(..cut).unwrap_or_default())),
        None => Cow::Borrowed(text),
    }
}
