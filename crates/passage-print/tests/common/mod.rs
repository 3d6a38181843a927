//! Shared by the integration tests: realistic certificates in the nine
//! course languages, and the poppler tools that read our PDFs back.
//!
//! Set `PASSAGE_PRINT_KEEP=/some/dir` to keep every PDF a test makes, for
//! looking at.

#![allow(dead_code, reason = "each test binary uses a different part")]

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use passage_print::Certificate;

/// One language's certificate wording, with the learner's name.
pub struct Sample {
    pub locale: &'static str,
    pub heading: &'static str,
    pub presented_to: &'static str,
    pub name: &'static str,
    pub body: &'static str,
    pub organisation: &'static str,
    pub place_and_date: &'static str,
    pub signature_label: &'static str,
    pub trainer: &'static str,
}

impl Sample {
    pub fn certificate(&self) -> Certificate {
        Certificate {
            locale: self.locale.to_owned(),
            heading: self.heading.to_owned(),
            presented_to: self.presented_to.to_owned(),
            name: self.name.to_owned(),
            body: self.body.to_owned(),
            organisation: self.organisation.to_owned(),
            place_and_date: self.place_and_date.to_owned(),
            signature_label: self.signature_label.to_owned(),
            trainer: self.trainer.to_owned(),
        }
    }
}

pub const SAMPLES: [Sample; 9] = [
    Sample {
        locale: "en",
        heading: "Certificate of Completion",
        presented_to: "This certifies that",
        name: "Maria Santos",
        body: "has completed the pre-departure training “Safe migration and financial literacy” held by the Migrant Workers Resource Centre in Manila from 3 to 4 March 2027 (12 hours).",
        organisation: "Migrant Workers Resource Centre",
        place_and_date: "Manila, 4 March 2027",
        signature_label: "Trainer",
        trainer: "Rosa Mendoza",
    },
    Sample {
        locale: "fil",
        heading: "Katibayan ng Pagtatapos",
        presented_to: "Ito ay nagpapatunay na si",
        name: "Juan Dela Cruz",
        body: "ay nakatapos ng pagsasanay bago umalis ng bansa na “Ligtas na Pandarayuhan” na isinagawa ng Sentro para sa mga Migranteng Manggagawa mula ika-3 hanggang ika-4 ng Marso 2027 (12 oras).",
        organisation: "Sentro para sa mga Migranteng Manggagawa",
        place_and_date: "Lungsod Quezon, ika-4 ng Marso 2027",
        signature_label: "Tagapagsanay",
        trainer: "Rosa Mendoza",
    },
    Sample {
        locale: "id",
        heading: "Sertifikat Kelulusan",
        presented_to: "Dengan ini menyatakan bahwa",
        name: "Siti Nurhaliza Rahmawati",
        body: "telah menyelesaikan pelatihan pra-keberangkatan “Migrasi Aman” yang diselenggarakan oleh Pusat Sumber Daya Pekerja Migran pada tanggal 3 sampai 4 Maret 2027 (12 jam).",
        organisation: "Pusat Sumber Daya Pekerja Migran",
        place_and_date: "Jakarta, 4 Maret 2027",
        signature_label: "Pelatih",
        trainer: "Budi Santoso",
    },
    Sample {
        locale: "ms",
        heading: "Sijil Tamat Kursus",
        presented_to: "Dengan ini disahkan bahawa",
        name: "Nur Aisyah binti Abdullah",
        body: "telah menamatkan kursus pra-pemergian “Penghijrahan Selamat” anjuran Pusat Sumber Pekerja Migran dari 3 hingga 4 Mac 2027 (12 jam).",
        organisation: "Pusat Sumber Pekerja Migran",
        place_and_date: "Kuala Lumpur, 4 Mac 2027",
        signature_label: "Jurulatih",
        trainer: "Ahmad Faizal",
    },
    Sample {
        locale: "vi",
        heading: "Giấy chứng nhận hoàn thành khóa học",
        presented_to: "Chứng nhận",
        name: "Nguyễn Thị Hồng Nhung",
        body: "đã hoàn thành khóa đào tạo định hướng trước khi xuất cảnh “Di cư an toàn” do Trung tâm Hỗ trợ Người lao động Di cư tổ chức từ ngày 3 đến ngày 4 tháng 3 năm 2027 (12 giờ).",
        organisation: "Trung tâm Hỗ trợ Người lao động Di cư",
        place_and_date: "Hà Nội, ngày 4 tháng 3 năm 2027",
        signature_label: "Giảng viên",
        trainer: "Trần Văn Đức",
    },
    Sample {
        locale: "th",
        heading: "ใบประกาศนียบัตร",
        presented_to: "ขอมอบให้ไว้เพื่อแสดงว่า",
        name: "สมชาย ใจดี",
        body: "ได้ผ่านการอบรมก่อนเดินทางไปทำงานต่างประเทศ หลักสูตร “การย้ายถิ่นอย่างปลอดภัย” ซึ่งจัดโดยศูนย์ช่วยเหลือแรงงานข้ามชาติ ระหว่างวันที่ 3 ถึง 4 มีนาคม 2570 (12 ชั่วโมง)",
        organisation: "ศูนย์ช่วยเหลือแรงงานข้ามชาติ",
        place_and_date: "กรุงเทพมหานคร วันที่ 4 มีนาคม 2570",
        signature_label: "วิทยากร",
        trainer: "สุดารัตน์ ศรีสุข",
    },
    Sample {
        locale: "km",
        heading: "វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា",
        presented_to: "សូមបញ្ជាក់ថា",
        name: "ចាន់ សុភក្ត្រា",
        body: "បានបញ្ចប់វគ្គបណ្តុះបណ្តាលមុនចេញដំណើរ «ការធ្វើចំណាកស្រុកដោយសុវត្ថិភាព» ដែលរៀបចំដោយមជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក ពីថ្ងៃទី៣ ដល់ថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៧ (១២ ម៉ោង)។",
        // Khmer with an English name in it: two fonts on one line.
        organisation: "មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក (Migrant Workers Resource Centre)",
        place_and_date: "ភ្នំពេញ ថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៧",
        signature_label: "គ្រូបណ្តុះបណ្តាល",
        trainer: "ហេង សុវណ្ណារ៉ា",
    },
    Sample {
        locale: "my",
        heading: "သင်တန်းဆင်းလက်မှတ်",
        presented_to: "အောက်ပါအမည်ရှိသူသည်",
        name: "ကျော်ဇေယျာထွန်း",
        body: "ရွှေ့ပြောင်းအလုပ်သမားများ အရင်းအမြစ်စင်တာမှ ၂၀၂၇ ခုနှစ် မတ်လ ၃ ရက်မှ ၄ ရက်အထိ (၁၂ နာရီ) ကျင်းပသော “ဘေးကင်းလုံခြုံစွာ ရွှေ့ပြောင်းသွားလာခြင်း” သင်တန်းကို အောင်မြင်စွာ တက်ရောက်ပြီးစီးကြောင်း အသိအမှတ်ပြုပါသည်။",
        organisation: "ရွှေ့ပြောင်းအလုပ်သမားများ အရင်းအမြစ်စင်တာ",
        place_and_date: "ရန်ကုန်၊ ၂၀၂၇ ခုနှစ် မတ်လ ၄ ရက်",
        signature_label: "သင်တန်းဆရာ",
        trainer: "ဒေါ်ခင်မြင့်မြင့်",
    },
    Sample {
        locale: "lo",
        heading: "ໃບຢັ້ງຢືນການຈົບຫຼັກສູດ",
        presented_to: "ຂໍຢັ້ງຢືນວ່າ",
        name: "ສົມພອນ ແກ້ວມະນີ",
        body: "ໄດ້ສຳເລັດການຝຶກອົບຮົມກ່ອນອອກເດີນທາງ ຫຼັກສູດ “ການເຄື່ອນຍ້າຍແຮງງານຢ່າງປອດໄພ” ທີ່ຈັດຂຶ້ນໂດຍສູນຊ່ວຍເຫຼືອແຮງງານເຄື່ອນຍ້າຍ ແຕ່ວັນທີ 3 ຫາ 4 ມີນາ 2027 (12 ຊົ່ວໂມງ).",
        organisation: "ສູນຊ່ວຍເຫຼືອແຮງງານເຄື່ອນຍ້າຍ",
        place_and_date: "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 4 ມີນາ 2027",
        signature_label: "ຄູຝຶກ",
        trainer: "ບຸນມີ ພົມມະວົງ",
    },
];

/// The sample for a locale.
pub fn sample(locale: &str) -> &'static Sample {
    SAMPLES
        .iter()
        .find(|s| s.locale == locale)
        .unwrap_or_else(|| panic!("no sample for {locale}"))
}

/// A poppler-utils command, or a failure that says how to get it: these
/// tests must never pass just because the tools are missing.
fn poppler(tool: &str) -> Command {
    let found = Command::new(tool).arg("-v").output();
    assert!(
        found.is_ok(),
        "`{tool}` was not found: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; \
         macOS: brew install poppler) to run the passage-print tests"
    );
    Command::new(tool)
}

/// Writes `pdf` to a temporary file (kept under `PASSAGE_PRINT_KEEP` as
/// `name` if that is set) and runs `f` on its path.
pub fn with_pdf_file<T>(name: &str, pdf: &[u8], f: impl FnOnce(&Path) -> T) -> T {
    if let Some(dir) = std::env::var_os("PASSAGE_PRINT_KEEP") {
        std::fs::create_dir_all(&dir).expect("create PASSAGE_PRINT_KEEP");
        std::fs::write(Path::new(&dir).join(name), pdf).expect("keep PDF");
    }
    let mut file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp file");
    file.write_all(pdf).expect("write PDF");
    file.flush().expect("flush PDF");
    f(file.path())
}

fn run(mut command: Command) -> String {
    let output = command.output().expect("run poppler tool");
    assert!(
        output.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("poppler prints UTF-8")
}

/// The text poppler reads from a PDF, in reading order.
pub fn pdf_text(path: &Path) -> String {
    let mut command = poppler("pdftotext");
    command.args(["-enc", "UTF-8"]).arg(path).arg("-");
    run(command)
}

/// `pdftotext -bbox`: every word with its box, in points from the top left.
pub fn pdf_words(path: &Path) -> Vec<Word> {
    let mut command = poppler("pdftotext");
    command.args(["-enc", "UTF-8", "-bbox"]).arg(path).arg("-");
    let html = run(command);
    html.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line.strip_prefix("<word ")?;
            let attribute = |name: &str| -> f32 {
                let start = rest.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
                let end = rest[start..].find('"').expect("closing quote") + start;
                rest[start..end].parse().expect("number")
            };
            let text_start = rest.find('>')? + 1;
            let text_end = rest.rfind("</word>")?;
            Some(Word {
                text: rest[text_start..text_end].to_owned(),
                x_min: attribute("xMin"),
                y_min: attribute("yMin"),
                x_max: attribute("xMax"),
                y_max: attribute("yMax"),
            })
        })
        .collect()
}

/// A word and its box as `pdftotext -bbox` reports it.
#[derive(Debug)]
pub struct Word {
    pub text: String,
    pub x_min: f32,
    pub y_min: f32,
    pub x_max: f32,
    pub y_max: f32,
}

/// `pdfinfo` as key/value lines.
pub fn pdf_info(path: &Path) -> String {
    let mut command = poppler("pdfinfo");
    command.args(["-enc", "UTF-8"]).arg(path);
    run(command)
}

/// The page count `pdfinfo` reports.
pub fn page_count(path: &Path) -> usize {
    pdf_info(path)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .expect("pdfinfo prints Pages:")
        .trim()
        .parse()
        .expect("a page count")
}

/// A page rendered in grey by `pdftoppm`.
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Gray {
    /// Dark pixels inside the rectangle given as fractions of the page.
    pub fn dark_pixels(&self, left: f32, top: f32, right: f32, bottom: f32) -> usize {
        let to_x = |f: f32| (f * self.width as f32) as usize;
        let to_y = |f: f32| (f * self.height as f32) as usize;
        let mut dark = 0;
        for y in to_y(top)..to_y(bottom).min(self.height) {
            for x in to_x(left)..to_x(right).min(self.width) {
                if self.pixels[y * self.width + x] < 128 {
                    dark += 1;
                }
            }
        }
        dark
    }
}

/// Renders one page (counting from 1) at `dpi` with `pdftoppm -gray`.
pub fn render_page(path: &Path, page: usize, dpi: u32) -> Gray {
    let mut command = poppler("pdftoppm");
    let page = page.to_string();
    command
        .args(["-gray", "-r", &dpi.to_string(), "-f", &page, "-l", &page])
        .arg(path);
    let output = command.output().expect("run pdftoppm");
    assert!(
        output.status.success(),
        "pdftoppm failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    parse_pgm(&output.stdout)
}

/// Reads a binary PGM (P5, 8-bit), the format `pdftoppm -gray` writes.
fn parse_pgm(data: &[u8]) -> Gray {
    let mut fields = Vec::new();
    let mut position = 0;
    while fields.len() < 4 {
        while data[position].is_ascii_whitespace() {
            position += 1;
        }
        if data[position] == b'#' {
            while data[position] != b'\n' {
                position += 1;
            }
            continue;
        }
        let start = position;
        while !data[position].is_ascii_whitespace() {
            position += 1;
        }
        fields.push(
            std::str::from_utf8(&data[start..position])
                .expect("ASCII header")
                .to_owned(),
        );
    }
    assert_eq!(fields[0], "P5", "pdftoppm -gray writes binary PGM");
    let width: usize = fields[1].parse().expect("width");
    let height: usize = fields[2].parse().expect("height");
    assert_eq!(fields[3], "255", "8-bit grey");
    // One whitespace byte separates the header from the pixels.
    let pixels = data[position + 1..].to_vec();
    assert_eq!(pixels.len(), width * height, "PGM size");
    Gray {
        width,
        height,
        pixels,
    }
}

/// `text` without any whitespace, for comparing words across line breaks.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
