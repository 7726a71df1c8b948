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
    }
}
