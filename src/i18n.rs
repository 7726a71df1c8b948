//! Every built-in string, in English, Vietnamese and Khmer: the charts' ([`Text`]), the maps'
//! ([`MapText`]) and the sentences that take numbers. Country names come from
//! [`crate::geo::Country::name`].

use crate::lang::Lang;

/// A built-in string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// Title of the seasons chart.
    SeasonsTitle,
    /// Unit of the counts: sets of remains.
    SetsOfRemains,
    /// The label of a gap in a series.
    NoData,
    /// "Source:" before the source line.
    Source,
    /// The credit line.
    Credit,
    /// Label for sample (made-up) data.
    SampleData,
    /// "Dry season" (axis name).
    DrySeason,
    /// Title of the seasons chart on calendar years.
    YearsTitle,
    /// "Year" (axis name).
    Year,
    /// Title of the cumulative chart.
    CumulativeTitle,
    /// "Running total" (column name).
    RunningTotal,
    /// Title of the provinces chart.
    ProvincesTitle,
    /// "Province" (column name).
    Province,
    /// Label of records whose province is not known.
    UnknownProvince,
    /// Title of the teams chart.
    TeamsTitle,
    /// "Team" (column name).
    Team,
    /// Label of records with no team.
    NoTeam,
    /// Label of team names outside the eleven.
    OtherTeam,
    /// "Military region" (column name).
    MilitaryRegion,
    /// Title of the matrix chart.
    MatrixTitle,
    /// Title of the identified chart.
    IdentifiedTitle,
    /// Identified by name.
    Identified,
    /// Not identified.
    NotIdentified,
    /// Identification not reported.
    IdentificationUnknown,
    /// "Total" (column name).
    Total,
    /// Shown when a chart has nothing to draw.
    NothingToShow,
}

/// The string `t` in `lang`.
pub fn t(t: Text, lang: Lang) -> &'static str {
    use Lang::*;
    use Text::*;
    match (t, lang) {
        (SeasonsTitle, En) => "Sets of remains found, by dry season",
        (SeasonsTitle, Vi) => "Số hài cốt quy tập được theo mùa khô",
        (SeasonsTitle, Km) => "ចំនួនអដ្ឋិធាតុដែលបានរកឃើញ តាមរដូវប្រាំង",
        (SetsOfRemains, En) => "sets of remains",
        (SetsOfRemains, Vi) => "bộ hài cốt",
        (SetsOfRemains, Km) => "អដ្ឋិធាតុ",
        (NoData, En) => "no data",
        (NoData, Vi) => "không có số liệu",
        (NoData, Km) => "គ្មានទិន្នន័យ",
        (Source, En) => "Source:",
        (Source, Vi) => "Nguồn:",
        (Source, Km) => "ប្រភព៖",
        (Credit, En) => "Chart: repatria",
        (Credit, Vi) => "Biểu đồ: repatria",
        (Credit, Km) => "គំនូសតាង៖ repatria",
        (SampleData, En) => "SAMPLE DATA — not real figures",
        (SampleData, Vi) => "DỮ LIỆU MẪU — không phải số liệu thật",
        (SampleData, Km) => "ទិន្នន័យគំរូ — មិនមែនជាតួលេខពិត",
        (DrySeason, En) => "Dry season",
        (DrySeason, Vi) => "Mùa khô",
        (DrySeason, Km) => "រដូវប្រាំង",
        (YearsTitle, En) => "Sets of remains found, by year",
        (YearsTitle, Vi) => "Số hài cốt quy tập được theo năm",
        (YearsTitle, Km) => "ចំនួនអដ្ឋិធាតុដែលបានរកឃើញ តាមឆ្នាំ",
        (Year, En) => "Year",
        (Year, Vi) => "Năm",
        (Year, Km) => "ឆ្នាំ",
        (CumulativeTitle, En) => "Sets of remains found, running total",
        (CumulativeTitle, Vi) => "Tổng số hài cốt quy tập được, cộng dồn",
        (CumulativeTitle, Km) => "ចំនួនអដ្ឋិធាតុដែលបានរកឃើញ សរុបបូកបន្ត",
        (RunningTotal, En) => "Running total",
        (RunningTotal, Vi) => "Cộng dồn",
        (RunningTotal, Km) => "សរុបបូកបន្ត",
        (ProvincesTitle, En) => "Sets of remains found, by Cambodian province",
        (ProvincesTitle, Vi) => "Số hài cốt quy tập được theo tỉnh của Campuchia",
        (ProvincesTitle, Km) => "ចំនួនអដ្ឋិធាតុដែលបានរកឃើញ តាមខេត្ត",
        (Province, En) => "Province",
        (Province, Vi) => "Tỉnh",
        (Province, Km) => "ខេត្ត",
        (UnknownProvince, En) => "Unknown province",
        (UnknownProvince, Vi) => "Không rõ tỉnh",
        (UnknownProvince, Km) => "មិនស្គាល់ខេត្ត",
        (TeamsTitle, En) => "Sets of remains found, by search team",
        (TeamsTitle, Vi) => "Số hài cốt quy tập được theo đội",
        (TeamsTitle, Km) => "ចំនួនអដ្ឋិធាតុដែលបានរកឃើញ តាមក្រុមស្វែងរក",
        (Team, En) => "Team",
        (Team, Vi) => "Đội",
        (Team, Km) => "ក្រុម",
        (NoTeam, En) => "No team given",
        (NoTeam, Vi) => "Không rõ đội",
        (NoTeam, Km) => "មិនស្គាល់ក្រុម",
        (OtherTeam, En) => "Other teams",
        (OtherTeam, Vi) => "Đội khác",
        (OtherTeam, Km) => "ក្រុមផ្សេងទៀត",
        (MilitaryRegion, En) => "Military region",
        (MilitaryRegion, Vi) => "Quân khu",
        (MilitaryRegion, Km) => "យោធភូមិភាគ",
        (MatrixTitle, En) => "Sets of remains found, by team and dry season",
        (MatrixTitle, Vi) => "Số hài cốt quy tập được theo đội và mùa khô",
        (MatrixTitle, Km) => "ចំនួនអដ្ឋិធាតុដែលបានរកឃើញ តាមក្រុម និងរដូវប្រាំង",
        (IdentifiedTitle, En) => "Remains identified by name, by dry season",
        (IdentifiedTitle, Vi) => "Hài cốt xác định được danh tính theo mùa khô",
        (IdentifiedTitle, Km) => "អដ្ឋិធាតុដែលបានកំណត់អត្តសញ្ញាណ តាមរដូវប្រាំង",
        (Identified, En) => "Identified by name",
        (Identified, Vi) => "Xác định được danh tính",
        (Identified, Km) => "បានកំណត់អត្តសញ្ញាណ",
        (NotIdentified, En) => "Not identified",
        (NotIdentified, Vi) => "Chưa xác định danh tính",
        (NotIdentified, Km) => "មិនទាន់កំណត់អត្តសញ្ញាណ",
        (IdentificationUnknown, En) => "Not reported",
        (IdentificationUnknown, Vi) => "Không có thông tin",
        (IdentificationUnknown, Km) => "គ្មានព័ត៌មាន",
        (Total, En) => "Total",
        (Total, Vi) => "Tổng",
        (Total, Km) => "សរុប",
        (NothingToShow, En) => "No records match the filters",
        (NothingToShow, Vi) => "Không có bản ghi nào phù hợp với bộ lọc",
        (NothingToShow, Km) => "គ្មានកំណត់ត្រាត្រូវនឹងតម្រង",
    }
}

/// "40 sets of remains" in `lang`, with the number already formatted.
pub fn remains_phrase(n: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} sets of remains"),
        Lang::Vi => format!("{n} bộ hài cốt"),
        Lang::Km => format!("អដ្ឋិធាតុ {n}"),
    }
}

/// The note on a running total with gaps: seasons without data count as nothing.
pub fn gaps_note(gaps: usize, seasons: bool, lang: Lang) -> String {
    match (lang, seasons) {
        (Lang::En, true) => format!("{gaps} season(s) without data count as zero: the total is a lower bound"),
        (Lang::En, false) => format!("{gaps} year(s) without data count as zero: the total is a lower bound"),
        (Lang::Vi, true) => {
            format!("{gaps} mùa khô không có số liệu được tính là 0: tổng cộng dồn là giá trị tối thiểu")
        }
        (Lang::Vi, false) => format!("{gaps} năm không có số liệu được tính là 0: tổng cộng dồn là giá trị tối thiểu"),
        (Lang::Km, true) => format!("រដូវគ្មានទិន្នន័យ {gaps} ត្រូវរាប់ជាសូន្យ៖ សរុបនេះជាតម្លៃអប្បបរមា"),
        (Lang::Km, false) => format!("ឆ្នាំគ្មានទិន្នន័យ {gaps} ត្រូវរាប់ជាសូន្យ៖ សរុបនេះជាតម្លៃអប្បបរមា"),
    }
}

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

/// The description of a `sites` map: `finds` find sites with `total` sets of remains (both
/// already formatted) in `provinces` provinces, `hexagons` when they are grouped.
pub fn sites_description(lang: Lang, finds: &str, total: &str, provinces: usize, hexagons: bool) -> String {
    match lang {
        Lang::En => {
            let how = if hexagons { ", grouped into hexagons where they crowd" } else { "" };
            format!("Map of {finds} find sites in Cambodia{how}: {total} sets of remains in {provinces} provinces")
        }
        Lang::Vi => {
            let how = if hexagons { ", gộp thành ô lục giác nơi dày đặc" } else { "" };
            format!("Bản đồ {finds} điểm phát hiện hài cốt ở Campuchia{how}: {total} bộ hài cốt ở {provinces} tỉnh")
        }
        Lang::Km => {
            let how = if hexagons {
                " ដាក់ជាក្រុមឆកោណនៅកន្លែងដែលក្រាស់"
            } else {
                ""
            };
            format!("ផែនទីទីតាំងរកឃើញ {finds} នៅកម្ពុជា{how}៖ អដ្ឋិធាតុ {total} នៅក្នុង {provinces} ខេត្ត")
        }
    }
}

/// The description of a `bubbles` map: `total` sets of remains (already formatted) in
/// `provinces` provinces.
pub fn bubbles_description(lang: Lang, total: &str, provinces: usize) -> String {
    match lang {
        Lang::En => format!(
            "Map of Cambodia with a circle on each province, its area proportional to the sets of remains found: {total} in {provinces} provinces"
        ),
        Lang::Vi => format!(
            "Bản đồ Campuchia với mỗi tỉnh một vòng tròn, diện tích tỉ lệ với số bộ hài cốt quy tập được: {total} bộ ở {provinces} tỉnh"
        ),
        Lang::Km => format!(
            "ផែនទីកម្ពុជាដែលមានរង្វង់មួយលើខេត្តនីមួយៗ ទំហំសមាមាត្រនឹងចំនួនអដ្ឋិធាតុដែលបានរកឃើញ៖ អដ្ឋិធាតុ {total} នៅក្នុង {provinces} ខេត្ត"
        ),
    }
}

/// The description of a choropleth in `classes` classes: `total` sets of remains (already
/// formatted) in `provinces` provinces.
pub fn choropleth_description(lang: Lang, classes: usize, total: &str, provinces: usize) -> String {
    match lang {
        Lang::En => format!(
            "Map of Cambodia's provinces shaded in {classes} classes by sets of remains found: {total} in {provinces} provinces"
        ),
        Lang::Vi => format!(
            "Bản đồ các tỉnh Campuchia tô màu theo {classes} nhóm số bộ hài cốt quy tập được: {total} bộ ở {provinces} tỉnh"
        ),
        Lang::Km => format!(
            "ផែនទីខេត្តនៃប្រទេសកម្ពុជា ដាក់ពណ៌ជា {classes} ថ្នាក់ តាមចំនួនអដ្ឋិធាតុដែលបានរកឃើញ៖ អដ្ឋិធាតុ {total} នៅក្នុង {provinces} ខេត្ត"
        ),
    }
}

/// What joins a map's description to the provinces with the most remains: "; the most in ".
pub fn the_most_in(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; the most in ",
        Lang::Vi => "; nhiều nhất ở ",
        Lang::Km => "។ ច្រើនជាងគេនៅ ",
    }
}

/// The mark that ends a sentence.
pub fn full_stop(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::Vi => ".",
        Lang::Km => "។",
    }
}

/// The sentence saying that `n` selected provinces have no data.
pub fn provinces_without_data(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} provinces have no data."),
        Lang::Vi => format!("{n} tỉnh không có số liệu."),
        Lang::Km => format!("{n} ខេត្តគ្មានទិន្នន័យ។"),
    }
}
