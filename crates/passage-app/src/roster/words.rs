//! The words organisers write in a roster sheet, in English and the
//! region's languages: column headers and the values of the columns with a
//! fixed set of answers (sex, country, sector, consent). This is the one
//! place to extend when a sheet from a new partner is not understood; every
//! word is compared after [`fold`], so write it as a person would (accents,
//! capitals and spaces do not matter) and the tests check that no word
//! means two things.
//!
//! The words around numbers in an age ("55 and over", "25 to 34") are here
//! too; reading the numbers (age, birth year, phone) is in `check`.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_normalizer::DecomposingNormalizerBorrowed;

/// A field of [`super::RegistrantDraft`] a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Field {
    Name,
    Sex,
    Age,
    BirthYear,
    Origin,
    Destination,
    Sector,
    Phone,
    Consent,
}

impl Field {
    /// Our camelCase name, as in the draft's JSON.
    pub(super) fn key(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Sex => "sex",
            Self::Age => "age",
            Self::BirthYear => "birthYear",
            Self::Origin => "origin",
            Self::Destination => "destination",
            Self::Sector => "sector",
            Self::Phone => "phone",
            Self::Consent => "consent",
        }
    }
}

/// Column headers by field. Several columns may fill the name (first name
/// and last name, or Vietnamese "họ" and "tên"): their cells are joined in
/// column order. A date of birth fills the birth year: only the year is
/// kept. "Province" or "hometown" are deliberately absent: origin takes
/// countries only.
const HEADERS: &[(Field, &[&str])] = &[
    (
        Field::Name,
        &[
            // English
            "name",
            "names",
            "full name",
            "fullname",
            "name of participant",
            "participant",
            "participant name",
            "participant's name",
            "worker name",
            "first name",
            "given name",
            "given names",
            "last name",
            "surname",
            "family name",
            "middle name",
            // Indonesian, Malay
            "nama",
            "nama lengkap",
            "nama peserta",
            "nama depan",
            "nama belakang",
            "nama keluarga",
            // Filipino
            "pangalan",
            "buong pangalan",
            "pangalan ng kalahok",
            "unang pangalan",
            "apelyido",
            // Vietnamese ("họ" is the family name, "tên" the given name)
            "họ tên",
            "họ và tên",
            "tên",
            "họ",
            // Thai
            "ชื่อ",
            "ชื่อ-นามสกุล",
            "ชื่อ-สกุล",
            "นามสกุล",
            "ชื่อผู้เข้าร่วม",
            // Khmer
            "ឈ្មោះ",
            "គោត្តនាម និងនាម",
            // Burmese
            "အမည်",
            "နာမည်",
            // Lao
            "ຊື່",
            "ຊື່ ແລະ ນາມສະກຸນ",
            "ນາມສະກຸນ",
        ],
    ),
    (
        Field::Sex,
        &[
            "sex",
            "gender",
            "sex/gender",
            "m/f",
            "jenis kelamin",
            "kelamin",
            "jantina",
            "kasarian",
            "giới tính",
            "เพศ",
            "ភេទ",
            "ကျား/မ",
            "ကျား၊မ",
            "လိင်",
            "ເພດ",
        ],
    ),
    (
        Field::Age,
        &[
            "age",
            "age group",
            "age band",
            "age range",
            "umur",
            "usia",
            "kelompok umur",
            "edad",
            "tuổi",
            "độ tuổi",
            "อายุ",
            "អាយុ",
            "အသက်",
            "ອາຍຸ",
        ],
    ),
    (
        Field::BirthYear,
        &[
            "birth year",
            "year of birth",
            "yob",
            "year born",
            "tahun lahir",
            "taon ng kapanganakan",
            "năm sinh",
            "ปีเกิด",
            "ឆ្នាំកំណើត",
            "မွေးနှစ်",
            "ປີເກີດ",
            // Dates of birth: only the year is kept.
            "date of birth",
            "dob",
            "birth date",
            "birthdate",
            "birthday",
            "tanggal lahir",
            "tgl lahir",
            "tarikh lahir",
            "petsa ng kapanganakan",
            "kaarawan",
            "ngày sinh",
            "ngày tháng năm sinh",
            "วันเกิด",
            "วันเดือนปีเกิด",
            "ថ្ងៃខែឆ្នាំកំណើត",
            "မွေးသက္ကရာဇ်",
            "ວັນເດືອນປີເກີດ",
        ],
    ),
    (
        Field::Origin,
        &[
            "origin",
            "country of origin",
            "origin country",
            "home country",
            "from",
            "nationality",
            "citizenship",
            "negara asal",
            "asal negara",
            "asal",
            "kewarganegaraan",
            "bansang pinagmulan",
            "pinagmulan",
            "nasyonalidad",
            "quốc tịch",
            "nước xuất xứ",
            "ประเทศต้นทาง",
            "สัญชาติ",
            "សញ្ជាតិ",
            "နိုင်ငံသား",
            "ສັນຊາດ",
        ],
    ),
    (
        Field::Destination,
        &[
            "destination",
            "country of destination",
            "destination country",
            "going to",
            "to",
            "negara tujuan",
            "tujuan",
            "negara penempatan",
            "bansang pupuntahan",
            "pupuntahan",
            "nước đến",
            "nước đi",
            "quốc gia đến",
            "ประเทศปลายทาง",
            "ปลายทาง",
            "ประเทศที่จะไป",
            "ប្រទេសគោលដៅ",
            "သွားမည့်နိုင်ငံ",
            "ປະເທດປາຍທາງ",
        ],
    ),
    (
        Field::Sector,
        &[
            "sector",
            "job",
            "work",
            "job type",
            "type of work",
            "work sector",
            "occupation",
            "position",
            "pekerjaan",
            "jenis pekerjaan",
            "sektor",
            "jabatan",
            "trabaho",
            "uri ng trabaho",
            "hanapbuhay",
            "ngành nghề",
            "nghề nghiệp",
            "công việc",
            "งาน",
            "อาชีพ",
            "ประเภทงาน",
            "ការងារ",
            "មុខរបរ",
            "အလုပ်",
            "ວຽກ",
            "ອາຊີບ",
        ],
    ),
    (
        Field::Phone,
        &[
            "phone",
            "phone number",
            "phone no",
            "mobile",
            "mobile number",
            "mobile no",
            "cell",
            "cellphone",
            "cp",
            "cp no",
            "contact",
            "contact number",
            "contact no",
            "tel",
            "telephone",
            "whatsapp",
            "hp",
            "no hp",
            "nomor hp",
            "no telp",
            "telepon",
            "telefon",
            "no telefon",
            "nombor telefon",
            "no telepon",
            "nomor telepon",
            "telepono",
            "numero ng telepono",
            "selpon",
            "số điện thoại",
            "điện thoại",
            "sđt",
            "โทรศัพท์",
            "เบอร์โทร",
            "เบอร์โทรศัพท์",
            "ទូរស័ព្ទ",
            "លេខទូរស័ព្ទ",
            "ဖုန်း",
            "ဖုန်းနံပါတ်",
            "ເບີໂທ",
            "ເບີໂທລະສັບ",
        ],
    ),
    (
        Field::Consent,
        &[
            "consent",
            "consent given",
            "consented",
            "agreed",
            "agree",
            "setuju",
            "persetujuan",
            "pumayag",
            "pahintulot",
            "đồng ý",
            "ยินยอม",
            "ความยินยอม",
            "យល់ព្រម",
            "ការយល់ព្រម",
            "သဘောတူ",
            "သဘောတူညီချက်",
            "ຍິນຍອມ",
            "ເຫັນດີ",
        ],
    ),
];

/// Sex as written, by our code. Single letters: English F/M and W (woman);
/// Indonesian and Malay write L (laki-laki, lelaki) and P (perempuan),
/// Filipino L (lalaki) and B (babae). No two of these languages use the
/// same letter for different sexes, so all are accepted; Thai writes ช and
/// ญ. "X" (a passport's unspecified sex) is not accepted: it is read as
/// "other" by some and "not said" by others, so the trainer chooses.
const SEXES: &[(&str, &[&str])] = &[
    (
        "female",
        &[
            "female",
            "f",
            "woman",
            "women",
            "w",
            "girl",
            "perempuan",
            "wanita",
            "p",
            "babae",
            "b",
            "nữ",
            "หญิง",
            "ญ",
            "ស្រី",
            "မ",
            "အမျိုးသမီး",
            "ຍິງ",
        ],
    ),
    (
        "male",
        &[
            "male",
            "m",
            "man",
            "men",
            "boy",
            "laki-laki",
            "laki",
            "lelaki",
            "pria",
            "l",
            "lalaki",
            "nam",
            "ชาย",
            "ช",
            "ប្រុស",
            "ကျား",
            "အမျိုးသား",
            "ຊາຍ",
        ],
    ),
    (
        "other",
        &[
            "other",
            "non-binary",
            "lainnya",
            "lain-lain",
            "iba",
            "khác",
            "อื่นๆ",
            "อื่น",
            "ផ្សេង",
            "အခြား",
            "ອື່ນໆ",
        ],
    ),
    (
        "unsaid",
        &[
            "unsaid",
            "prefer not to say",
            "rather not say",
            "not stated",
            "tidak ingin menyebutkan",
            "ayaw sabihin",
            "không muốn nói",
            "ไม่ระบุ",
            // The words the app's own messages offer in Malay, Khmer, Burmese and Lao.
            "tidak mahu menyatakan",
            "មិនចង់និយាយ",
            "မပြောလိုပါ",
            "ບໍ່ຂໍບອກ",
        ],
    ),
];

/// Countries by ISO 3166 alpha-2 code: the codes (alpha-2 and alpha-3),
/// English names and names in the region's languages. Only the countries
/// Passage's learners come from or go to; anything else is a problem the
/// trainer resolves (`ZZ` is "another country").
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "KH",
        &[
            "kh",
            "khm",
            "cambodia",
            "kampuchea",
            "kamboja",
            "campuchia",
            "កម្ពុជា",
            "กัมพูชา",
        ],
    ),
    ("ID", &["id", "idn", "indonesia", "อินโดนีเซีย"]),
    (
        "LA",
        &[
            "la",
            "lao",
            "laos",
            "lao pdr",
            "lao people's democratic republic",
            "lào",
            "ລາວ",
            "ลาว",
        ],
    ),
    (
        "MY",
        &[
            "my",
            "mys",
            "malaysia",
            "มาเลเซีย",
            "ម៉ាឡេស៊ី",
            "မလေးရှား",
            "ມາເລເຊຍ",
        ],
    ),
    (
        "MM",
        &[
            "mm",
            "mmr",
            "myanmar",
            "burma",
            "miến điện",
            "မြန်မာ",
            "เมียนมา",
            "เมียนมาร์",
            "พม่า",
            "ភូមា",
        ],
    ),
    (
        "PH",
        &[
            "ph",
            "phl",
            "philippines",
            "the philippines",
            "pilipinas",
            "filipinas",
            "filipina",
            "ฟิลิปปินส์",
        ],
    ),
    (
        "TH",
        &[
            "th",
            "tha",
            "thailand",
            "thái lan",
            "ประเทศไทย",
            "ไทย",
            "ថៃ",
            "ထိုင်း",
            "ໄທ",
        ],
    ),
    (
        "VN",
        &[
            "vn",
            "vnm",
            "vietnam",
            "viet nam",
            "việt nam",
            "เวียดนาม",
            "វៀតណាម",
        ],
    ),
    ("BN", &["bn", "brn", "brunei", "brunei darussalam", "บรูไน"]),
    (
        "HK",
        &[
            "hk",
            "hkg",
            "hong kong",
            "hong kong sar",
            "hksar",
            "hồng kông",
            "ฮ่องกง",
            "香港",
        ],
    ),
    (
        "JP",
        &[
            "jp",
            "jpn",
            "japan",
            "jepang",
            "hapon",
            "nhật bản",
            "ญี่ปุ่น",
            "ជប៉ុន",
            "ဂျပန်",
            "ຍີ່ປຸ່ນ",
            "日本",
        ],
    ),
    (
        "KR",
        &[
            "kr",
            "kor",
            "korea",
            "south korea",
            "republic of korea",
            "korea republic of",
            "korea selatan",
            "timog korea",
            "hàn quốc",
            "เกาหลี",
            "เกาหลีใต้",
            "កូរ៉េ",
            "កូរ៉េខាងត្បូង",
            "ကိုရီးယား",
            "ເກົາຫຼີ",
            "한국",
            "대한민국",
        ],
    ),
    ("KW", &["kw", "kwt", "kuwait", "คูเวต"]),
    ("QA", &["qa", "qat", "qatar", "กาตาร์"]),
    (
        "SA",
        &[
            "sa",
            "sau",
            "saudi arabia",
            "saudi",
            "ksa",
            "kingdom of saudi arabia",
            "arab saudi",
            "ả rập xê út",
            "ซาอุดีอาระเบีย",
        ],
    ),
    (
        "SG",
        &[
            "sg",
            "sgp",
            "singapore",
            "singapura",
            "สิงคโปร์",
            "សិង្ហបុរី",
            "စင်ကာပူ",
        ],
    ),
    (
        "TW",
        &[
            "tw",
            "twn",
            "taiwan",
            "đài loan",
            "ไต้หวัน",
            "តៃវ៉ាន់",
            "台灣",
            "台湾",
        ],
    ),
    (
        "AE",
        &[
            "ae",
            "are",
            "uae",
            "united arab emirates",
            "emirates",
            "uni emirat arab",
            // Migrants name the city they go to more often than the country.
            "dubai",
            "abu dhabi",
            "สหรัฐอาหรับเอมิเรตส์",
        ],
    ),
    (
        "ZZ",
        &[
            "zz",
            "other",
            "other country",
            "another country",
            "negara lain",
            "ibang bansa",
            "nước khác",
            "ประเทศอื่น",
            "ប្រទេសផ្សេង",
            "အခြားနိုင်ငံ",
            "ປະເທດອື່ນ",
        ],
    ),
];

/// Work sectors as written, by our code (`crate::SECTORS`).
const SECTORS: &[(&str, &[&str])] = &[
    (
        "domestic-work",
        &[
            "domestic-work",
            "domestic work",
            "domestic",
            "domestic worker",
            "domestic helper",
            "helper",
            "maid",
            "housemaid",
            "household",
            "household worker",
            "household service worker",
            "hsw",
            "dh",
            "prt",
            "pekerja rumah tangga",
            "pembantu",
            "pembantu rumah tangga",
            "asisten rumah tangga",
            "kasambahay",
            "katulong",
            "giúp việc",
            "giúp việc gia đình",
            "người giúp việc",
            "แม่บ้าน",
            "งานบ้าน",
            "ពលករតាមផ្ទះ",
            "អ្នកបម្រើតាមផ្ទះ",
        ],
    ),
    (
        "care-work",
        &[
            "care-work",
            "care work",
            "care",
            "care worker",
            "caregiver",
            "caregiving",
            "carer",
            "elderly care",
            "perawat",
            "perawat lansia",
            "pengasuh",
            "tagapag-alaga",
            "chăm sóc",
            "hộ lý",
            "điều dưỡng",
            "ผู้ดูแล",
            "ดูแลผู้สูงอายุ",
        ],
    ),
    (
        "construction",
        &[
            "construction",
            "construction worker",
            "builder",
            "konstruksi",
            "bangunan",
            "konstruksyon",
            "xây dựng",
            "ก่อสร้าง",
            "សំណង់",
        ],
    ),
    (
        "manufacturing",
        &[
            "manufacturing",
            "factory",
            "factory worker",
            "pabrik",
            "manufaktur",
            "pabrika",
            "nhà máy",
            "sản xuất",
            "công nhân nhà máy",
            "โรงงาน",
            "រោងចក្រ",
        ],
    ),
    (
        "agriculture",
        &[
            "agriculture",
            "farm",
            "farming",
            "farmer",
            "farm worker",
            "plantation",
            "pertanian",
            "perkebunan",
            "petani",
            "agrikultura",
            "sakahan",
            "nông nghiệp",
            "nông trại",
            "เกษตร",
            "เกษตรกรรม",
            "កសិកម្ម",
        ],
    ),
    (
        "fishing",
        &[
            "fishing",
            "fisher",
            "fishers",
            "fisherman",
            "fishery",
            "fisheries",
            "perikanan",
            "nelayan",
            "abk",
            "pangingisda",
            "mangingisda",
            "đánh cá",
            "ngư nghiệp",
            "ประมง",
            "នេសាទ",
        ],
    ),
    (
        "hospitality",
        &[
            "hospitality",
            "hotel",
            "restaurant",
            "hotel and restaurant",
            "food service",
            "perhotelan",
            "restoran",
            "nhà hàng",
            "khách sạn",
            "โรงแรม",
            "ร้านอาหาร",
        ],
    ),
    ("other", &["other", "lainnya", "iba", "khác", "อื่นๆ"]),
    ("unsaid", &["unsaid", "prefer not to say"]),
];

/// Consent answers. Khmer has a "yes" for men (បាទ) and one for women (ចាស).
const CONSENT: &[(bool, &[&str])] = &[
    (
        true,
        &[
            "yes",
            "y",
            "1",
            "true",
            "agree",
            "agreed",
            "consent",
            "consented",
            "ya",
            "iya",
            "setuju",
            "oo",
            "opo",
            "pumayag",
            "có",
            "đồng ý",
            "ใช่",
            "ยินยอม",
            "ตกลง",
            "បាទ",
            "ចាស",
            "យល់ព្រម",
            "ဟုတ်",
            "ဟုတ်ကဲ့",
            "သဘောတူ",
            "ແມ່ນ",
            "ເຫັນດີ",
            "ຍິນຍອມ",
            "✓",
            "✔",
            "☑",
        ],
    ),
    (
        false,
        &[
            "no",
            "n",
            "0",
            "false",
            "disagree",
            "not agreed",
            "tidak",
            "tak",
            "tidak setuju",
            "hindi",
            "không",
            "không đồng ý",
            "ไม่",
            "ไม่ใช่",
            "ไม่ยินยอม",
            "ទេ",
            "មិនយល់ព្រម",
            "မဟုတ်",
            "ບໍ່",
            "✗",
            "✘",
        ],
    ),
];

/// Words that end an open age band (compared lowercase, not folded:
/// "+" and "-" matter here): "55+", "55 and over", "55 ke atas".
pub(super) const AND_OVER: &[&str] = &[
    "+",
    "plus",
    "and over",
    "and above",
    "or more",
    "or older",
    "above",
    "ke atas",
    "pataas",
    "trở lên",
    "ขึ้นไป",
];
/// Words between the ends of an age range: "25-34", "25 to 34".
pub(super) const RANGE: &[&str] = &[
    "-",
    "~",
    "to",
    "until",
    "sampai",
    "hingga",
    "hanggang",
    "đến",
    "ถึง",
];
/// Words before the top of the youngest band: "under 18", "<18".
pub(super) const UNDER: &[&str] = &[
    "under",
    "below",
    "less than",
    "<",
    "di bawah",
    "wala pang",
    "dưới",
    "ต่ำกว่า",
];

/// Answers that say nothing (folded), like an empty cell; a dash too.
pub(super) const NOTHING: &[&str] = &["na", "none", "nil"];

/// A table of words with their folded forms as keys.
fn index<T: Copy>(table: &[(T, &[&'static str])]) -> HashMap<String, T> {
    table
        .iter()
        .flat_map(|(meaning, words)| words.iter().map(|w| (fold(w), *meaning)))
        .collect()
}

static HEADER_INDEX: LazyLock<HashMap<String, Field>> = LazyLock::new(|| index(HEADERS));
static SEX_INDEX: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| index(SEXES));
static COUNTRY_INDEX: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| index(COUNTRIES));
static SECTOR_INDEX: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| index(SECTORS));
static CONSENT_INDEX: LazyLock<HashMap<String, bool>> = LazyLock::new(|| index(CONSENT));

/// The field a column header names. Tries the whole header, then without
/// notes in brackets ("Age (years)"), then each part of a bilingual header
/// ("Name / ชื่อ"), then without a leading number ("1. Name").
pub(super) fn header_field(header: &str) -> Option<Field> {
    let lookup = |text: &str| {
        let folded = fold(text);
        HEADER_INDEX.get(&folded).copied().or_else(|| {
            let unnumbered = folded.trim_start_matches(|c: char| c.is_ascii_digit());
            HEADER_INDEX.get(unnumbered).copied()
        })
    };
    if header.trim().is_empty() {
        return None;
    }
    lookup(header)
        .or_else(|| lookup(&without_brackets(header)))
        .or_else(|| {
            without_brackets(header)
                .split(['/', '|', '\n', ';', ','])
                .find_map(lookup)
        })
}

/// Looks a value up in one of the answer tables, whole, then without notes
/// in brackets ("Domestic work (helper)").
fn answer<T: Copy>(index: &HashMap<String, T>, value: &str) -> Option<T> {
    index
        .get(&fold(value))
        .or_else(|| index.get(&fold(&without_brackets(value))))
        .copied()
}

/// Our sex code for a written answer.
pub(super) fn sex(value: &str) -> Option<&'static str> {
    answer(&SEX_INDEX, value)
}

/// The ISO alpha-2 code for a written country.
pub(super) fn country(value: &str) -> Option<&'static str> {
    answer(&COUNTRY_INDEX, value)
}

/// Our sector code for a written job or sector.
pub(super) fn sector(value: &str) -> Option<&'static str> {
    answer(&SECTOR_INDEX, value)
}

/// A written yes or no.
pub(super) fn consent(value: &str) -> Option<bool> {
    answer(&CONSENT_INDEX, value)
}

/// `text` without anything in round or square brackets.
fn without_brackets(text: &str) -> String {
    let mut depth = 0_u32;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | '[' | '（' | '［' => depth = depth.saturating_add(1),
            ')' | ']' | '）' | '］' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The form words are compared in: decomposed (NFD) with the accents of
/// Latin letters dropped (Vietnamese "Giới tính" = "gioi tinh", since
/// keyboards without Vietnamese input are common), `đ` as `d`, lowercase,
/// any script's digits as ASCII, and no spaces, punctuation or invisible
/// characters. The vowel and tone marks of Thai, Lao, Khmer and Burmese are
/// kept: they are letters of those words, not decoration.
pub(super) fn fold(text: &str) -> String {
    let decomposed = DecomposingNormalizerBorrowed::new_nfd().normalize(text);
    let mut out = String::with_capacity(decomposed.len());
    for c in decomposed.chars() {
        if is_latin_accent(c) || is_invisible(c) || c.is_whitespace() || is_punctuation(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => match passage_l10n::ascii_digit(c) {
                Some(digit) => out.push(digit),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    out
}

/// Combining accents used on Latin letters (not the marks of the region's
/// other scripts, which have their own blocks).
fn is_latin_accent(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
    )
}

/// Zero-width and direction characters, a BOM and soft hyphens: invisible
/// in a cell, so they must not make two words different.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF
    )
}

/// Punctuation of the scripts a sheet may hold (Rust's standard library
/// has no Unicode punctuation class).
pub(super) fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '¡' | '§' | '«' | '¶' | '·' | '»' | '¿')
        || matches!(
            u32::from(c),
            0x2010..=0x2027            // dashes, quotes, bullets
            | 0x2030..=0x205E          // more general punctuation
            | 0x2E00..=0x2E7F          // supplemental punctuation
            | 0x3001..=0x3003          // CJK comma and stops
            | 0x3008..=0x3011          // CJK brackets
            | 0xFF01..=0xFF0F          // full-width ASCII punctuation
            | 0xFF1A..=0xFF20
            | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65
            | 0x0E4F | 0x0E5A | 0x0E5B // Thai
            | 0x17D4..=0x17D6 | 0x17D8..=0x17DA // Khmer
            | 0x104A | 0x104B          // Burmese
        )
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// No word may mean two things in one table once folded: the second
    /// meaning would silently win.
    fn unambiguous<T: Copy + PartialEq + std::fmt::Debug>(table: &[(T, &[&'static str])]) {
        let mut seen: HashMap<String, (T, &str)> = HashMap::new();
        for (meaning, words) in table {
            for word in *words {
                let key = fold(word);
                assert!(!key.is_empty(), "{word:?} folds to nothing");
                if let Some((other, first)) = seen.insert(key, (*meaning, word)) {
                    assert_eq!(
                        other, *meaning,
                        "{word:?} and {first:?} fold alike but mean different things"
                    );
                }
            }
        }
    }

    #[test]
    fn every_table_is_unambiguous() {
        unambiguous(HEADERS);
        unambiguous(SEXES);
        unambiguous(COUNTRIES);
        unambiguous(SECTORS);
        unambiguous(CONSENT);
    }

    #[test]
    fn every_code_is_one_passage_knows() {
        for (code, _) in SEXES {
            assert!(crate::SEXES.contains(code), "{code}");
        }
        for (code, _) in SECTORS {
            assert!(crate::SECTORS.contains(code), "{code}");
        }
        for (code, _) in COUNTRIES {
            assert!(
                passage_report::COUNTRIES.contains(code) || *code == passage_report::OTHER_COUNTRY,
                "{code} has no name in reports (country-<code> messages)"
            );
        }
    }

    #[test]
    fn folding_ignores_what_keyboards_change() {
        assert_eq!(fold("Giới  tính"), fold("gioi tinh"));
        assert_eq!(fold("SĐT"), "sdt");
        assert_eq!(fold("No. HP:"), "nohp");
        assert_eq!(fold("ชื่อ-นามสกุล"), fold("ชื่อ นามสกุล"));
        assert_eq!(fold("Nama\u{200B}"), "nama");
        assert_ne!(fold("ชื่อ"), fold("ชอ"));
    }

    #[test]
    fn headers_with_notes_and_two_languages() {
        assert_eq!(header_field("Age (years)"), Some(Field::Age));
        assert_eq!(header_field("Name / ชื่อ"), Some(Field::Name));
        assert_eq!(header_field("ភេទ / เพศ"), Some(Field::Sex));
        assert_eq!(header_field("ကျား/မ"), Some(Field::Sex));
        assert_eq!(header_field("1. Full name*"), Some(Field::Name));
        assert_eq!(header_field("Province"), None);
        assert_eq!(header_field(""), None);
    }
}
