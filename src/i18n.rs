//! Every built-in string, in English, Vietnamese and Khmer.

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
