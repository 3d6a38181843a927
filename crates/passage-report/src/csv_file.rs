//! The report as CSV for analysts: stable English column names, codes not
//! words, one row per (dimension, group) after the total row. The columns
//! are a contract (`docs/reports.md`): they are only ever added at the end.

use super::{ALL, GroupRow, WorkshopReport, decimal};

/// The CSV columns, in order. Frozen: new columns go at the end.
pub const CSV_COLUMNS: [&str; 13] = [
    "dimension",
    "group",
    "registered",
    "attended",
    "completed",
    "pre_taken",
    "post_taken",
    "paired",
    "pre_average",
    "post_average",
    "gain",
    "improved",
    "suppressed",
];

/// The report as RFC 4180 CSV (CRLF line ends, quoting by the `csv`
/// crate): a header, the total row (dimension `all`), then every group of
/// every dimension. Empty cells mean "nobody to average"; decimals have a
/// dot and one digit after it. Codes are ASCII, so the file is too.
pub fn to_csv(report: &WorkshopReport) -> String {
    match write(report) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        // Writing to memory has no I/O to fail and every record has the
        // same length, so this is not expected to happen.
        Err(err) => {
            tracing::error!(%err, "report CSV could not be written");
            String::new()
        }
    }
}

fn write(report: &WorkshopReport) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    out.write_record(CSV_COLUMNS)?;
    out.write_record(record(ALL, &report.total))?;
    for breakdown in &report.breakdowns {
        for row in &breakdown.rows {
            out.write_record(record(breakdown.dimension.code(), row))?;
        }
    }
    out.into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

fn record(dimension: &str, row: &GroupRow) -> [String; 13] {
    let optional = |v: Option<f64>| v.map(decimal).unwrap_or_default();
    if row.suppressed {
        let mut withheld: [String; 13] = Default::default();
        withheld[0] = dimension.to_owned();
        withheld[1].clone_from(&row.group);
        withheld[12] = "1".to_owned();
        return withheld;
    }
    [
        dimension.to_owned(),
        row.group.clone(),
        row.registered.to_string(),
        row.attended.to_string(),
        row.completed.to_string(),
        row.pre_taken.to_string(),
        row.post_taken.to_string(),
        row.paired.to_string(),
        optional(row.pre_average),
        optional(row.post_average),
        optional(row.gain),
        row.improved.to_string(),
        "0".to_owned(),
    ]
}
