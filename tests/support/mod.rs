//! What the native tests share: files of the repository, a fixed sample dataset, charts rendered
//! to SVG and read back, the reader's totals checked, and reference images.
// Each test file uses a part of this module.
#![allow(dead_code, unused_imports)]

mod report;
mod sample;
mod svg;

pub mod reference;

use std::path::PathBuf;

pub use reference::References;
pub use report::{problems, reconciles};
pub use sample::sample;
pub use svg::{render, svg, text_boxes, texts, Charted, TextBox};

/// `path` in the repository.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The bytes of the repository's file `path`.
pub fn read_bytes(path: &str) -> Vec<u8> {
    std::fs::read(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of the repository's file `path`.
pub fn read_text(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whether this run rewrites committed outputs (`REPATRIA_BLESS=1`) instead of checking them.
pub fn bless() -> bool {
    std::env::var("REPATRIA_BLESS").as_deref() == Ok("1")
}

/// `tests/out/{group}/`, created: where a test writes files to look at.
pub fn out_dir(group: &str) -> PathBuf {
    let dir = repo("tests/out").join(group);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// A new empty directory of this test process, under the system's temporary directory.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("repatria-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}
