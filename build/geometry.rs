//! Geometry generator (data/geo/*.geojson → compact embedded form).
pub fn generate() {}
