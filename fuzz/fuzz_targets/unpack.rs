//! The packed-data loader: any bytes never make it panic or take unbounded memory, and a
//! dataset it accepts aggregates consistently and packs back to the same; a CSV read, packed
//! and unpacked is the same records and report. The bytes are tried four ways: as a packed
//! file; as a dataset's binary form; as the body of a packed file (after `RPK2`, before the
//! checksum), given its checksum, so that mutations get past it; and as a CSV to pack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repatria::dataset::Dataset;
use repatria::pack;
use repatria::read::Report;

/// Checks a dataset the loader accepted.
fn accepted(dataset: &Dataset) {
    repatria_fuzz::check_aggregates(dataset);
    let records: Vec<_> = dataset.records().collect();
    assert_eq!(records.len(), dataset.len());
    let again = Dataset::read_bytes(&dataset.to_bytes()).expect("a dataset reads back from its binary form");
    assert!(again == *dataset, "a dataset reads back from its binary form as it was");
}

fuzz_target!(|data: &[u8]| {
    if let Ok((dataset, report)) = pack::unpack(data) {
        accepted(&dataset);
        let _ = Report::from_json(report);
    }
    if let Ok(dataset) = Dataset::read_bytes(data) {
        accepted(&dataset);
    }
    let mut file = b"RPK2".to_vec();
    file.extend_from_slice(data);
    file.extend_from_slice(&repatria_fuzz::crc32(&file).to_le_bytes());
    if let Ok((dataset, report)) = pack::unpack(&file) {
        accepted(&dataset);
        let _ = Report::from_json(report);
    }
    // The round trip.
    if let Ok(loaded) = repatria::read::read("finds.csv", data) {
        let json = loaded.report.to_json();
        let packed = pack::pack(&loaded.dataset, &json);
        let (dataset, text) = pack::unpack(&packed).expect("a packed reading unpacks");
        assert!(dataset == loaded.dataset, "the records unpacked are the records packed");
        assert_eq!(text, json, "the report unpacked is the report packed");
        let report = Report::from_json(text).expect("the report unpacked reads");
        assert_eq!(report, loaded.report, "the report unpacked reads as the report packed");
        for i in 0..dataset.len() {
            assert_eq!(dataset.record(i), loaded.dataset.record(i), "record {i}");
        }
    }
});
