//! Any bytes as JSON and as GeoJSON: never a panic, and every reading reconciles
//! (fuzz/src/lib.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    repatria_fuzz::read_twice("finds.json", data, Some(repatria::read::Format::Json));
    repatria_fuzz::read_and_check("finds.geojson", data, &Default::default());
});
