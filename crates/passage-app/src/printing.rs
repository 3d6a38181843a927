//! What a trainer prints or hands on: certificates of completion in each
//! learner's language, the day's sign-in sheet, and the workshop report
//! (screen, CSV, XLSX). Words come from the Fluent files (`trainer.ftl`);
//! layout from `passage-print`; figures from `report`.

use std::path::PathBuf;

use passage_l10n::{Arg, Locale, msg};

use crate::report::{self, Chart, ReportInput, ReportWords, WorkshopReport};
use crate::workshops::Participant;
use crate::{AppError, Passage, Result};

/// A file Passage saved for the trainer to print or send.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFile {
    /// Where it is.
    pub path: String,
    /// Its name.
    pub name: String,
}

/// A workshop's report as the trainer's screen shows it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportView {
    /// The figures.
    pub report: WorkshopReport,
    /// Charts (inert SVG made in Rust).
    pub charts: Vec<Chart>,
}

/// The report's file formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ReportFormat {
    /// Stable columns for analysts (`docs/reports.md`).
    Csv,
    /// A workbook for people.
    Xlsx,
}

/// A participant counts as having completed the workshop when present at
/// three quarters of its sessions (breaks not counted).
pub use passage_report::COMPLETION_SHARE;

fn print_err(e: impl std::fmt::Display) -> AppError {
    AppError::Print(e.to_string())
}

/// A name safe for a file on any system.
fn file_stem(title: &str) -> String {
    let stem: String = crate::workshops::slug(title).chars().take(60).collect();
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "workshop".into()
    } else {
        stem.to_owned()
    }
}

impl Passage {
    fn tr(&self, locale: &Locale, msg: &passage_l10n::Msg) -> String {
        self.messages.tr(locale, msg)
    }

    /// A message of a family whose ids are made from data (`sex-female`,
    /// `month-3`, `report-col-pre-avg`); every member is checked to exist by
    /// the tests of the lists they come from.
    fn family(&self, locale: &Locale, id: &str) -> String {
        self.messages.format(locale, id, &[])
    }

    /// `4 March 2027` in `locale`'s words.
    fn long_date(&self, locale: &Locale, date: &str) -> String {
        let mut parts = date.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return date.to_owned();
        };
        let month = self.family(locale, &format!("month-{}", m.trim_start_matches('0')));
        self.tr(locale, &msg::date_long(d.trim_start_matches('0'), month, y))
    }

    /// Saves `bytes` as `name` (which may be `folder/file`) in the exports folder.
    pub(crate) fn save_export(&self, name: &str, bytes: &[u8]) -> Result<SavedFile> {
        let path = self.exports_dir()?.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| print_err(format!("{}: {e}", dir.display())))?;
        }
        crate::write_file_atomically(&path, bytes)?;
        tracing::info!(file = %name, "saved for printing");
        Ok(SavedFile {
            path: path.display().to_string(),
            name: name.to_owned(),
        })
    }

    pub(crate) fn exports_dir(&self) -> Result<PathBuf> {
        self.exports_dir
            .clone()
            .or_else(|| {
                self.store_path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(|d| d.join("exports"))
            })
            .ok_or_else(|| print_err("no folder to save in"))
    }

    /// Certificates for the given participants (everyone who completed the
    /// workshop when `learners` is empty), one page each, in each learner's
    /// language: one PDF to print, or with `separate` a folder with one PDF
    /// per person (to send or to print one again).
    pub fn certificates(
        &self,
        workshop: &str,
        learners: &[String],
        separate: bool,
    ) -> Result<SavedFile> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let d = &stored.details;
        let people: Vec<Participant> = self
            .participants(workshop)?
            .into_iter()
            .filter(|p| {
                if learners.is_empty() {
                    completed(p, &stored.details)
                } else {
                    learners.contains(&p.id)
                }
            })
            .collect();
        if people.is_empty() {
            return Err(AppError::BadInput(
                "learners: nobody to print a certificate for".into(),
            ));
        }
        let minutes: u32 = d
            .days
            .iter()
            .flat_map(|day| &day.sessions)
            .filter(|s| s.kind != "break")
            .map(|s| u32::from(s.minutes))
            .sum();
        // Whole and half hours, as certificates say them.
        let hours = f64::from((minutes + 15) / 30) / 2.0;
        let first = d.days.first().map(|x| x.date.clone()).unwrap_or_default();
        let last = d.days.last().map(|x| x.date.clone()).unwrap_or_default();
        let certificates = people
            .iter()
            .map(|p| {
                let locale = p
                    .locale
                    .as_deref()
                    .and_then(|l| Locale::parse(l).ok())
                    .or_else(|| Locale::parse(&d.locale).ok())
                    .unwrap_or_else(Locale::english);
                let dates = if first == last {
                    self.tr(
                        &locale,
                        &msg::cert_dates_one(self.long_date(&locale, &first)),
                    )
                } else {
                    self.tr(
                        &locale,
                        &msg::cert_dates_range(
                            self.long_date(&locale, &first),
                            self.long_date(&locale, &last),
                        ),
                    )
                };
                passage_print::Certificate {
                    locale: locale.to_string(),
                    heading: self.tr(&locale, &msg::cert_heading()),
                    presented_to: self.tr(&locale, &msg::cert_presented_to()),
                    name: p.name.clone(),
                    body: self.tr(
                        &locale,
                        &msg::cert_body(
                            dates,
                            Arg::Number(hours),
                            d.organisation.clone(),
                            d.title.clone(),
                        ),
                    ),
                    organisation: d.organisation.clone(),
                    place_and_date: if d.venue.is_empty() {
                        self.long_date(&locale, &last)
                    } else {
                        format!("{}, {}", d.venue, self.long_date(&locale, &last))
                    },
                    signature_label: self.tr(&locale, &msg::cert_signature()),
                    trainer: d.trainer.clone(),
                }
            })
            .collect::<Vec<_>>();
        let stem = file_stem(&d.title);
        if !separate {
            let pdf = passage_print::certificates_pdf(&certificates).map_err(print_err)?;
            return self.save_export(&format!("{stem}-certificates.pdf"), &pdf);
        }
        let folder = format!("{stem}-certificates");
        for (n, certificate) in certificates.iter().enumerate() {
            let pdf = passage_print::certificates_pdf(std::slice::from_ref(certificate))
                .map_err(print_err)?;
            let name = format!("{folder}/{:02}-{}.pdf", n + 1, file_stem(&certificate.name));
            self.save_export(&name, &pdf)?;
        }
        let dir = self.exports_dir()?.join(&folder);
        Ok(SavedFile {
            path: dir.display().to_string(),
            name: folder,
        })
    }

    /// The sign-in sheet of one day (0-based): everyone registered, with a
    /// box to sign for the morning and one for the afternoon.
    pub fn sign_in_sheet(&self, workshop: &str, day: usize) -> Result<SavedFile> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let d = &stored.details;
        let date = d
            .days
            .get(day)
            .map(|x| x.date.clone())
            .ok_or_else(|| AppError::BadInput("day: not a day of this workshop".into()))?;
        let locale = Locale::parse(&d.locale).unwrap_or_else(|_| Locale::english());
        let w = |id: &str| self.family(&locale, id);
        let number = u32::try_from(day + 1).unwrap_or(u32::MAX);
        let column = |m: passage_l10n::Msg, weight| passage_print::Column {
            title: self.tr(&locale, &m),
            weight,
        };
        let rows = self
            .participants(workshop)?
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    (i + 1).to_string(),
                    p.name.clone(),
                    p.sex
                        .as_deref()
                        .map(|s| w(&format!("sex-{s}")))
                        .unwrap_or_default(),
                    p.age_band
                        .as_deref()
                        .map(|a| w(&format!("age-{a}")))
                        .unwrap_or_default(),
                    String::new(),
                    String::new(),
                ]
            })
            .collect();
        let sheet = passage_print::SignInSheet {
            locale: locale.to_string(),
            title: self.tr(&locale, &msg::signin_title(number)),
            subtitle: [
                d.organisation.as_str(),
                d.title.as_str(),
                d.venue.as_str(),
                &self.long_date(&locale, &date),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · "),
            columns: vec![
                column(msg::signin_number(), 1),
                column(msg::signin_name(), 5),
                column(msg::signin_sex(), 2),
                column(msg::signin_age(), 3),
                column(msg::signin_morning(), 4),
                column(msg::signin_afternoon(), 4),
            ],
            rows,
            footer: self.tr(&locale, &msg::signin_footer(d.trainer.clone())),
        };
        let pdf = passage_print::sign_in_sheet_pdf(&sheet).map_err(print_err)?;
        self.save_export(
            &format!("{}-sign-in-day-{number}.pdf", file_stem(&d.title)),
            &pdf,
        )
    }

    fn report_words(&self, title: &str, subtitle: String) -> ReportWords {
        let locale = &self.locale();
        ReportWords::from_messages(title, subtitle, |id| self.family(locale, id))
    }

    /// A workshop's results by sex, age band, origin, destination and sector.
    pub fn workshop_report(&self, workshop: &str) -> Result<ReportView> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let people = self.store()?.participant_facts(Some(workshop))?;
        let report = report::aggregate(&passage_report::input_of(&stored.details, people));
        let words = self.report_words(&stored.details.title, stored.details.organisation);
        Ok(ReportView {
            charts: report::charts_svg(&report, &words),
            report,
        })
    }

    /// Saves a workshop's report as CSV or XLSX.
    pub fn export_report(&self, workshop: &str, format: ReportFormat) -> Result<SavedFile> {
        self.trainer()?;
        let stored = self.stored_workshop(workshop)?;
        let people = self.store()?.participant_facts(Some(workshop))?;
        let report = report::aggregate(&passage_report::input_of(&stored.details, people));
        let stem = file_stem(&stored.details.title);
        match format {
            ReportFormat::Csv => self.save_export(
                &format!("{stem}-report.csv"),
                report::to_csv(&report).as_bytes(),
            ),
            ReportFormat::Xlsx => {
                let words = self.report_words(&stored.details.title, stored.details.organisation);
                let bytes = report::to_xlsx(&report, &words).map_err(print_err)?;
                self.save_export(&format!("{stem}-report.xlsx"), &bytes)
            }
        }
    }

    /// Every workshop on this laptop together.
    pub fn all_workshops_report(&self) -> Result<WorkshopReport> {
        self.trainer()?;
        let store = self.store()?;
        let inputs: Vec<ReportInput> = passage_report::inputs_from_store(&store)?
            .into_iter()
            .map(|(_, input)| input)
            .collect();
        Ok(report::aggregate_many(&inputs))
    }
}

/// Present at enough sessions to count as having completed the workshop.
pub(crate) fn completed(p: &Participant, details: &passage_store::WorkshopDetails) -> bool {
    let sessions = passage_report::teaching_sessions(details);
    let present = p
        .attended
        .iter()
        .filter(|s| sessions.contains(&s.as_str()))
        .count();
    let (n, d) = COMPLETION_SHARE;
    !sessions.is_empty()
        && present * usize::try_from(d).unwrap_or(1)
            >= sessions.len() * usize::try_from(n).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_letters_of_any_script_and_nothing_else() {
        assert_eq!(
            file_stem("Safe migration / Kampot 2027"),
            "Safe-migration-Kampot-2027"
        );
        assert_eq!(file_stem("../../etc"), "etc");
        assert_eq!(file_stem("..."), "workshop");
        assert_eq!(file_stem("សុវត្ថិភាព ការធ្វើចំណាកស្រុក"), "សុវត្ថិភាព-ការធ្វើចំណាកស្រុក");
    }
}
