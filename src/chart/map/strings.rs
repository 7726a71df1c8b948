//! The maps' own built-in strings, in English, Vietnamese and Khmer (same style as
//! [`crate::i18n`]). Country names come from [`crate::geo::Country::name`].

use crate::lang::Lang;

/// A built-in string of the maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapText {
    /// Title of the choropleth and bubble maps.
    ProvincesTitle,
    /// Title of the find-sites map.
    SitesTitle,
    /// Legend caption: what the colours or circles count.
    SetsOfRemains,
    /// Legend entry for provinces left out by the province filter.
    NotSelected,
    /// Legend entry for one find drawn as a dot.
    OneFind,
    /// Table column: province.
    Province,
    /// Table column: ISO code.
    Code,
    /// Table column: number of finds (records with coordinates).
    Finds,
    /// Table row: finds whose province is unknown.
    UnknownProvince,
    /// Table row: finds whose coordinates fall outside Cambodia.
    OutsideCambodia,
}

/// The string `t` in `lang`.
pub fn mt(t: MapText, lang: Lang) -> &'static str {
    use Lang::*;
    use MapText::*;
    match (t, lang) {
        (ProvincesTitle, En) => "Sets of remains found, by province",
        (ProvincesTitle, Vi) => "Số hài cốt quy tập được theo tỉnh",
        (ProvincesTitle, Km) => "ចំនួនអដ្ឋិធាតុដែលបានរកឃើញ តាមខេត្ត",
        (SitesTitle, En) => "Where remains were found",
        (SitesTitle, Vi) => "Địa điểm phát hiện hài cốt",
        (SitesTitle, Km) => "ទីតាំងដែលបានរកឃើញអដ្ឋិធាតុ",
        (SetsOfRemains, En) => "Sets of remains",
        (SetsOfRemains, Vi) => "Số bộ hài cốt",
        (SetsOfRemains, Km) => "ចំនួនអដ្ឋិធាតុ",
        (NotSelected, En) => "not selected",
        (NotSelected, Vi) => "không được chọn",
        (NotSelected, Km) => "មិនបានជ្រើសរើស",
        (OneFind, En) => "one find",
        (OneFind, Vi) => "một điểm phát hiện",
        (OneFind, Km) => "ការរកឃើញមួយ",
        (Province, En) => "Province",
        (Province, Vi) => "Tỉnh",
        (Province, Km) => "ខេត្ត",
        (Code, En) => "Code",
        (Code, Vi) => "Mã",
        (Code, Km) => "កូដ",
        (Finds, En) => "Finds",
        (Finds, Vi) => "Số điểm phát hiện",
        (Finds, Km) => "ចំនួនការរកឃើញ",
        (UnknownProvince, En) => "Province unknown",
        (UnknownProvince, Vi) => "Không rõ tỉnh",
        (UnknownProvince, Km) => "មិនដឹងខេត្ត",
        (OutsideCambodia, En) => "Outside Cambodia",
        (OutsideCambodia, Vi) => "Ngoài Campuchia",
        (OutsideCambodia, Km) => "ក្រៅប្រទេសកម្ពុជា",
    }
}

/// The note under the legend for remains with no known province; `n` already formatted.
pub fn unknown_note(lang: Lang, n: &str) -> String {
    match lang {
        Lang::En => format!("Province unknown: {n} sets of remains (not on the map)"),
        Lang::Vi => format!("Không rõ tỉnh: {n} bộ hài cốt (không thể hiện trên bản đồ)"),
        Lang::Km => format!("មិនដឹងខេត្ត៖ អដ្ឋិធាតុ {n} (មិនបង្ហាញ លើផែនទី)"),
    }
}

/// The note for finds drawn nowhere because they have no coordinates; `n` already formatted.
pub fn no_coordinates_note(lang: Lang, n: &str) -> String {
    match lang {
        Lang::En => format!("{n} finds without coordinates are not shown"),
        Lang::Vi => format!("{n} điểm phát hiện không có tọa độ không được thể hiện"),
        Lang::Km => format!("ការរកឃើញ {n} ដែលគ្មានកូអរដោនេ មិនត្រូវបានបង្ហាញ"),
    }
}

/// The legend caption of the hexagon layer; `km` is the hexagon's width, already formatted.
pub fn per_hexagon(lang: Lang, km: &str) -> String {
    match lang {
        Lang::En => format!("Sets of remains per hexagon (about {km} km across)"),
        Lang::Vi => format!("Số bộ hài cốt mỗi ô lục giác (rộng khoảng {km} km)"),
        Lang::Km => format!("ចំនួនអដ្ឋិធាតុ ក្នុងមួយឆកោណ (ទទឹងប្រហែល {km} គ.ម.)"),
    }
}

/// "A and B" / "A và B" / "A និង B" for the descriptions.
pub fn and(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "and",
        Lang::Vi => "và",
        Lang::Km => "និង",
    }
}
