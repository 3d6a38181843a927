//! Importing an organiser's roster: real files (hand-written fixtures in
//! `tests/roster/`, an XLSX made here as Excel would store it) read into
//! the preview the trainer sees, row problems with their line and column,
//! whole-file errors, and the value rules one by one.

use std::path::Path;

use passage_app::roster::{
    ColumnMatch, ProblemCode, Registrant, RegistrantDraft, RosterError, RosterPreview,
    RosterProblem, check_draft, duplicate_key, parse_roster,
};
use proptest::prelude::*;

/// The workshop's year in every test.
const YEAR: u16 = 2026;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/roster")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn preview(bytes: &[u8], file_name: &str) -> RosterPreview {
    parse_roster(bytes, file_name, YEAR)
        .unwrap_or_else(|e| panic!("{file_name} should be readable: {e}"))
}

fn error(bytes: &[u8], file_name: &str) -> RosterError {
    match parse_roster(bytes, file_name, YEAR) {
        Ok(preview) => panic!("{file_name} should be refused, got {preview:?}"),
        Err(err) => err,
    }
}

/// The people of a preview with no problems.
fn registrants(preview: &RosterPreview) -> Vec<Registrant> {
    assert_eq!(preview.problems, [], "no problems expected");
    preview
        .drafts
        .iter()
        .map(|d| check_draft(d, YEAR).expect("a draft without problems passes"))
        .collect()
}

/// A registrant with only a name; tests fill in the rest.
fn named(name: &str) -> Registrant {
    Registrant {
        name: name.to_owned(),
        sex: None,
        age_band: None,
        birth_year: None,
        origin: None,
        destination: None,
        sector: None,
        phone: None,
        consent: None,
    }
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

fn problem(line: u32, column: &str, field: &str, code: ProblemCode, value: &str) -> RosterProblem {
    RosterProblem {
        line,
        column: column.to_owned(),
        field: field.to_owned(),
        code,
        value: value.to_owned(),
    }
}

fn column(header: &str, field: Option<&str>) -> ColumnMatch {
    ColumnMatch {
        header: header.to_owned(),
        field: field.map(str::to_owned),
    }
}

fn draft(name: &str) -> RegistrantDraft {
    RegistrantDraft {
        line: 3,
        name: name.to_owned(),
        ..RegistrantDraft::default()
    }
}

// ---------------------------------------------------------------- files

#[test]
fn twenty_people_two_of_them_to_fix() {
    let preview = preview(
        &fixture("twenty-with-two-bad-rows.csv"),
        "twenty-with-two-bad-rows.csv",
    );
    assert_eq!(
        preview.columns,
        [
            column("Full name", Some("name")),
            column("Sex", Some("sex")),
            column("Age", Some("age")),
            column("Country of origin", Some("origin")),
            column("Destination", Some("destination")),
            column("Sector", Some("sector")),
            column("Phone", Some("phone")),
            column("Consent", Some("consent")),
        ]
    );
    assert_eq!(preview.drafts.len(), 20);
    assert_eq!(preview.ignored_rows, 0);
    assert_eq!(
        preview.problems,
        [
            problem(9, "Sex", "sex", ProblemCode::BadSex, "Femal"),
            problem(16, "Full name", "name", ProblemCode::MissingName, ""),
        ]
    );
    let good: Vec<Registrant> = preview
        .drafts
        .iter()
        .filter_map(|d| check_draft(d, YEAR).ok())
        .collect();
    assert_eq!(good.len(), 18);
    assert!(good.iter().all(|r| r.consent == Some(true)));
    assert_eq!(
        good[0],
        Registrant {
            sex: some("female"),
            age_band: some("25-34"),
            origin: some("PH"),
            destination: some("HK"),
            sector: some("domestic-work"),
            phone: some("+639175550142"),
            consent: Some(true),
            ..named("Maria Cristina Santos")
        }
    );
    let last = good.last().expect("18 people");
    assert_eq!(last.name, "Thida Win");
    assert_eq!(last.age_band.as_deref(), Some("35-44"));
    assert_eq!(last.destination.as_deref(), Some("SG"));
    assert_eq!(last.sector.as_deref(), Some("care-work"));
    let destinations: std::collections::BTreeSet<_> =
        good.iter().filter_map(|r| r.destination.clone()).collect();
    assert_eq!(
        destinations.into_iter().collect::<Vec<_>>(),
        ["HK", "JP", "KR", "KW", "MY", "QA", "SA", "SG", "TH", "TW"]
    );
}

#[test]
fn utf8_with_bom_and_semicolons_in_indonesian() {
    let preview = preview(&fixture("utf8-bom-semicolon.csv"), "peserta.csv");
    assert_eq!(preview.columns[0], column("Nama Lengkap", Some("name")));
    assert_eq!(preview.columns[7], column("No. HP", Some("phone")));
    assert_eq!(preview.columns[8], column("Setuju", Some("consent")));
    assert_eq!(
        registrants(&preview),
        [
            Registrant {
                sex: some("female"),
                age_band: some("25-34"),
                birth_year: Some(1998),
                origin: some("ID"),
                destination: some("HK"),
                sector: some("domestic-work"),
                phone: some("+6281211112222"),
                consent: Some(true),
                ..named("Sri Wahyuni")
            },
            Registrant {
                sex: some("male"),
                age_band: some("35-44"),
                origin: some("ID"),
                destination: some("TW"),
                sector: some("fishing"),
                phone: some("081333334444"),
                consent: Some(true),
                ..named("Agus Salim")
            },
            Registrant {
                sex: some("female"),
                age_band: some("18-24"),
                origin: some("ID"),
                destination: some("SG"),
                sector: some("care-work"),
                ..named("Wulan; Sari")
            },
            Registrant {
                sex: some("male"),
                age_band: some("35-44"),
                birth_year: Some(1990),
                origin: some("ID"),
                destination: some("MY"),
                sector: some("agriculture"),
                phone: some("+6285255556666"),
                consent: Some(false),
                ..named("Rudi Hartono")
            },
        ]
    );
    assert_eq!(
        preview.drafts.iter().map(|d| d.line).collect::<Vec<_>>(),
        [2, 3, 4, 5]
    );
}

#[test]
fn utf16_tab_separated_in_filipino() {
    let preview = preview(&fixture("utf16-tab.txt"), "Roster.txt");
    assert_eq!(preview.columns.len(), 7);
    assert_eq!(preview.columns[1], column("Kasarian", Some("sex")));
    assert_eq!(
        preview.columns[3],
        column("Bansang Pupuntahan", Some("destination"))
    );
    let people = registrants(&preview);
    assert_eq!(
        people[0],
        Registrant {
            sex: some("female"),
            age_band: some("25-34"),
            destination: some("SA"),
            sector: some("domestic-work"),
            phone: some("09171234567"),
            consent: Some(true),
            ..named("Ma. Luisa Reyes")
        }
    );
    assert_eq!(people[1].sex.as_deref(), Some("male"));
    assert_eq!(people[1].age_band.as_deref(), Some("35-44"));
    assert_eq!(people[2].name, "Ligaya \"Gaya\" Mercado");
    assert_eq!(people[2].sex.as_deref(), Some("female"));
    assert_eq!(people[2].phone.as_deref(), Some("09192223333"));
    assert_eq!(people[2].consent, Some(false));
}

#[test]
fn thai_headers_digits_and_buddhist_era_years() {
    let preview = preview(&fixture("thai.csv"), "รายชื่อ.csv");
    assert!(preview.columns.iter().all(|c| c.field.is_some()));
    // The draft keeps what was typed (digits made ASCII); the registrant
    // has the Gregorian year.
    assert_eq!(preview.drafts[0].birth_year, "2537");
    assert_eq!(
        registrants(&preview),
        [
            Registrant {
                sex: some("female"),
                age_band: some("25-34"),
                birth_year: Some(1994),
                destination: some("JP"),
                sector: some("manufacturing"),
                phone: some("0812345678"),
                consent: Some(true),
                ..named("สมหญิง ใจดี")
            },
            Registrant {
                sex: some("male"),
                age_band: some("35-44"),
                birth_year: Some(1987),
                destination: some("KR"),
                sector: some("agriculture"),
                consent: Some(true),
                ..named("สมชาย รักไทย")
            },
            Registrant {
                sex: some("female"),
                age_band: some("45-54"),
                destination: some("TW"),
                sector: some("care-work"),
                phone: some("+66891112222"),
                consent: Some(false),
                ..named("มาลี ศรีสุข")
            },
        ]
    );
}

#[test]
fn khmer_headers_and_digits() {
    let preview = preview(&fixture("khmer.csv"), "khmer.csv");
    assert_eq!(preview.columns[0], column("ឈ្មោះ", Some("name")));
    assert_eq!(
        registrants(&preview),
        [
            Registrant {
                sex: some("female"),
                age_band: some("25-34"),
                destination: some("TH"),
                sector: some("manufacturing"),
                phone: some("012345678"),
                consent: Some(true),
                ..named("សុខ ដារ៉ា")
            },
            Registrant {
                sex: some("male"),
                age_band: some("35-44"),
                destination: some("MY"),
                sector: some("construction"),
                consent: Some(true),
                ..named("ចាន់ វិបុល")
            },
        ]
    );
}

/// A workbook as an organiser's Excel stores it: an empty sheet, a hidden
/// lookup sheet and an instructions sheet before the roster, a title row,
/// numbers for ages, phones and a year, a date of birth, a TRUE cell.
fn workbook() -> Vec<u8> {
    static BYTES: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(write_workbook);
    BYTES.clone()
}

fn write_workbook() -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let build = || -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut book = Workbook::new();
        book.add_worksheet().set_name("Empty")?;
        let lookup = book.add_worksheet();
        lookup.set_name("Lists")?;
        lookup.write_string(0, 0, "Name")?;
        lookup.write_string(1, 0, "Not a person")?;
        lookup.set_hidden(true);
        let help = book.add_worksheet();
        help.set_name("How to fill")?;
        help.write_string(
            0,
            0,
            "One row per person. Leave blank what you do not know.",
        )?;
        let roster = book.add_worksheet();
        roster.set_name("Roster")?;
        let date = Format::new().set_num_format("dd/mm/yyyy");
        roster.write_string(0, 0, "Pre-departure orientation, Manila, 12 May 2026")?;
        for (col, header) in [
            "Name",
            "Sex",
            "Age",
            "Date of birth",
            "Destination",
            "Sector",
            "Mobile No.",
            "Consent",
            "Remarks",
        ]
        .into_iter()
        .enumerate()
        {
            roster.write_string(2, u16::try_from(col).expect("few columns"), header)?;
        }
        // Row 4 in Excel.
        roster.write_string(3, 0, "Maria Santos")?;
        roster.write_string(3, 1, "F")?;
        roster.write_number(3, 2, 31.0)?;
        roster.write_datetime_with_format(3, 3, ExcelDateTime::from_ymd(1995, 3, 12)?, &date)?;
        roster.write_string(3, 4, "Hong Kong")?;
        roster.write_string(3, 5, "domestic worker")?;
        roster.write_number(3, 6, 639_171_234_567.0)?;
        roster.write_boolean(3, 7, true)?;
        roster.write_string(3, 8, "arrives late")?;
        // Row 5.
        roster.write_string(4, 0, "Nguyễn Văn An")?;
        roster.write_string(4, 1, "Nam")?;
        roster.write_number(4, 2, 24.0)?;
        roster.write_datetime_with_format(4, 3, ExcelDateTime::from_ymd(2001, 11, 30)?, &date)?;
        roster.write_string(4, 4, "Japan")?;
        roster.write_string(4, 5, "construction")?;
        roster.write_number(4, 6, 84_901_234_567.0)?;
        roster.write_string(4, 7, "yes")?;
        // Row 6 is blank. Row 7: a year typed as a number.
        roster.write_string(6, 0, "Siti Aminah")?;
        roster.write_string(6, 1, "P")?;
        roster.write_number(6, 3, 1988.0)?;
        roster.write_string(6, 4, "Saudi Arabia")?;
        roster.write_string(6, 5, "domestic")?;
        roster.write_string(6, 6, "0812-555-0101")?;
        roster.write_string(6, 7, "ya")?;
        // Row 8: two mistakes.
        roster.write_string(7, 0, "Juan Dela Cruz")?;
        roster.write_string(7, 1, "M")?;
        roster.write_number(7, 2, 150.0)?;
        roster.write_string(7, 4, "Qatar")?;
        roster.write_number(7, 6, 12345.0)?;
        // Row 9: only a remark, nobody.
        roster.write_string(8, 8, "spare row")?;
        book.save_to_buffer()
    };
    build().expect("the test workbook is written")
}

#[test]
fn xlsx_numbers_dates_and_the_roster_sheet() {
    let preview = preview(&workbook(), "Roster May.xlsx");
    assert_eq!(
        preview.columns,
        [
            column("Name", Some("name")),
            column("Sex", Some("sex")),
            column("Age", Some("age")),
            column("Date of birth", Some("birthYear")),
            column("Destination", Some("destination")),
            column("Sector", Some("sector")),
            column("Mobile No.", Some("phone")),
            column("Consent", Some("consent")),
            column("Remarks", None),
        ]
    );
    let first = &preview.drafts[0];
    assert_eq!(
        *first,
        RegistrantDraft {
            line: 4,
            name: "Maria Santos".into(),
            sex: "F".into(),
            age: "31".into(),
            birth_year: "1995".into(),
            origin: String::new(),
            destination: "Hong Kong".into(),
            sector: "domestic worker".into(),
            phone: "639171234567".into(),
            consent: "TRUE".into(),
        }
    );
    assert_eq!(
        preview.drafts.iter().map(|d| d.line).collect::<Vec<_>>(),
        [4, 5, 7, 8]
    );
    assert_eq!(preview.drafts[1].age, "24");
    assert_eq!(preview.drafts[2].birth_year, "1988");
    // Row 6 is blank; row 9 has only a remark and comes after the last person.
    assert_eq!(preview.ignored_rows, 1);
    assert_eq!(
        preview.problems,
        [
            problem(8, "Age", "age", ProblemCode::BadAge, "150"),
            problem(8, "Mobile No.", "phone", ProblemCode::BadPhone, "12345"),
        ]
    );
    assert_eq!(
        check_draft(first, YEAR),
        Ok(Registrant {
            sex: some("female"),
            age_band: some("25-34"),
            birth_year: Some(1995),
            destination: some("HK"),
            sector: some("domestic-work"),
            phone: some("639171234567"),
            consent: Some(true),
            ..named("Maria Santos")
        })
    );
    // Born late 2001, 24 in 2026 before the birthday: not a disagreement.
    let an = check_draft(&preview.drafts[1], YEAR).expect("An is fine");
    assert_eq!(
        (an.sex.as_deref(), an.age_band.as_deref(), an.birth_year),
        (Some("male"), Some("18-24"), Some(2001))
    );
    let siti = check_draft(&preview.drafts[2], YEAR).expect("Siti is fine");
    assert_eq!(siti.age_band.as_deref(), Some("35-44"));
    assert_eq!(siti.phone.as_deref(), Some("08125550101"));
}

#[test]
fn damaged_xlsx_keeps_the_cause() {
    let err = error(b"PK\x03\x04 not really a zip", "roster.xlsx");
    assert_eq!(err.code(), "xlsx-unreadable");
    assert!(matches!(err, RosterError::XlsxUnreadable(_)));
    assert!(std::error::Error::source(&err).is_some());
    // Named .xlsx but not a ZIP at all.
    assert_eq!(
        error(b"Name,Sex\nAna,F\n", "roster.xlsx").code(),
        "xlsx-unreadable"
    );
    // An .xlsx renamed .csv is still read as XLSX.
    let renamed = preview(&workbook(), "roster.csv");
    assert_eq!(renamed.drafts.len(), 4);
}

// ---------------------------------------------------------------- rows

#[test]
fn same_person_twice_names_the_earlier_line() {
    let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Lan";
    let csv = format!(
        "Name,Year of birth\n\
         Maria Santos,1994\n\
         Nguyễn Thị Lan,1990\n\
         \"  maria   SANTOS \",1994\n\
         {nfd},1990\n\
         Maria Santos,1995\n\
         Ana Reyes,\n\
         Ana Reyes,\n\
         Ana Reyes,1990\n\
         Mary-Ann Cruz,\n\
         Mary Ann Cruz,\n"
    );
    let preview = preview(csv.as_bytes(), "dups.csv");
    assert_eq!(
        preview.problems,
        [
            problem(4, "Name", "name", ProblemCode::DuplicateInFile, "2"),
            problem(5, "Name", "name", ProblemCode::DuplicateInFile, "3"),
            problem(8, "Name", "name", ProblemCode::DuplicateInFile, "7"),
            problem(11, "Name", "name", ProblemCode::DuplicateInFile, "10"),
        ]
    );
}

#[test]
fn a_duplicate_with_another_problem_shows_both() {
    let csv = "Name,Sex,Birth year\nAna Reyes,F,1990\nAna Reyes,Q,1990\n";
    assert_eq!(
        preview(csv.as_bytes(), "a.csv").problems,
        [
            problem(3, "Sex", "sex", ProblemCode::BadSex, "Q"),
            problem(3, "Name", "name", ProblemCode::DuplicateInFile, "2"),
        ]
    );
}

#[test]
fn only_a_header_is_a_sheet_with_nobody() {
    let preview = preview(b"Name,Sex,Age\r\n", "empty-roster.csv");
    assert_eq!(preview.columns.len(), 3);
    assert_eq!(preview.drafts, []);
    assert_eq!(preview.problems, []);
    assert_eq!(preview.ignored_rows, 0);
}

#[test]
fn ragged_rows_are_filled_with_empty_cells() {
    let csv = "Name,Sex,Age,Phone\n\
               Ana Reyes,F\n\
               Ben Cruz\n\
               Carla Diaz,F,30,0917 123 4567,extra note,\n";
    let preview = preview(csv.as_bytes(), "ragged.csv");
    assert_eq!(preview.problems, []);
    assert_eq!(preview.columns.len(), 5);
    assert_eq!(preview.columns[4], column("", None));
    assert_eq!(preview.drafts[0].sex, "F");
    assert_eq!(preview.drafts[0].age, "");
    assert_eq!(preview.drafts[1].name, "Ben Cruz");
    assert_eq!(preview.drafts[2].phone, "0917 123 4567");
}

#[test]
fn a_quoted_line_break_stays_one_row() {
    let csv = "Name,Sex\r\n\"Maria\r\nSantos\",F\r\n\r\nBen Cruz,M\r\n";
    let preview = preview(csv.as_bytes(), "multi.csv");
    // Lines as a spreadsheet numbers rows: the name is one cell of row 2,
    // row 3 is blank.
    assert_eq!(
        preview.drafts.iter().map(|d| d.line).collect::<Vec<_>>(),
        [2, 4]
    );
    assert_eq!(preview.ignored_rows, 1);
    let maria = check_draft(&preview.drafts[0], YEAR).expect("valid");
    assert_eq!(maria.name, "Maria Santos");
}

#[test]
fn title_rows_and_blank_rows_above_the_header() {
    let csv = "\n\nOrientation roster;;\nBatch 12;;\n\nName;Sex;Destination\n\nAna Reyes;F;Taiwan\n\n\nBen Cruz;M;Japan\n\n\n";
    let preview = preview(csv.as_bytes(), "batch.csv");
    assert_eq!(preview.columns[0], column("Name", Some("name")));
    assert_eq!(
        preview.drafts.iter().map(|d| d.line).collect::<Vec<_>>(),
        [8, 11]
    );
    // Rows 7, 9 and 10; not the ones after the last person.
    assert_eq!(preview.ignored_rows, 3);
}

#[test]
fn first_and_last_name_columns_are_joined() {
    let csv = "Họ,Tên,Giới tính,Năm sinh\nNguyễn Thị,Lan,nữ,1990\n,Minh,nam,xx\n";
    let preview = preview(csv.as_bytes(), "vn.csv");
    assert_eq!(preview.drafts[0].name, "Nguyễn Thị Lan");
    assert_eq!(preview.drafts[1].name, "Minh");
    assert_eq!(
        preview.problems,
        [problem(
            3,
            "Năm sinh",
            "birthYear",
            ProblemCode::BadBirthYear,
            "xx"
        )]
    );
    let csv = "Name,Surname\n,\n,Santos\n";
    let preview = self::preview(csv.as_bytes(), "names.csv");
    assert_eq!(preview.drafts[0].name, "Santos");
}

#[test]
fn missing_names_and_unknown_columns_are_shown() {
    let csv = "No.,Name / ชื่อ,Province,Sex (M/F),Sex\n1,Ana Reyes,Pampanga,F,\n2,,Cebu,M,\n3,,,,\n";
    let preview = preview(csv.as_bytes(), "misc.csv");
    assert_eq!(
        preview.columns,
        [
            column("No.", None),
            column("Name / ชื่อ", Some("name")),
            column("Province", None),
            column("Sex (M/F)", Some("sex")),
            column("Sex", None),
        ]
    );
    // Row 4 has only its number: nobody, and after the last person.
    assert_eq!(preview.drafts.len(), 2);
    assert_eq!(
        preview.problems,
        [problem(
            3,
            "Name / ชื่อ",
            "name",
            ProblemCode::MissingName,
            ""
        )]
    );
}

// ---------------------------------------------------------------- whole-file errors

#[test]
fn a_file_without_a_header_is_refused() {
    let csv = "Maria Santos,F,31,Hong Kong\nBen Cruz,M,40,Japan\n";
    let err = error(csv.as_bytes(), "list.csv");
    assert!(matches!(err, RosterError::NoHeader));
    assert_eq!(err.code(), "no-header");
}

#[test]
fn more_than_two_thousand_people_is_refused() {
    let mut csv = String::from("Name,Age\n");
    for i in 0..2_000 {
        csv.push_str(&format!("Person {i},30\n"));
    }
    assert_eq!(preview(csv.as_bytes(), "big.csv").drafts.len(), 2_000);
    csv.push_str("Person 2000,30\n");
    let err = error(csv.as_bytes(), "big.csv");
    assert!(matches!(err, RosterError::TooManyRows));
    assert_eq!(err.code(), "too-many-rows");
}

#[test]
fn invalid_utf8_names_its_line() {
    let mut bytes = b"Name,Sex\nA,F\nB,F\nC,F\nD,F\nE,F\n".to_vec();
    // Line 7: "Jos\xe9" as Windows-1252 writes it.
    bytes.extend_from_slice(b"Jos\xe9,M\nF,F\n");
    let err = error(&bytes, "latin1.csv");
    assert!(matches!(err, RosterError::NotUtf8 { line: 7 }), "{err:?}");
    assert_eq!(err.code(), "not-utf8");
    assert!(err.to_string().contains("line 7"), "{err}");
}

#[test]
fn old_excel_is_refused_with_a_way_out() {
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    let err = error(&ole, "roster.xls");
    assert!(matches!(err, RosterError::OldExcel { .. }));
    assert_eq!(err.code(), "old-excel");
    assert!(err.to_string().contains(".xlsx or .csv"), "{err}");
    // Named .csv, but an .xls inside.
    assert_eq!(error(&ole, "roster.csv").code(), "old-excel");
    // Web "Excel exports" are often HTML named .xls.
    assert_eq!(
        error(b"<table><tr><td>Name</td></tr></table>", "export.XLS").code(),
        "old-excel"
    );
}

#[test]
fn other_files_are_not_sheets() {
    for (bytes, name) in [
        (&b"%PDF-1.7"[..], "roster.pdf"),
        (&b"PK\x03\x04word"[..], "roster.docx"),
        (&b"PK\x03\x04ods"[..], "roster.ods"),
        (&b"Name\nAna"[..], "roster.json"),
    ] {
        let err = error(bytes, name);
        assert_eq!(err.code(), "not-a-sheet", "{name}");
        assert!(err.to_string().contains(name), "{err}");
    }
}

#[test]
fn empty_and_huge_files() {
    for (bytes, name) in [
        (&b""[..], "a.csv"),
        (&b"\r\n\r\n  \n"[..], "a.csv"),
        (&b"\xef\xbb\xbf"[..], "a.csv"),
        (&b";;;\n;;;\n"[..], "a.csv"),
        (&b",,,\r\n"[..], "a.csv"),
        (&b""[..], "a.xlsx"),
    ] {
        assert_eq!(error(bytes, name).code(), "empty", "{bytes:?}");
    }
    let huge = vec![b'a'; passage_app::roster::MAX_FILE_BYTES + 1];
    let err = error(&huge, "huge.csv");
    assert!(matches!(err, RosterError::TooBig { .. }));
    assert_eq!(err.code(), "too-big");
}

#[test]
fn an_empty_workbook_is_empty() {
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet();
    let bytes = book.save_to_buffer().expect("written");
    assert_eq!(error(&bytes, "blank.xlsx").code(), "empty");
}

// ---------------------------------------------------------------- values

#[test]
fn sexes_in_the_regions_languages() {
    for (typed, code) in [
        ("F", Some("female")),
        ("female", Some("female")),
        ("Woman", Some("female")),
        ("P", Some("female")),
        ("Perempuan", Some("female")),
        ("babae", Some("female")),
        ("B", Some("female")),
        ("Nữ", Some("female")),
        ("หญิง", Some("female")),
        ("ស្រី", Some("female")),
        ("မ", Some("female")),
        ("ຍິງ", Some("female")),
        ("m", Some("male")),
        ("L", Some("male")),
        ("Laki-laki", Some("male")),
        ("laki laki", Some("male")),
        ("Lalaki", Some("male")),
        ("nam", Some("male")),
        ("ชาย", Some("male")),
        ("ប្រុស", Some("male")),
        ("ကျား", Some("male")),
        ("ຊາຍ", Some("male")),
        ("Other", Some("other")),
        ("lainnya", Some("other")),
        ("iba", Some("other")),
        ("Prefer not to say", Some("unsaid")),
        ("-", Some("unsaid")),
        ("  ", None),
        ("", None),
    ] {
        let checked = check_draft(
            &RegistrantDraft {
                sex: typed.into(),
                ..draft("Ana")
            },
            YEAR,
        );
        assert_eq!(
            checked.map(|r| r.sex),
            Ok(code.map(str::to_owned)),
            "{typed:?}"
        );
    }
    for typed in ["X", "Femal", "yes", "31"] {
        let problems = check_draft(
            &RegistrantDraft {
                sex: typed.into(),
                ..draft("Ana")
            },
            YEAR,
        )
        .expect_err(typed);
        assert_eq!(
            problems,
            [problem(3, "sex", "sex", ProblemCode::BadSex, typed)]
        );
    }
}

fn age_band(age: &str, birth_year: &str) -> Result<Option<String>, Vec<ProblemCode>> {
    check_draft(
        &RegistrantDraft {
            age: age.into(),
            birth_year: birth_year.into(),
            ..draft("Ana")
        },
        YEAR,
    )
    .map(|r| r.age_band)
    .map_err(|ps| ps.into_iter().map(|p| p.code).collect())
}

#[test]
fn ages_and_bands_written_many_ways() {
    for (age, band) in [
        ("31", "25-34"),
        ("๓๑", "25-34"),
        ("၃၁", "25-34"),
        ("31 tahun", "25-34"),
        ("31.0", "25-34"),
        ("10", "under-18"),
        ("17", "under-18"),
        ("18", "18-24"),
        ("100", "55-plus"),
        ("25-34", "25-34"),
        ("25–34", "25-34"),
        ("25 to 34", "25-34"),
        ("45 - 54", "45-54"),
        ("55+", "55-plus"),
        ("55 and over", "55-plus"),
        ("55-plus", "55-plus"),
        ("under 18", "under-18"),
        ("<18", "under-18"),
        ("Under-18", "under-18"),
    ] {
        assert_eq!(age_band(age, ""), Ok(some(band)), "{age:?}");
    }
    for age in ["9", "101", "-5", "20-30", "40+", "thirty", "31/32", "12345"] {
        assert_eq!(age_band(age, ""), Err(vec![ProblemCode::BadAge]), "{age:?}");
    }
    assert_eq!(age_band("", ""), Ok(None));
}

#[test]
fn birth_years_set_the_band_and_must_agree_with_the_age() {
    assert_eq!(age_band("", "1994"), Ok(some("25-34")));
    assert_eq!(age_band("", "๒๕๓๗"), Ok(some("25-34")), "Buddhist era");
    assert_eq!(age_band("", "12/03/1994"), Ok(some("25-34")));
    assert_eq!(age_band("", "2016"), Ok(some("under-18")));
    assert_eq!(age_band("", "1926"), Ok(some("55-plus")));
    for bad in ["1925", "2017", "94", "nineteen", "3000"] {
        assert_eq!(
            age_band("", bad),
            Err(vec![ProblemCode::BadBirthYear]),
            "{bad}"
        );
    }
    // A year apart is a birthday not yet come; more is a mistake.
    assert_eq!(age_band("31", "1994"), Ok(some("25-34")));
    assert_eq!(age_band("33", "1994"), Ok(some("25-34")));
    assert_eq!(age_band("34", "1994"), Err(vec![ProblemCode::AgeDisagrees]));
    assert_eq!(age_band("25-34", "1991"), Ok(some("25-34")));
    assert_eq!(
        age_band("18-24", "1994"),
        Err(vec![ProblemCode::AgeDisagrees])
    );
    let problems = check_draft(
        &RegistrantDraft {
            age: "40".into(),
            birth_year: "1994".into(),
            ..draft("Ana")
        },
        YEAR,
    )
    .expect_err("disagrees");
    assert_eq!(
        problems,
        [problem(
            3,
            "age",
            "age",
            ProblemCode::AgeDisagrees,
            "40 / 1994"
        )]
    );
}

#[test]
fn countries_by_code_and_by_name() {
    let country = |typed: &str| {
        check_draft(
            &RegistrantDraft {
                origin: typed.into(),
                destination: typed.into(),
                ..draft("Ana")
            },
            YEAR,
        )
        .map(|r| {
            assert_eq!(r.origin, r.destination);
            r.origin
        })
    };
    for (typed, code) in [
        ("PH", "PH"),
        ("phl", "PH"),
        ("Pilipinas", "PH"),
        ("Viet Nam", "VN"),
        ("Việt Nam", "VN"),
        ("vietnam", "VN"),
        ("ประเทศไทย", "TH"),
        ("ไทย", "TH"),
        ("Kampuchea", "KH"),
        ("កម្ពុជា", "KH"),
        ("Burma", "MM"),
        ("မြန်မာ", "MM"),
        ("Lao PDR", "LA"),
        ("ລາວ", "LA"),
        ("Hong Kong SAR", "HK"),
        ("South Korea", "KR"),
        ("Korea", "KR"),
        ("U.A.E.", "AE"),
        ("United Arab Emirates", "AE"),
        ("Saudi Arabia", "SA"),
        ("KSA", "SA"),
        ("Brunei Darussalam", "BN"),
        ("Taiwan (ROC)", "TW"),
        ("zz", "ZZ"),
    ] {
        assert_eq!(country(typed), Ok(some(code)), "{typed:?}");
    }
    assert_eq!(country(""), Ok(None));
    let problems = check_draft(
        &RegistrantDraft {
            origin: "Atlantis".into(),
            destination: "Italy".into(),
            ..draft("Ana")
        },
        YEAR,
    )
    .expect_err("unknown countries");
    assert_eq!(
        problems,
        [
            problem(3, "origin", "origin", ProblemCode::BadCountry, "Atlantis"),
            problem(
                3,
                "destination",
                "destination",
                ProblemCode::BadCountry,
                "Italy"
            ),
        ]
    );
}

#[test]
fn sectors_in_common_words() {
    for (typed, code) in [
        ("domestic-work", "domestic-work"),
        ("Domestic Helper", "domestic-work"),
        ("PRT", "domestic-work"),
        ("kasambahay", "domestic-work"),
        ("giúp việc", "domestic-work"),
        ("Caregiver", "care-work"),
        ("care", "care-work"),
        ("Konstruksi", "construction"),
        ("xây dựng", "construction"),
        ("Factory", "manufacturing"),
        ("pabrik", "manufacturing"),
        ("plantation", "agriculture"),
        ("Pertanian", "agriculture"),
        ("nelayan", "fishing"),
        ("Fisher", "fishing"),
        ("Hotel", "hospitality"),
        ("restaurant", "hospitality"),
        ("other", "other"),
        ("-", "unsaid"),
    ] {
        let sector = check_draft(
            &RegistrantDraft {
                sector: typed.into(),
                ..draft("Ana")
            },
            YEAR,
        )
        .map(|r| r.sector);
        assert_eq!(sector, Ok(some(code)), "{typed:?}");
    }
    let bad = check_draft(
        &RegistrantDraft {
            sector: "astronaut".into(),
            ..draft("Ana")
        },
        YEAR,
    );
    assert_eq!(
        bad,
        Err(vec![problem(
            3,
            "sector",
            "sector",
            ProblemCode::BadSector,
            "astronaut"
        )])
    );
}

#[test]
fn phone_numbers_keep_plus_and_digits() {
    let phone = |typed: &str| {
        check_draft(
            &RegistrantDraft {
                phone: typed.into(),
                ..draft("Ana")
            },
            YEAR,
        )
        .map(|r| r.phone)
        .map_err(|ps| ps.into_iter().map(|p| p.code).collect::<Vec<_>>())
    };
    for (typed, kept) in [
        ("+63 917 123 4567", "+639171234567"),
        ("0917-123-4567", "09171234567"),
        ("(02) 8123.4567", "0281234567"),
        ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678"),
        ("'09171234567", "09171234567"),
        ("1234567", "1234567"),
        ("123456789012345", "123456789012345"),
    ] {
        assert_eq!(phone(typed), Ok(some(kept)), "{typed:?}");
    }
    assert_eq!(phone(""), Ok(None));
    for bad in [
        "123456",
        "1234567890123456",
        "0917 123 4567 ext 2",
        "63+917",
        "call me",
    ] {
        assert_eq!(phone(bad), Err(vec![ProblemCode::BadPhone]), "{bad:?}");
    }
}

#[test]
fn consent_answers() {
    let consent = |typed: &str| {
        check_draft(
            &RegistrantDraft {
                consent: typed.into(),
                ..draft("Ana")
            },
            YEAR,
        )
        .map(|r| r.consent)
    };
    for yes in [
        "yes",
        "Y",
        "1",
        "TRUE",
        "ya",
        "oo",
        "có",
        "ใช่",
        "បាទ",
        "ចាស",
        "ဟုတ်",
        "ແມ່ນ",
        "✓",
    ] {
        assert_eq!(consent(yes), Ok(Some(true)), "{yes:?}");
    }
    for no in ["no", "N", "0", "false", "tidak", "hindi", "không", "ไม่"] {
        assert_eq!(consent(no), Ok(Some(false)), "{no:?}");
    }
    assert_eq!(consent(""), Ok(None));
    assert_eq!(
        consent("maybe").map_err(|ps| ps[0].code),
        Err(ProblemCode::BadConsent)
    );
}

#[test]
fn names_are_tidied_and_limited_in_characters() {
    let tidy = check_draft(&draft("  Maria \t\n Cristina   Santos "), YEAR).expect("valid");
    assert_eq!(tidy.name, "Maria Cristina Santos");
    // 80 Thai characters are 240 bytes: still a good name.
    let thai: String = "ก".repeat(80);
    assert!(check_draft(&draft(&thai), YEAR).is_ok());
    let long: String = "ก".repeat(81);
    let problems = check_draft(&draft(&long), YEAR).expect_err("too long");
    assert_eq!(problems[0].code, ProblemCode::NameTooLong);
    assert_eq!(
        problems[0].value.chars().count(),
        41,
        "cut, with an ellipsis"
    );
    assert_eq!(
        check_draft(&draft(" \u{FEFF} "), YEAR).map_err(|ps| ps[0].code),
        Err(ProblemCode::MissingName)
    );
    // Several problems at once, in field order.
    let all = check_draft(
        &RegistrantDraft {
            line: 5,
            sex: "?".into(),
            age: "old".into(),
            phone: "x".into(),
            ..RegistrantDraft::default()
        },
        YEAR,
    )
    .expect_err("four problems");
    assert_eq!(
        all.iter().map(|p| p.code).collect::<Vec<_>>(),
        [
            ProblemCode::MissingName,
            ProblemCode::BadSex,
            ProblemCode::BadAge,
            ProblemCode::BadPhone
        ]
    );
    assert!(all.iter().all(|p| p.line == 5));
}

#[test]
fn duplicate_keys() {
    assert_eq!(
        duplicate_key("  Maria  SANTOS ", Some(1994)),
        "maria santos|1994"
    );
    assert_eq!(duplicate_key("Maria Santos", None), "maria santos|");
    assert_eq!(
        duplicate_key("Nguye\u{302}\u{303}n", None),
        duplicate_key("Nguyễn", None)
    );
    assert_eq!(
        duplicate_key("Mary-Ann O'Brien", None),
        duplicate_key("mary ann obrien", None)
    );
    assert_ne!(duplicate_key("Lê", None), duplicate_key("Le", None));
    assert_ne!(
        duplicate_key("Ana Reyes", Some(1990)),
        duplicate_key("Ana Reyes", None)
    );
}

#[test]
fn what_the_ui_receives() {
    let preview = preview(b"Name,Year of birth,Sex\nAna,1990,x\nAna,1990,F\n", "a.csv");
    let json = serde_json::to_value(&preview).expect("serializes");
    assert_eq!(json["ignoredRows"], 0);
    assert_eq!(json["columns"][1]["field"], "birthYear");
    assert_eq!(json["drafts"][0]["birthYear"], "1990");
    assert_eq!(json["problems"][0]["code"], "bad-sex");
    assert_eq!(json["problems"][1]["code"], "duplicate-in-file");
    assert_eq!(json["problems"][1]["value"], "2");
    let registrant = check_draft(&preview.drafts[1], YEAR).expect("valid");
    let json = serde_json::to_value(&registrant).expect("serializes");
    assert_eq!(json["ageBand"], "35-44");
    assert_eq!(json["birthYear"], 1990);
    // A draft edited in the UI comes back as JSON.
    let edited: RegistrantDraft = serde_json::from_value(serde_json::json!({
        "line": 2, "name": "Ana", "sex": "female", "age": "", "birthYear": "1990",
        "origin": "", "destination": "", "sector": "", "phone": "", "consent": ""
    }))
    .expect("deserializes");
    assert!(check_draft(&edited, YEAR).is_ok());
}

// ---------------------------------------------------------------- never panic

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_are_read_or_refused(
        bytes in proptest::collection::vec(any::<u8>(), 0..600),
        name in prop::sample::select(vec!["a.csv", "a.xlsx", "a.xls", "a.txt", "a", "a.pdf"]),
    ) {
        let _ = parse_roster(&bytes, name, YEAR);
    }

    #[test]
    fn zip_like_bytes_are_read_or_refused(tail in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend(tail);
        let _ = parse_roster(&bytes, "a.xlsx", YEAR);
    }

    #[test]
    fn damaged_workbooks_are_read_or_refused(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = workbook();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let _ = parse_roster(&bytes, "a.xlsx", YEAR);
    }

    #[test]
    fn any_text_in_any_cell(cells in proptest::collection::vec(".{0,30}", 0..12)) {
        let mut csv = String::from("Name,Sex,Age,Year of birth,Origin,Destination,Sector,Phone,Consent\n");
        for row in cells.chunks(9) {
            csv.push_str(&row.join(","));
            csv.push('\n');
        }
        let _ = parse_roster(csv.as_bytes(), "a.csv", YEAR);
    }

    #[test]
    fn any_draft_is_checked(
        fields in proptest::collection::vec(".{0,40}", 9),
        line in any::<u32>(),
        year in any::<u16>(),
    ) {
        let draft = RegistrantDraft {
            line,
            name: fields[0].clone(),
            sex: fields[1].clone(),
            age: fields[2].clone(),
            birth_year: fields[3].clone(),
            origin: fields[4].clone(),
            destination: fields[5].clone(),
            sector: fields[6].clone(),
            phone: fields[7].clone(),
            consent: fields[8].clone(),
        };
        match check_draft(&draft, year) {
            Ok(r) => {
                prop_assert!(!r.name.is_empty());
                prop_assert!(r.name.chars().count() <= 80);
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|p| p.line == line && p.value.chars().count() <= 41));
            }
        }
        let _ = duplicate_key(&draft.name, None);
    }
}

#[test]
fn the_words_the_apps_own_messages_suggest_are_understood() {
    // A Malay sheet with "Telefon", and "prefer not to say" as the app's
    // messages word it in Malay, Khmer, Burmese and Lao.
    let sheet = "Nama,Jantina,Telefon\nAisyah,tidak mahu menyatakan,+60 12 345 6789\n\
                 Dara,មិនចង់និយាយ,\nMoe,မပြောလိုပါ,\nNoy,ບໍ່ຂໍບອກ,\n";
    let preview = preview(sheet.as_bytes(), "bengkel.csv");
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    let people = registrants(&preview);
    assert!(
        people.iter().all(|p| p.sex.as_deref() == Some("unsaid")),
        "{people:?}"
    );
    assert_eq!(people[0].phone.as_deref(), Some("+60123456789"));
}
