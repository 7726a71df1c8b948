//! Build script: compiles the reference data in `data/` into compact tables embedded in the module.
//!
//! Each generator owns one file in `$OUT_DIR`; the crate includes them with `include!`/`include_bytes!`.

mod gazetteer;
mod geometry;

fn main() {
    println!("cargo:rerun-if-changed=build");
    gazetteer::generate();
    geometry::generate();
}
