//! A packed dataset: the records in binary form with the report of reading them, for
//! publishing. A page that loads a packed file shows its first chart without parsing or
//! validating anything (the file was checked when it was packed): `repatria pack` makes one
//! from any file the reader takes, and `Data.fromBytes` recognises one by its first bytes.
//!
//! Layout: `RPK1`, the report's JSON length (u32, little-endian), the report as JSON (UTF-8),
//! then the dataset's binary form ([`Dataset::to_bytes`]).

use crate::dataset::Dataset;

const MAGIC: &[u8; 4] = b"RPK1";

/// Whether `bytes` start like a packed dataset.
pub fn is_packed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Packs `dataset` with the JSON text of its reading report.
pub fn pack(dataset: &Dataset, report_json: &str) -> Vec<u8> {
    let records = dataset.to_bytes();
    let mut out = Vec::with_capacity(8 + report_json.len() + records.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(report_json.len() as u32).to_le_bytes());
    out.extend_from_slice(report_json.as_bytes());
    out.extend_from_slice(&records);
    out
}

/// The dataset and report JSON of a packed file; `None` when it is not one or is damaged.
pub fn unpack(bytes: &[u8]) -> Option<(Dataset, &str)> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let len = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
    let report = std::str::from_utf8(rest.get(4..4 + len)?).ok()?;
    let dataset = Dataset::from_bytes(rest.get(4 + len..)?)?;
    Some((dataset, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpacks_what_it_packs_and_refuses_damage() {
        let loaded = crate::read::read("finds.csv", crate::generate::generate(300, 3).as_bytes()).expect("reads");
        let report = loaded.report.to_json();
        let packed = pack(&loaded.dataset, &report);
        assert!(is_packed(&packed));
        let (dataset, text) = unpack(&packed).expect("unpacks");
        assert_eq!(text, report);
        assert_eq!(dataset.len(), loaded.dataset.len());
        assert_eq!(dataset.record(123), loaded.dataset.record(123));
        for cut in [0, 3, 7, 8 + report.len() / 2, packed.len() - 1] {
            assert!(unpack(&packed[..cut]).is_none(), "cut at {cut}");
        }
        let mut wrong = packed.clone();
        wrong[4] = 0xFF;
        assert!(unpack(&wrong).is_none());
        assert!(!is_packed(b"date,season\n"));
    }
}
