//! Reference images: each output is compared with its committed reference in
//! `tests/reference/{group}/{name}.svg`, every mismatch is collected, and the test fails once,
//! at the end, naming them all.
//!
//! On a mismatch the new output goes to `tests/out/{group}/{name}.svg` and a unified diff
//! against the reference to `tests/out/{group}/{name}.diff`; a diff that aligns the two (an
//! inserted line shows as one line, not as every line after it). With `REPATRIA_BLESS=1` the
//! references are rewritten instead, on purpose: look at them before committing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use similar::{ChangeTag, TextDiff};

use super::{bless, repo};

/// Unchanged lines around each change in a diff.
const CONTEXT_LINES: usize = 2;
/// The diff lines shown per mismatch in the failure message (the whole diff is in its file).
const SHOWN_DIFF_LINES: usize = 16;
/// Characters of one diff line shown in the failure message (SVG paths make long lines).
const SHOWN_LINE_CHARS: usize = 160;

/// The references of one group, checked one after another; [`References::finish`] fails the
/// test if any differed or were missing.
pub struct References {
    group: String,
    checked: usize,
    blessed: usize,
    mismatches: Vec<String>,
    finished: bool,
}

impl References {
    pub fn new(group: &str) -> References {
        References { group: group.to_owned(), checked: 0, blessed: 0, mismatches: Vec::new(), finished: false }
    }

    /// Compares `actual` with the reference `name`, or under `REPATRIA_BLESS=1` rewrites it.
    pub fn check(&mut self, name: &str, actual: &str) {
        self.checked += 1;
        let reference = self.reference(name);
        let out = self.out(name, "svg");
        let diff_path = self.out(name, "diff");
        // What a previous run left for this name no longer describes this run.
        let _ = std::fs::remove_file(&out);
        let _ = std::fs::remove_file(&diff_path);
        if bless() {
            std::fs::create_dir_all(reference.parent().unwrap()).unwrap();
            std::fs::write(&reference, actual).unwrap_or_else(|e| panic!("{}: {e}", reference.display()));
            self.blessed += 1;
            return;
        }
        let expected = match std::fs::read_to_string(&reference) {
            Ok(expected) if expected == actual => return,
            Ok(expected) => Some(expected),
            Err(_) => None,
        };
        write(&out, actual);
        let Some(expected) = expected else {
            self.mismatches.push(format!(
                "{}: no reference (the output is in {})",
                relative(&reference),
                relative(&out)
            ));
            return;
        };
        let diff = TextDiff::from_lines(expected.as_str(), actual);
        let unified = diff
            .unified_diff()
            .context_radius(CONTEXT_LINES)
            .header(&relative(&reference), &relative(&out))
            .to_string();
        write(&diff_path, &unified);
        let (removed, added) = diff.iter_all_changes().fold((0, 0), |(r, a), c| match c.tag() {
            ChangeTag::Delete => (r + 1, a),
            ChangeTag::Insert => (r, a + 1),
            ChangeTag::Equal => (r, a),
        });
        self.mismatches.push(format!(
            "{}: {}, {}; new output {}, diff {}\n{}",
            relative(&reference),
            lines(removed, "removed"),
            lines(added, "added"),
            relative(&out),
            relative(&diff_path),
            excerpts(&diff, &expected, actual)
        ));
    }

    /// Fails, naming every mismatch, if any reference differed or was missing.
    pub fn finish(mut self) {
        self.finished = true;
        if self.blessed > 0 {
            println!("{}: rewrote {} references; look at them before committing", self.group, self.blessed);
        }
        if self.mismatches.is_empty() {
            return;
        }
        panic!(
            "{} of {} references in tests/reference/{}/ differ or are missing (REPATRIA_BLESS=1 rewrites them, on purpose):\n\n{}",
            self.mismatches.len(),
            self.checked,
            self.group,
            self.mismatches.join("\n")
        );
    }

    fn reference(&self, name: &str) -> PathBuf {
        repo("tests/reference").join(&self.group).join(format!("{name}.svg"))
    }

    fn out(&self, name: &str, extension: &str) -> PathBuf {
        repo("tests/out").join(&self.group).join(format!("{name}.{extension}"))
    }
}

impl Drop for References {
    fn drop(&mut self) {
        if !self.finished && !std::thread::panicking() {
            panic!("References::finish was not called: {} mismatches unreported", self.mismatches.len());
        }
    }
}

/// The start of `diff` for the failure message: its first [`SHOWN_DIFF_LINES`] lines, each
/// changed one shown from a little before where it differs from the line in the same place on
/// the other side, so that the difference is in view.
fn excerpts(diff: &TextDiff<'_, '_, '_, str>, expected: &str, actual: &str) -> String {
    let (old_lines, new_lines): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for group in diff.grouped_ops(CONTEXT_LINES) {
        let (first, last) = (&group[0], &group[group.len() - 1]);
        let (old_start, new_start) = (first.old_range().start, first.new_range().start);
        let (old_len, new_len) = (last.old_range().end - old_start, last.new_range().end - new_start);
        let _ = writeln!(out, "    @@ -{},{old_len} +{},{new_len} @@", old_start + 1, new_start + 1);
        for op in group {
            let (old, new) = (op.old_range(), op.new_range());
            for change in diff.iter_changes(&op) {
                if shown == SHOWN_DIFF_LINES {
                    let _ = writeln!(out, "    … (the whole diff is in its file)");
                    return out;
                }
                let (sign, other) = match (change.tag(), change.old_index(), change.new_index()) {
                    (ChangeTag::Delete, Some(i), _) => {
                        ('-', Some(new.start + i - old.start).filter(|j| new.contains(j)).map(|j| new_lines[j]))
                    }
                    (ChangeTag::Insert, _, Some(i)) => {
                        ('+', Some(old.start + i - new.start).filter(|j| old.contains(j)).map(|j| old_lines[j]))
                    }
                    _ => (' ', None),
                };
                let _ = writeln!(out, "    {sign}{}", excerpt(change.value().trim_end_matches('\n'), other));
                shown += 1;
            }
        }
    }
    out
}

/// "1 line removed", "3 lines added".
fn lines(n: usize, what: &str) -> String {
    format!("{n} {} {what}", if n == 1 { "line" } else { "lines" })
}

/// At most [`SHOWN_LINE_CHARS`] characters of `line`: from its start, or from a little before
/// where it first differs from `other`.
fn excerpt(line: &str, other: Option<&str>) -> String {
    let chars: Vec<char> = line.chars().collect();
    let differs_at = other.map_or(0, |o| chars.iter().zip(o.chars()).take_while(|(a, b)| **a == *b).count());
    let start = differs_at.saturating_sub(SHOWN_LINE_CHARS / 4);
    let end = chars.len().min(start + SHOWN_LINE_CHARS);
    let before = if start > 0 { "…" } else { "" };
    let after = if end < chars.len() { "…" } else { "" };
    format!("{before}{}{after}", chars[start..end].iter().collect::<String>())
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// `path` from the repository's root, as a failure message shows it.
fn relative(path: &Path) -> String {
    path.strip_prefix(repo("")).unwrap_or(path).display().to_string()
}
