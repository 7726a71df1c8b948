//! A packed dataset: the records in binary form with the report of reading them, for
//! publishing. A page that loads a packed file shows its first chart without parsing or
//! validating anything (the file was checked when it was packed): `repatria pack` makes one
//! from any file the reader takes, and `Data.fromBytes` recognises one by its first bytes.
//!
//! Layout: `RPK2`, the report's JSON length (u32, little-endian), the report as JSON (UTF-8),
//! the dataset's binary form ([`Dataset::to_bytes`]), then the CRC-32 of everything before it
//! (u32, little-endian), so that a damaged file is refused rather than drawn with other
//! numbers. Files of format 1 (`RPK1`, without the checksum) are recognised and refused.

use crate::dataset::{Dataset, INCONSISTENT};

/// The first bytes of every packed file, before the format's version digit.
const PREFIX: &[u8; 3] = b"RPK";
/// The version this module writes and reads.
const VERSION: u8 = b'2';

/// Whether `bytes` start like a packed dataset (of any format version).
pub fn is_packed(bytes: &[u8]) -> bool {
    bytes.starts_with(PREFIX) && bytes.get(3).is_some_and(u8::is_ascii_digit)
}

/// Packs `dataset` with the JSON text of its reading report.
pub fn pack(dataset: &Dataset, report_json: &str) -> Vec<u8> {
    let records = dataset.to_bytes();
    let mut out = Vec::with_capacity(12 + report_json.len() + records.len());
    out.extend_from_slice(PREFIX);
    out.push(VERSION);
    out.extend_from_slice(&(report_json.len() as u32).to_le_bytes());
    out.extend_from_slice(report_json.as_bytes());
    out.extend_from_slice(&records);
    let sum = crc32(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// What [`unpack`] says of a file whose checksum does not match.
const DAMAGED: &str = "a packed dataset, but damaged or cut short: copy it again or repack it";
/// What [`unpack`] says of a file of another format version.
const OTHER_FORMAT: &str = "a packed dataset of an older or newer format: repack it (repatria pack)";

/// The dataset and report JSON of a packed file, or why it cannot be loaded: not a packed
/// file, another format version, damaged (the checksum differs) or inconsistent.
pub fn unpack(bytes: &[u8]) -> Result<(Dataset, &str), String> {
    if !is_packed(bytes) {
        return Err("not a packed dataset".into());
    }
    if bytes[3] != VERSION {
        return Err(OTHER_FORMAT.into());
    }
    let (body, sum) = bytes.split_last_chunk::<4>().ok_or(DAMAGED)?;
    if crc32(body) != u32::from_le_bytes(*sum) {
        return Err(DAMAGED.into());
    }
    let refuse = |why: &str| format!("a packed dataset, but {why}: repack it");
    let report = body
        .get(4..8)
        .and_then(|len| body[8..].split_at_checked(u32::from_le_bytes(len.try_into().ok()?) as usize))
        .and_then(|(report, records)| Some((std::str::from_utf8(report).ok()?, records)));
    let (report, records) = report.ok_or_else(|| refuse(INCONSISTENT))?;
    Ok((Dataset::read_bytes(records).map_err(|why| refuse(&why))?, report))
}

/// The CRC-32 of `bytes` (IEEE 802.3, as zip and PNG use: polynomial 0xEDB88320 reflected,
/// initial and final value all ones), a bit at a time: the smallest code, at about 25 ms a
/// megabyte built for size (natively; a table a byte at a time is about 3 times faster, and
/// larger), 1 ms for the sample's 37 KB.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |mut c, &b| {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = (c >> 1) ^ (0xEDB8_8320 & (c & 1).wrapping_neg());
        }
        c
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_is_crc32() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
    }

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
            assert!(unpack(&packed[..cut]).is_err(), "cut at {cut}");
        }
        let mut wrong = packed.clone();
        wrong[4] = 0xFF;
        assert!(unpack(&wrong).unwrap_err().contains("damaged"));
        assert!(!is_packed(b"date,season\n"));
    }

    #[test]
    fn other_versions_are_recognised_and_refused() {
        let mut old = b"RPK1".to_vec();
        old.extend_from_slice(&2u32.to_le_bytes());
        old.extend_from_slice(b"{}");
        old.extend_from_slice(&Dataset::new().to_bytes());
        assert!(is_packed(&old));
        assert_eq!(unpack(&old).unwrap_err(), OTHER_FORMAT);
        old[3] = b'3';
        assert_eq!(unpack(&old).unwrap_err(), OTHER_FORMAT);
    }

    #[test]
    fn a_checksum_over_inconsistent_contents_is_still_refused() {
        let mut bytes = b"RPK2".to_vec();
        bytes.extend_from_slice(&100u32.to_le_bytes());
        bytes.extend_from_slice(b"{}");
        let sum = crc32(&bytes);
        bytes.extend_from_slice(&sum.to_le_bytes());
        assert_eq!(unpack(&bytes).unwrap_err(), format!("a packed dataset, but {INCONSISTENT}: repack it"));
    }
}
