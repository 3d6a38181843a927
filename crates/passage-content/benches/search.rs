//! Timings of the content store on a realistic-size corpus.
//!
//! Generates 500 lessons x 9 locales of ~600 words each from real lesson
//! sentences (shuffled, with numbers varied), writes them as one course pack
//! on disk, and prints median / p95 for: loading and checking the pack,
//! loading + indexing it cold and with the index current, rendering one
//! lesson, a cold search rebuild, the startup fingerprint check, and 100
//! typical queries.
//!
//! Run with: `cargo bench -p passage-content --bench search [-- LESSONS REBUILD_RUNS]`

#![allow(clippy::print_stdout)] // a bench reports on stdout

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use passage_content::{
    Library, MediaBase, SearchDoc, SearchIndex, render_markdown, segment, source_hash,
};

const WORDS_PER_LESSON: usize = 600;

/// Resident memory of this process in bytes (Linux `/proc/self/statm`).
fn resident_bytes() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// Ten sentences per locale on the topics Passage teaches (documents, pay,
/// contracts, rest, health, fees, remittances, help lines, overtime, housing).
const SENTENCES: [(&str, [&str; 10]); 9] = [
    (
        "en",
        [
            "Your employer or recruitment agency must not keep your passport.",
            "You have the right to receive your full salary on time every month.",
            "Read your employment contract carefully before you sign it, and keep a copy.",
            "You should have at least one day off every week.",
            "If you are sick or injured at work, ask to see a doctor and keep all medical receipts.",
            "Recruitment fees are often illegal; never pay money to get a job abroad without a written receipt.",
            "Send money home through a licensed bank or remittance service, not through strangers.",
            "Save the phone number of your embassy and the workers' hotline in your phone.",
            "Overtime must be voluntary and paid at a higher rate than normal working hours.",
            "Your employer must give you a safe place to sleep with a door that locks.",
        ],
    ),
    (
        "id",
        [
            "Majikan atau agen perekrutan tidak boleh menahan paspor Anda.",
            "Anda berhak menerima gaji penuh tepat waktu setiap bulan.",
            "Bacalah kontrak kerja Anda dengan teliti sebelum menandatanganinya, dan simpan salinannya.",
            "Anda harus mendapatkan setidaknya satu hari libur setiap minggu.",
            "Jika Anda sakit atau terluka saat bekerja, mintalah untuk diperiksa dokter dan simpan semua kuitansi.",
            "Jangan pernah membayar biaya penempatan tanpa kuitansi tertulis.",
            "Kirim uang ke keluarga melalui bank atau layanan pengiriman uang resmi.",
            "Simpan nomor telepon kedutaan dan layanan pengaduan pekerja di ponsel Anda.",
            "Lembur harus sukarela dan dibayar lebih tinggi dari jam kerja biasa.",
            "Majikan wajib menyediakan tempat tidur yang aman dengan pintu yang dapat dikunci.",
        ],
    ),
    (
        "ms",
        [
            "Majikan atau ejen pengambilan tidak boleh menyimpan pasport anda.",
            "Anda berhak menerima gaji penuh tepat pada masanya setiap bulan.",
            "Baca kontrak pekerjaan anda dengan teliti sebelum menandatanganinya dan simpan satu salinan.",
            "Anda sepatutnya mendapat sekurang-kurangnya satu hari rehat setiap minggu.",
            "Jika anda sakit atau cedera semasa bekerja, minta untuk berjumpa doktor dan simpan semua resit.",
            "Jangan bayar yuran pengambilan tanpa resit bertulis.",
            "Hantar wang ke kampung melalui bank atau syarikat kiriman wang berlesen.",
            "Simpan nombor telefon kedutaan dan talian bantuan pekerja dalam telefon anda.",
            "Kerja lebih masa mestilah secara sukarela dan dibayar pada kadar yang lebih tinggi.",
            "Majikan mesti menyediakan tempat tidur yang selamat dengan pintu yang boleh dikunci.",
        ],
    ),
    (
        "fil",
        [
            "Hindi maaaring kunin ng employer o ahensya ang iyong pasaporte.",
            "May karapatan kang matanggap ang buo mong sahod sa tamang oras bawat buwan.",
            "Basahin nang mabuti ang iyong kontrata bago pumirma, at magtabi ng kopya.",
            "Dapat kang magkaroon ng kahit isang araw na pahinga bawat linggo.",
            "Kung ikaw ay may sakit o nasaktan sa trabaho, humiling na magpatingin sa doktor at itago ang lahat ng resibo.",
            "Huwag magbayad ng placement fee nang walang nakasulat na resibo.",
            "Magpadala ng pera sa pamilya sa pamamagitan ng bangko o lisensyadong remittance center.",
            "I-save sa iyong telepono ang numero ng embahada at ng hotline para sa mga manggagawa.",
            "Ang overtime ay dapat boluntaryo at may mas mataas na bayad.",
            "Dapat kang bigyan ng employer ng ligtas na tulugan na may pintong nakakandado.",
        ],
    ),
    (
        "vi",
        [
            "Chủ lao động hoặc công ty môi giới không được giữ hộ chiếu của bạn.",
            "Bạn có quyền nhận đủ tiền lương đúng hạn hằng tháng.",
            "Hãy đọc kỹ hợp đồng lao động trước khi ký và giữ lại một bản sao.",
            "Bạn phải được nghỉ ít nhất một ngày mỗi tuần.",
            "Nếu bạn bị ốm hoặc bị thương khi làm việc, hãy yêu cầu được khám bác sĩ và giữ lại tất cả hóa đơn.",
            "Đừng bao giờ trả phí môi giới mà không có biên lai.",
            "Hãy gửi tiền về nhà qua ngân hàng hoặc dịch vụ chuyển tiền được cấp phép.",
            "Hãy lưu số điện thoại của Đại sứ quán và đường dây nóng cho người lao động.",
            "Làm thêm giờ phải là tự nguyện và được trả lương cao hơn giờ làm bình thường.",
            "Chủ lao động phải cho bạn chỗ ngủ an toàn, có cửa khóa được.",
        ],
    ),
    (
        "th",
        [
            "นายจ้างหรือบริษัทจัดหางานไม่มีสิทธิ์ยึดหนังสือเดินทางของคุณ",
            "คุณมีสิทธิ์ได้รับค่าจ้างเต็มจำนวนตรงเวลาทุกเดือน",
            "อ่านสัญญาจ้างงานให้ละเอียดก่อนลงชื่อ และเก็บสำเนาไว้หนึ่งชุด",
            "คุณควรได้หยุดพักอย่างน้อยสัปดาห์ละหนึ่งวัน",
            "ถ้าคุณป่วยหรือได้รับบาดเจ็บจากการทำงาน ให้ขอไปพบแพทย์และเก็บใบเสร็จทั้งหมดไว้",
            "อย่าจ่ายค่าหัวคิวโดยไม่ได้รับใบเสร็จเป็นลายลักษณ์อักษร",
            "ส่งเงินกลับบ้านผ่านธนาคารหรือบริการโอนเงินที่ได้รับอนุญาต",
            "บันทึกหมายเลขโทรศัพท์ของสถานทูตและสายด่วนแรงงานไว้ในโทรศัพท์ของคุณ",
            "การทำงานล่วงเวลาต้องเป็นไปโดยสมัครใจและได้รับค่าจ้างสูงกว่าปกติ",
            "นายจ้างต้องจัดที่นอนที่ปลอดภัยและมีประตูที่ล็อกได้ให้คุณ",
        ],
    ),
    (
        "km",
        [
            "និយោជក ឬទីភ្នាក់ងារជ្រើសរើសបុគ្គលិក មិនមានសិទ្ធិរក្សាទុកលិខិតឆ្លងដែនរបស់អ្នកទេ។",
            "អ្នកមានសិទ្ធិទទួលបានប្រាក់ឈ្នួលពេញលេញទាន់ពេលវេលារៀងរាល់ខែ។",
            "សូមអានកិច្ចសន្យាការងាររបស់អ្នកឱ្យបានល្អិតល្អន់ មុនពេលចុះហត្ថលេខា ហើយរក្សាទុកច្បាប់ចម្លងមួយ។",
            "អ្នកគួរតែមានថ្ងៃឈប់សម្រាកយ៉ាងហោចណាស់មួយថ្ងៃក្នុងមួយសប្តាហ៍។",
            "ប្រសិនបើអ្នកឈឺ ឬរងរបួសនៅកន្លែងធ្វើការ សូមស្នើសុំជួបគ្រូពេទ្យ ហើយរក្សាទុកបង្កាន់ដៃទាំងអស់។",
            "កុំបង់ថ្លៃសេវាជ្រើសរើសដោយគ្មានបង្កាន់ដៃជាលាយលក្ខណ៍អក្សរ។",
            "ផ្ញើប្រាក់ទៅផ្ទះតាមរយៈធនាគារ ឬសេវាផ្ទេរប្រាក់ដែលមានអាជ្ញាប័ណ្ណ។",
            "រក្សាទុកលេខទូរស័ព្ទរបស់ស្ថានទូត និងខ្សែទូរស័ព្ទជំនួយពលករនៅក្នុងទូរស័ព្ទរបស់អ្នក។",
            "ការងារបន្ថែមម៉ោងត្រូវតែស្ម័គ្រចិត្ត ហើយត្រូវបានបង់ប្រាក់ខ្ពស់ជាងធម្មតា។",
            "និយោជកត្រូវផ្តល់កន្លែងគេងដែលមានសុវត្ថិភាព និងមានទ្វារចាក់សោបាន។",
        ],
    ),
    (
        "my",
        [
            "အလုပ်ရှင် သို့မဟုတ် အေဂျင်စီသည် သင်၏နိုင်ငံကူးလက်မှတ်ကို သိမ်းထားခွင့်မရှိပါ။",
            "သင်သည် လစာအပြည့်အဝကို လစဉ် အချိန်မီ ရပိုင်ခွင့်ရှိသည်။",
            "လက်မှတ်မထိုးမီ အလုပ်စာချုပ်ကို သေချာဖတ်ပြီး မိတ္တူတစ်စောင် သိမ်းထားပါ။",
            "သင်သည် တစ်ပတ်လျှင် အနည်းဆုံး တစ်ရက် နားရက်ရသင့်သည်။",
            "အလုပ်တွင် နေမကောင်းဖြစ်လျှင် သို့မဟုတ် ဒဏ်ရာရလျှင် ဆရာဝန်နှင့် ပြသခွင့်တောင်းပြီး ပြေစာအားလုံးကို သိမ်းထားပါ။",
            "စာဖြင့်ရေးထားသော ပြေစာမပါဘဲ အလုပ်အကိုင်ရှာဖွေရေးခကို ဘယ်တော့မှ မပေးပါနှင့်။",
            "လိုင်စင်ရ ဘဏ် သို့မဟုတ် ငွေလွှဲဝန်ဆောင်မှုမှတစ်ဆင့် အိမ်သို့ ငွေပို့ပါ။",
            "သံရုံးနှင့် အလုပ်သမား အကူအညီဖုန်းနံပါတ်ကို သင့်ဖုန်းထဲတွင် သိမ်းထားပါ။",
            "အချိန်ပိုအလုပ်သည် ဆန္ဒအလျောက်ဖြစ်ရမည်ဖြစ်ပြီး ပုံမှန်ထက် ပိုမိုပေးရမည်။",
            "အလုပ်ရှင်သည် သော့ခတ်နိုင်သော တံခါးပါသည့် လုံခြုံသော အိပ်ရာနေရာကို ပေးရမည်။",
        ],
    ),
    (
        "lo",
        [
            "ນາຍຈ້າງ ຫຼື ບໍລິສັດຈັດຫາງານບໍ່ມີສິດຍຶດໜັງສືຜ່ານແດນຂອງທ່ານ.",
            "ທ່ານມີສິດໄດ້ຮັບເງິນເດືອນເຕັມຈຳນວນຕົງເວລາທຸກເດືອນ.",
            "ອ່ານສັນຍາຈ້າງງານໃຫ້ລະອຽດກ່ອນເຊັນ ແລະ ເກັບສຳເນົາໄວ້ໜຶ່ງສະບັບ.",
            "ທ່ານຄວນໄດ້ພັກຢ່າງໜ້ອຍອາທິດລະໜຶ່ງມື້.",
            "ຖ້າທ່ານເຈັບປ່ວຍ ຫຼື ໄດ້ຮັບບາດເຈັບຈາກການເຮັດວຽກ ໃຫ້ຂໍໄປພົບທ່ານໝໍ ແລະ ເກັບໃບບິນທັງໝົດໄວ້.",
            "ຢ່າຈ່າຍຄ່າບໍລິການຈັດຫາງານໂດຍບໍ່ມີໃບຮັບເງິນເປັນລາຍລັກອັກສອນ.",
            "ສົ່ງເງິນກັບບ້ານຜ່ານທະນາຄານ ຫຼື ບໍລິການໂອນເງິນທີ່ໄດ້ຮັບອະນຸຍາດ.",
            "ບັນທຶກເບີໂທລະສັບຂອງສະຖານທູດ ແລະ ສາຍດ່ວນແຮງງານໄວ້ໃນໂທລະສັບຂອງທ່ານ.",
            "ການເຮັດວຽກລ່ວງເວລາຕ້ອງເປັນການສະໝັກໃຈ ແລະ ໄດ້ຮັບຄ່າຈ້າງສູງກວ່າປົກກະຕິ.",
            "ນາຍຈ້າງຕ້ອງຈັດບ່ອນນອນທີ່ປອດໄພ ແລະ ມີປະຕູທີ່ລັອກໄດ້ໃຫ້ທ່ານ.",
        ],
    ),
];

/// (query, locale chain) pairs: whole words, typing prefixes, multi-word,
/// diacritic-free Vietnamese, substrings that need the trigram fallback,
/// misses, and junk.
const QUERIES: &[(&str, &[&str])] = &[
    ("passport", &["en"]),
    ("pass", &["en"]),
    ("recrui", &["en"]),
    ("salary", &["en"]),
    ("embassy hotline", &["en"]),
    ("o", &["en"]),
    ("re", &["en"]),
    ("day off", &["en"]),
    ("doctor", &["en"]),
    ("remittance", &["en"]),
    ("door lo", &["en"]),
    ("overtime", &["en"]),
    ("paspor", &["id", "en"]),
    ("gaji", &["id", "en"]),
    ("kontrak kerja", &["id", "en"]),
    ("kedutaan", &["id", "en"]),
    ("lembur", &["id", "en"]),
    ("pasport", &["ms", "en"]),
    ("talian bantuan", &["ms", "en"]),
    ("gaji pen", &["ms", "en"]),
    ("pasaporte", &["fil", "en"]),
    ("sahod", &["fil", "en"]),
    ("kontrata", &["fil", "en"]),
    ("embahada", &["fil", "en"]),
    ("hộ chiếu", &["vi", "en"]),
    ("ho chieu", &["vi", "en"]),
    ("tien luong", &["vi", "en"]),
    ("hop dong", &["vi", "en"]),
    ("dai su quan", &["vi", "en"]),
    ("lam them gio", &["vi", "en"]),
    ("d", &["vi", "en"]),
    ("หนังสือเดินทาง", &["th", "en"]),
    ("ค่าจ้าง", &["th", "en"]),
    ("สัญญาจ้าง", &["th", "en"]),
    ("สถานทูต", &["th", "en"]),
    ("สายด่วน", &["th", "en"]),
    ("แพทย์", &["th", "en"]),
    ("ใบเสร็จ", &["th", "en"]),
    ("លិខិតឆ្លងដែន", &["km", "en"]),
    ("ប្រាក់ឈ្នួល", &["km", "en"]),
    ("កិច្ចសន្យា", &["km", "en"]),
    ("ស្ថានទូត", &["km", "en"]),
    ("គ្រូពេទ្យ", &["km", "en"]),
    ("နိုင်ငံကူးလက်မှတ်", &["my", "en"]),
    ("လစာ", &["my", "en"]),
    ("စာချုပ်", &["my", "en"]),
    ("သံရုံး", &["my", "en"]),
    ("ဆရာဝန်", &["my", "en"]),
    ("ໜັງສືຜ່ານແດນ", &["lo", "en"]),
    ("ເງິນເດືອນ", &["lo", "en"]),
    ("ສັນຍາ", &["lo", "en"]),
    ("ສະຖານທູດ", &["lo", "en"]),
    ("ທ່ານໝໍ", &["lo", "en"]),
    ("ssport", &["en"]),
    ("งสือเดิน", &["th", "en"]),
    ("ខិតឆ្លង", &["km", "en"]),
    ("ငံကူးလက်", &["my", "en"]),
    ("ງສືຜ່ານ", &["lo", "en"]),
    ("ployer", &["en"]),
    ("ruitment", &["en"]),
    ("hospital", &["en"]),
    ("โรงพยาบาล", &["th", "en"]),
    ("zzzz", &["en"]),
    ("xy", &["en"]),
    ("\"NEAR(passport", &["en"]),
    ("passport OR *", &["en"]),
    ("", &["en"]),
];

fn main() {
    // Child mode: load a library in a fresh process and say how much the
    // process grew (see "memory of the loaded store" below).
    let all: Vec<String> = std::env::args().collect();
    if let Some(at) = all.iter().position(|a| a == "--memory-of") {
        let dir = PathBuf::from(&all[at + 1]);
        let before = resident_bytes();
        let library = Library::load(&dir).expect("load");
        let held = resident_bytes().saturating_sub(before);
        println!("{held} {}", library.packs().len());
        return;
    }
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let lessons: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(500);
    let rebuild_runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);

    let started = Instant::now();
    let corpus = Corpus::generate(lessons);
    let words: usize = corpus.docs.iter().map(|d| count_words(&d.text)).sum();
    let bytes: usize = corpus.docs.iter().map(|d| d.text.len()).sum();
    println!(
        "corpus: {} docs ({lessons} lessons x 9 locales), {:.0} words/doc avg, {:.1} MB text, generated in {:.1?}",
        corpus.docs.len(),
        words as f64 / corpus.docs.len() as f64,
        bytes as f64 / 1e6,
        started.elapsed()
    );

    let dir = std::env::temp_dir().join(format!("passage-search-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create bench dir");

    pack_figures(&corpus, &dir.join("content"));

    // Cold rebuild: a fresh file each run, so nothing is cached in SQLite.
    let mut rebuild = Vec::new();
    let mut path = PathBuf::new();
    for run in 0..rebuild_runs {
        path = dir.join(format!("run{run}.sqlite3"));
        let t = Instant::now();
        let mut index = SearchIndex::open(&path).expect("open");
        let n = index
            .rebuild("bench-v1", corpus.search_docs())
            .expect("rebuild");
        drop(index);
        rebuild.push(t.elapsed());
        assert_eq!(n, corpus.docs.len());
        println!("  rebuild run {run}: {:.2?}", rebuild[run]);
    }
    report("rebuild (cold, open + rebuild + close)", &mut rebuild);
    let mut trigram = path.clone().into_os_string();
    trigram.push(".trigram");
    println!(
        "  index size: {:.1} MB (word) + {:.1} MB (trigram)",
        file_size_mb(&path),
        file_size_mb(Path::new(&trigram))
    );

    // Startup check: open the existing file and read the fingerprint.
    let mut open_check = Vec::new();
    let mut check = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let index = SearchIndex::open(&path).expect("open");
        open_check.push(t.elapsed());
        let t = Instant::now();
        let fp = index.fingerprint().expect("fingerprint");
        check.push(t.elapsed());
        assert_eq!(fp.as_deref(), Some("bench-v1"));
    }
    report("open existing index", &mut open_check);
    report("fingerprint() on open index", &mut check);

    let index = SearchIndex::open(&path).expect("open");
    let queries: Vec<(&str, &[&str])> = QUERIES.iter().copied().cycle().take(100).collect();
    // Warm the page cache once, as the app would after its first search.
    for (q, l) in &queries {
        let _ = index.search(q, l, 20);
    }
    let mut all = Vec::new();
    let mut slowest: Vec<(Duration, &str, usize)> = Vec::new();
    for _round in 0..5 {
        for (q, l) in &queries {
            let t = Instant::now();
            let hits = index.search(q, l, 20).expect("search");
            let d = t.elapsed();
            all.push(d);
            slowest.push((d, q, hits.len()));
        }
    }
    report("search (100 queries x 5 rounds, limit 20)", &mut all);
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    slowest.dedup_by(|a, b| a.1 == b.1);
    for (d, q, n) in slowest.iter().take(5) {
        println!("  slow: {q:?} -> {n} hits in {d:.2?}");
    }

    drop(index);
    if std::env::var_os("KEEP_INDEX").is_some() {
        println!("  kept: {}", path.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

fn report(name: &str, samples: &mut [Duration]) {
    samples.sort();
    let pick = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{name}: n={} median {:.2?}  p95 {:.2?}  max {:.2?}",
        samples.len(),
        pick(0.5),
        pick(0.95),
        samples[samples.len() - 1]
    );
}

fn file_size_mb(path: &Path) -> f64 {
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let wal = path.with_extension("sqlite3-wal");
    (size(path) + size(&wal)) as f64 / 1e6
}

fn count_words(text: &str) -> usize {
    segment(text)
        .split(|c: char| c.is_whitespace() || c == '\u{200B}')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

struct Doc {
    pack: String,
    lesson: String,
    locale: &'static str,
    title: String,
    text: String,
}

struct Corpus {
    docs: Vec<Doc>,
}

impl Corpus {
    fn generate(lessons: usize) -> Self {
        let mut rng = XorShift(0x9E37_79B9);
        let mut docs = Vec::with_capacity(lessons * SENTENCES.len());
        for (locale, sentences) in SENTENCES {
            let counts: Vec<usize> = sentences.iter().map(|s| count_words(s)).collect();
            for lesson in 0..lessons {
                let mut text = String::new();
                let mut words = 0;
                while words < WORDS_PER_LESSON {
                    let i = rng.below(sentences.len());
                    if !text.is_empty() {
                        text.push(if rng.below(6) == 0 { '\n' } else { ' ' });
                    }
                    text.push_str(sentences[i]);
                    words += counts[i];
                    // Vary the text: amounts, dates and phone numbers differ
                    // between lessons, which grows the vocabulary realistically.
                    if rng.below(4) == 0 {
                        text.push_str(&format!(" {} {}", rng.below(10_000), 1900 + rng.below(200)));
                        words += 2;
                    }
                }
                let first = sentences[lesson % sentences.len()];
                let title: String = first.chars().take(32).collect();
                docs.push(Doc {
                    pack: format!("pack-{:02}", lesson / 50),
                    lesson: format!("lesson-{lesson:03}"),
                    locale,
                    title: format!("{} {}", lesson + 1, title.trim()),
                    text,
                });
            }
        }
        Self { docs }
    }

    fn search_docs(&self) -> impl Iterator<Item = SearchDoc<'_>> {
        self.docs.iter().map(|d| SearchDoc {
            pack: &d.pack,
            lesson: &d.lesson,
            locale: d.locale,
            title: &d.title,
            text: &d.text,
        })
    }
}

/// Deterministic pseudo-random numbers without a `rand` dependency.
struct XorShift(u32);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0 as usize % n.max(1)
    }
}

/// Writes the corpus as one pack (50 modules x 10 lessons) and times what the
/// app does with it: load and check, index, render.
fn pack_figures(corpus: &Corpus, content: &Path) {
    let pack = content.join("10-bench");
    let mut locales: Vec<&str> = vec!["en"];
    for d in &corpus.docs {
        if !locales.contains(&d.locale) {
            locales.push(d.locale);
        }
    }
    let quoted = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let list = locales
        .iter()
        .map(|l| quoted(l))
        .collect::<Vec<_>>()
        .join(", ");
    let per_locale = |text: &str| {
        locales
            .iter()
            .map(|l| format!("{l} = {}\n", quoted(text)))
            .collect::<String>()
    };
    let mut lessons: Vec<&str> = corpus.docs.iter().map(|d| d.lesson.as_str()).collect();
    lessons.sort_unstable();
    lessons.dedup();
    let mut manifest = format!(
        "id = \"bench\"\nversion = \"1.0.0\"\npublisher = \"bench\"\nlicence = \"CC0-1.0\"\n\
         source-locale = \"en\"\nlocales = [{list}]\n[title]\n{}[description]\n{}",
        per_locale("Bench course"),
        per_locale("Generated")
    );
    for (m, chunk) in lessons.chunks(10).enumerate() {
        let ids = chunk
            .iter()
            .map(|l| quoted(l))
            .collect::<Vec<_>>()
            .join(", ");
        manifest.push_str(&format!(
            "[[modules]]\nid = \"m{m:02}\"\ntitle = {{ en = \"Module {m}\" }}\nlessons = [{ids}]\n"
        ));
    }
    std::fs::create_dir_all(&pack).expect("pack dir");
    std::fs::write(pack.join("pack.toml"), manifest).expect("manifest");
    let lesson_text = |d: &Doc, extra: &str| {
        let body: String = d.text.split('\n').map(|p| format!("{p}\n\n")).collect();
        format!(
            "+++\nid = \"{}\"\ntitle = {}\nminutes = 10\nobjectives = [\"Know your rights\"]\n{extra}+++\n## {}\n\n{body}",
            d.lesson,
            quoted(&d.title),
            d.title
        )
    };
    let mut sources = std::collections::HashMap::new();
    let mut one_lesson = String::new();
    for d in corpus.docs.iter().filter(|d| d.locale == "en") {
        let text = lesson_text(d, "");
        let dir = pack.join("lessons").join(&d.lesson);
        std::fs::create_dir_all(&dir).expect("lesson dir");
        std::fs::write(dir.join("en.md"), &text).expect("lesson");
        sources.insert(d.lesson.clone(), source_hash(&text));
        if one_lesson.is_empty() {
            one_lesson = d.text.clone();
        }
    }
    for d in corpus.docs.iter().filter(|d| d.locale != "en") {
        let extra = format!(
            "status = \"draft\"\nsource-hash = \"{}\"\n",
            sources[&d.lesson]
        );
        let dir = pack.join("lessons").join(&d.lesson);
        std::fs::write(dir.join(format!("{}.md", d.locale)), lesson_text(d, &extra))
            .expect("lesson");
    }

    let mut load = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let library = Library::load(content).expect("load");
        load.push(t.elapsed());
        let errors = library
            .diagnostics()
            .iter()
            .filter(|d| d.severity == passage_content::Severity::Error)
            .count();
        assert_eq!(errors, 0, "the generated pack must be valid");
        assert_eq!(library.packs()[0].lessons.len(), lessons.len());
    }
    report("pack: load and check 500 lessons x 9 locales", &mut load);
    // Memory of the loaded store, in a fresh process so no memory freed by
    // the runs above is reused: how much it grows while loading.
    let child = std::process::Command::new(std::env::current_exe().expect("exe"))
        .arg("--memory-of")
        .arg(content)
        .output()
        .expect("child");
    let held: f64 = String::from_utf8_lossy(&child.stdout)
        .split_whitespace()
        .next()
        .and_then(|b| b.parse().ok())
        .unwrap_or(0.0);
    println!(
        "memory of the loaded store (resident growth of a fresh process): {:.1} MB",
        held / 1_048_576.0
    );

    let index_path = content.join("search.sqlite3");
    let mut cold = Vec::new();
    let mut current = Vec::new();
    for run in 0..5 {
        // The index is two files (word and trigram), each with its WAL.
        for suffix in [
            "",
            "-wal",
            "-shm",
            ".trigram",
            ".trigram-wal",
            ".trigram-shm",
        ] {
            let _ = std::fs::remove_file(content.join(format!("search.sqlite3{suffix}")));
        }
        let t = Instant::now();
        let library = Library::load(content).expect("load");
        let mut index = SearchIndex::open(&index_path).expect("open index");
        assert!(
            library.index_into(&mut index).expect("index"),
            "run {run}: rebuilt"
        );
        cold.push(t.elapsed());
        drop(index);
        let t = Instant::now();
        let library = Library::load(content).expect("load");
        let mut index = SearchIndex::open(&index_path).expect("open index");
        assert!(
            !library.index_into(&mut index).expect("index"),
            "index is current"
        );
        current.push(t.elapsed());
    }
    report("pack: load + index, cold (no index file)", &mut cold);
    report("pack: load + index, index current", &mut current);

    let mut render = Vec::new();
    let markdown: String = one_lesson.split('\n').map(|p| format!("{p}\n\n")).collect();
    for _ in 0..1000 {
        let t = Instant::now();
        let out = render_markdown(
            &markdown,
            MediaBase {
                url: "passage-media://localhost/bench/",
                lesson_dir: "lessons/lesson-000",
            },
        );
        render.push(t.elapsed());
        assert!(!out.html.is_empty());
    }
    report("render one lesson (~600 words)", &mut render);
}
