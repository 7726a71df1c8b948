//! Column names: which field of a record a column of the file holds, from its name in English,
//! Vietnamese or Khmer, ignoring case, diacritics, spaces and punctuation.

use serde::{Deserialize, Serialize};

use crate::fold;

/// A field a column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Date of the find.
    Date,
    /// Dry season.
    Season,
    /// Phase (đợt) of the season.
    Phase,
    /// Search team.
    Team,
    /// Military region.
    MilitaryRegion,
    /// Cambodian province.
    Province,
    /// District.
    District,
    /// Commune.
    Commune,
    /// Village.
    Village,
    /// Latitude.
    Lat,
    /// Longitude.
    Lon,
    /// Sets of remains.
    Remains,
    /// Sets identified by name.
    Identified,
    /// Who reported the site.
    Informant,
    /// Receiving cemetery.
    Cemetery,
    /// Free note.
    Note,
    /// Title of a published figure's source (kept in the note).
    Source,
    /// Address of the source (kept in the note).
    SourceUrl,
    /// Date of the source (kept in the note).
    SourceDate,
    /// Kind of published figure (`season_total`, `team_season`…): see `ReadOptions::figure`.
    Figure,
    /// The table's row number (STT, TT, No., ល.រ): not part of a record; gaps and repeats are
    /// warnings.
    RowNumber,
}

/// Number of fields.
pub(crate) const FIELD_COUNT: usize = 21;

impl Field {
    /// Every field, in declaration order.
    pub const ALL: [Field; FIELD_COUNT] = [
        Field::Date,
        Field::Season,
        Field::Phase,
        Field::Team,
        Field::MilitaryRegion,
        Field::Province,
        Field::District,
        Field::Commune,
        Field::Village,
        Field::Lat,
        Field::Lon,
        Field::Remains,
        Field::Identified,
        Field::Informant,
        Field::Cemetery,
        Field::Note,
        Field::Source,
        Field::SourceUrl,
        Field::SourceDate,
        Field::Figure,
        Field::RowNumber,
    ];

    /// The field's English name, as used in messages and in `--column NAME=FIELD`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Season => "season",
            Field::Phase => "phase",
            Field::Team => "team",
            Field::MilitaryRegion => "military_region",
            Field::Province => "province",
            Field::District => "district",
            Field::Commune => "commune",
            Field::Village => "village",
            Field::Lat => "lat",
            Field::Lon => "lon",
            Field::Remains => "remains",
            Field::Identified => "identified",
            Field::Informant => "informant",
            Field::Cemetery => "cemetery",
            Field::Note => "note",
            Field::Source => "source",
            Field::SourceUrl => "source_url",
            Field::SourceDate => "source_date",
            Field::Figure => "figure",
            Field::RowNumber => "row_number",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The field a column name stands for, in English, Vietnamese or Khmer (`Tỉnh`,
    /// `Tỉnh (Campuchia)`, `ខេត្ត`, `Province` → province), ignoring case, diacritics,
    /// spaces, punctuation and a trailing part in brackets; `None` if unknown.
    pub fn from_header(name: &str) -> Option<Field> {
        let key = fold::fold(name);
        if let Some(f) = lookup(&key) {
            return Some(f);
        }
        // "Tỉnh (Campuchia)", "Số hài cốt [bộ]": the part before the bracket.
        if let Some(cut) = name.find(['(', '[']) {
            let key = fold::fold(&name[..cut]);
            if let Some(f) = lookup(&key) {
                return Some(f);
            }
        }
        // English plurals: "dates", "provinces", "notes".
        key.strip_suffix('s').filter(|k| k.len() >= 3).and_then(lookup)
    }
}

/// Column names by field, folded at lookup time (see [`fold::fold`]).
const NAMES: &[(Field, &[&str])] = &[
    (
        Field::Date,
        &[
            "date",
            "date found",
            "found on",
            "find date",
            "day",
            "ngày",
            "ngày tìm thấy",
            "ngày phát hiện",
            "ngày quy tập",
            "ngày cất bốc",
            "thời gian",
            "កាលបរិច្ឆេទ",
            "ថ្ងៃ",
            "ថ្ងៃខែឆ្នាំ",
        ],
    ),
    (Field::Season, &["season", "dry season", "mùa khô", "mùa", "giai đoạn", "gđ", "រដូវ", "រដូវប្រាំង"]),
    (Field::Phase, &["phase", "đợt", "round", "វគ្គ"]),
    (Field::Team, &["team", "search team", "đội", "đội quy tập", "đội tìm kiếm quy tập", "đội k", "ក្រុម", "ក្រុមការងារ"]),
    (Field::MilitaryRegion, &["military region", "region", "mr", "quân khu", "qk", "យោធភូមិភាគ"]),
    (
        Field::Province,
        &[
            "province",
            "province code",
            "cambodian province",
            "tỉnh",
            "tỉnh campuchia",
            "tỉnh thành",
            "khet",
            "ខេត្ត",
            "ខេត្តក្រុង",
            "រាជធានីខេត្ត",
        ],
    ),
    (Field::District, &["district", "huyện", "quận", "srok", "khan", "ស្រុក", "ខណ្ឌ"]),
    (Field::Commune, &["commune", "sangkat", "khum", "xã", "phường", "ឃុំ", "សង្កាត់"]),
    (Field::Village, &["village", "phum", "thôn", "ấp", "bản", "làng", "ភូមិ"]),
    (Field::Lat, &["lat", "latitude", "vĩ độ", "y", "រយៈទទឹង"]),
    (Field::Lon, &["lon", "lng", "long", "longitude", "kinh độ", "x", "រយៈបណ្តោយ"]),
    (
        Field::Remains,
        &[
            "remains",
            "count",
            "sets",
            "sets of remains",
            "number",
            "value",
            "số hài cốt",
            "số bộ hài cốt",
            "số lượng",
            "số lượng hài cốt",
            "hài cốt",
            "số hài cốt quy tập",
            "អដ្ឋិធាតុ",
            "ចំនួនអដ្ឋិធាតុ",
            "ចំនួន",
        ],
    ),
    (
        Field::Identified,
        &[
            "identified",
            "identified by name",
            "named",
            "đã xác định danh tính",
            "xác định danh tính",
            "xác định được danh tính",
            "có tên",
            "có danh tính",
            "បានកំណត់អត្តសញ្ញាណ",
        ],
    ),
    (
        Field::Informant,
        &["informant", "reported by", "người cung cấp thông tin", "người báo tin", "nguồn tin", "អ្នកផ្តល់ព័ត៌មាន"],
    ),
    (
        Field::Cemetery,
        &["cemetery", "reburial cemetery", "nghĩa trang", "nghĩa trang tiếp nhận", "nơi an táng", "ទីបញ្ចុះសព"],
    ),
    (Field::Note, &["note", "notes", "comment", "remarks", "ghi chú", "chú thích", "កំណត់សម្គាល់", "កំណត់ចំណាំ"]),
    (Field::Source, &["source", "source title", "nguồn", "ប្រភព"]),
    (Field::SourceUrl, &["source url", "url", "link", "đường dẫn"]),
    (Field::SourceDate, &["source date", "published", "ngày đăng"]),
    (Field::Figure, &["figure", "figure kind", "kind", "loại số liệu"]),
    (
        Field::RowNumber,
        &["stt", "tt", "số tt", "số thứ tự", "thứ tự", "no", "no.", "nr", "row", "row number", "ល.រ", "លរ", "លេខរៀង"],
    ),
];

fn lookup(key: &str) -> Option<Field> {
    static FOLDED: std::sync::OnceLock<Vec<(String, Field)>> = std::sync::OnceLock::new();
    if key.is_empty() {
        return None;
    }
    FOLDED
        .get_or_init(|| NAMES.iter().flat_map(|&(f, names)| names.iter().map(move |n| (fold::fold(n), f))).collect())
        .iter()
        .find(|(name, _)| name == key)
        .map(|&(_, f)| f)
}

/// Parses a field's English name (`province`, `military_region`, `source_url`) or any column
/// name [`Field::from_header`] knows.
pub fn parse_field(name: &str) -> Option<Field> {
    let key = fold::fold(name);
    Field::ALL.into_iter().find(|f| fold::fold(f.name()) == key).or_else(|| Field::from_header(name))
}

/// The English names of a record's fields, comma-separated, for messages (the row number is
/// no field of a record).
pub(crate) fn known_names() -> String {
    let mut out = String::new();
    for (i, f) in Field::ALL.iter().filter(|&&f| f != Field::RowNumber).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f.name());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_three_languages() {
        assert_eq!(Field::from_header("Tỉnh (Campuchia)"), Some(Field::Province));
        assert_eq!(Field::from_header("ខេត្ត"), Some(Field::Province));
        assert_eq!(Field::from_header("  SỐ BỘ HÀI CỐT "), Some(Field::Remains));
        assert_eq!(Field::from_header("Mùa khô"), Some(Field::Season));
        assert_eq!(Field::from_header("Vĩ độ"), Some(Field::Lat));
        assert_eq!(Field::from_header("kinh_do"), Some(Field::Lon));
        assert_eq!(Field::from_header("Đã xác định danh tính"), Some(Field::Identified));
        assert_eq!(Field::from_header("Provinces"), Some(Field::Province));
        assert_eq!(Field::from_header("source_url"), Some(Field::SourceUrl));
        assert_eq!(Field::from_header("figure_kind"), Some(Field::Figure));
        assert_eq!(Field::from_header("colour"), None);
        for stt in ["STT", "TT", "No.", "ល.រ", "Số TT"] {
            assert_eq!(Field::from_header(stt), Some(Field::RowNumber), "{stt}");
        }
        assert!(!known_names().contains("row_number"));
        assert_eq!(parse_field("military_region"), Some(Field::MilitaryRegion));
        for f in Field::ALL {
            assert_eq!(parse_field(f.name()), Some(f), "{f:?}");
        }
    }
}
