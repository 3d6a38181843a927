//! Digits as people type them: Thai, Lao, Khmer, Burmese, Arabic-Indic and
//! full-width digits are the same numbers as ASCII `0`-`9`.

/// The ASCII digit for `c` if it is a decimal digit in one of the scripts
/// Passage's learners write.
pub fn ascii_digit(c: char) -> Option<char> {
    const ZEROS: [u32; 7] = [
        0x30,   // ASCII
        0x0E50, // Thai
        0x0ED0, // Lao
        0x17E0, // Khmer
        0x1040, // Myanmar
        0x0660, // Arabic-Indic
        0xFF10, // full-width
    ];
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
}

/// `text` with every such digit replaced by its ASCII digit; other
/// characters are kept.
pub fn ascii_digits(text: &str) -> String {
    text.chars().map(|c| ascii_digit(c).unwrap_or(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_read_as_ascii() {
        for (typed, ascii) in [
            ("๑๒๓๔", "1234"),
            ("໑໒໓໔", "1234"),
            ("១២៣៤", "1234"),
            ("၁၂၃၄", "1234"),
            ("١٢٣٤", "1234"),
            ("１２３４", "1234"),
            ("12a๙", "12a9"),
        ] {
            assert_eq!(ascii_digits(typed), ascii, "{typed}");
        }
        assert_eq!(ascii_digit('x'), None);
        assert_eq!(ascii_digit('๐'), Some('0'));
    }
}
