//! Gazetteer generator (provinces.csv, aliases.csv → $OUT_DIR/gazetteer.rs).
pub fn generate() {}
