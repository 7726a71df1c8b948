//! The reader's report checked against itself and against the dataset it describes.

use repatria::read::{Loaded, Severity};

/// Whether the report's totals agree with each other and with the dataset: rows, sets of
/// remains, the sums by province, season and team, and the count of problems. Says which
/// does not.
pub fn reconciles(l: &Loaded) -> Result<(), String> {
    let r = &l.report;
    let sum = |v: &[(String, u64)]| v.iter().map(|e| e.1).sum::<u64>();
    let check = |ok: bool, what: &str| {
        if ok {
            return Ok(());
        }
        Err(format!(
            "{what}: {} rows, {} accepted, {} rejected, {} remains (the dataset: {} records, {} remains), \
             {} errors, {} warnings, {} problems listed, {} omitted",
            r.rows,
            r.accepted,
            r.rejected,
            r.remains,
            l.dataset.len(),
            l.dataset.total_remains(),
            r.errors,
            r.warnings,
            r.problems.len(),
            r.problems_omitted
        ))
    };
    check(r.accepted == l.dataset.len(), "accepted rows are the dataset's records")?;
    check(r.rows == r.accepted + r.rejected + r.total_rows, "every row is accepted, rejected or a total")?;
    check(r.totals.len() <= r.total_rows, "total rows listed are total rows")?;
    check(r.remains == l.dataset.total_remains(), "remains are the dataset's")?;
    check(sum(&r.by_province) == r.remains, "by_province adds up to the remains")?;
    check(sum(&r.by_season) == r.remains, "by_season adds up to the remains")?;
    check(sum(&r.by_team) == r.remains, "by_team adds up to the remains")?;
    check(r.errors + r.warnings == r.problems.len() + r.problems_omitted, "problems listed or counted as omitted")?;
    let errors = r.problems.iter().filter(|p| p.severity == Severity::Error).count();
    check(r.problems_omitted > 0 || r.errors == errors, "errors are the problems of error severity")?;
    // A rejected row always says why.
    check(r.rejected == 0 || r.errors > 0, "a rejected row has an error")
}

/// (line, column, value, severity, message) of every problem.
pub fn problems(l: &Loaded) -> Vec<(u32, &str, &str, Severity, &str)> {
    l.report
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.severity, p.message.as_str()))
        .collect()
}
