//! The bundled Noto fonts, one family per script we print, each in Regular
//! and Bold, and the choice of family for a piece of text.
//!
//! Fonts are compiled into the binary so a certificate looks the same on any
//! laptop, with or without fonts installed. Nothing here lays text out.

use krilla::text::Font;
use rustybuzz::Face;

use crate::{PrintError, Result};

/// A writing system that needs its own font. Everything that is not Thai,
/// Lao, Khmer or Myanmar (Latin with Vietnamese, digits, punctuation) is
/// printed with Noto Sans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Script {
    Latin,
    Thai,
    Lao,
    Khmer,
    Myanmar,
}

impl Script {
    /// The script a character belongs to, if it belongs to one of the
    /// complex scripts we carry a font for.
    pub(crate) fn of_letter(c: char) -> Option<Self> {
        match u32::from(c) {
            0x0E00..=0x0E7F => Some(Self::Thai),
            0x0E80..=0x0EFF => Some(Self::Lao),
            0x1780..=0x17FF | 0x19E0..=0x19FF => Some(Self::Khmer),
            0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => Some(Self::Myanmar),
            _ => None,
        }
    }

    /// The OpenType script the shaper should use for a run in this font.
    /// `None` lets the shaper guess (Latin runs may hold Greek or Cyrillic).
    pub(crate) fn shaping_script(self) -> Option<rustybuzz::Script> {
        match self {
            Self::Latin => None,
            Self::Thai => Some(rustybuzz::script::THAI),
            Self::Lao => Some(rustybuzz::script::LAO),
            Self::Khmer => Some(rustybuzz::script::KHMER),
            Self::Myanmar => Some(rustybuzz::script::MYANMAR),
        }
    }
}

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// One bundled font file.
struct FontFile {
    name: &'static str,
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "checked against `slot` in tests")
    )]
    script: Script,
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "checked against `slot` in tests")
    )]
    weight: Weight,
    data: &'static [u8],
}

macro_rules! font_file {
    ($script:ident, $weight:ident, $file:literal) => {
        FontFile {
            name: $file,
            script: Script::$script,
            weight: Weight::$weight,
            data: include_bytes!(concat!("../fonts/", $file)),
        }
    };
}

/// Noto fonts from Debian's `fonts-noto-core` (see `fonts/README.md`).
const FONT_FILES: [FontFile; 10] = [
    font_file!(Latin, Regular, "NotoSans-Regular.ttf"),
    font_file!(Latin, Bold, "NotoSans-Bold.ttf"),
    font_file!(Thai, Regular, "NotoSansThai-Regular.ttf"),
    font_file!(Thai, Bold, "NotoSansThai-Bold.ttf"),
    font_file!(Lao, Regular, "NotoSansLao-Regular.ttf"),
    font_file!(Lao, Bold, "NotoSansLao-Bold.ttf"),
    font_file!(Khmer, Regular, "NotoSansKhmer-Regular.ttf"),
    font_file!(Khmer, Bold, "NotoSansKhmer-Bold.ttf"),
    font_file!(Myanmar, Regular, "NotoSansMyanmar-Regular.ttf"),
    font_file!(Myanmar, Bold, "NotoSansMyanmar-Bold.ttf"),
];

/// A font ready for both shaping (rustybuzz) and embedding (krilla).
pub(crate) struct LoadedFont {
    pub(crate) face: Face<'static>,
    pub(crate) pdf: Font,
    /// Font units per em, as a float for scaling shaped advances.
    pub(crate) units_per_em: f32,
}

impl std::fmt::Debug for LoadedFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedFont")
            .field("units_per_em", &self.units_per_em)
            .finish_non_exhaustive()
    }
}

/// Where a script and weight sit in [`FONT_FILES`] (and in a [`FontSet`]).
fn slot(script: Script, weight: Weight) -> usize {
    let script_index = match script {
        Script::Latin => 0,
        Script::Thai => 1,
        Script::Lao => 2,
        Script::Khmer => 3,
        Script::Myanmar => 4,
    };
    let weight_index = match weight {
        Weight::Regular => 0,
        Weight::Bold => 1,
    };
    script_index * 2 + weight_index
}

/// Every bundled font, loaded once per document.
#[derive(Debug)]
pub(crate) struct FontSet {
    /// In the order of [`FONT_FILES`].
    fonts: Vec<LoadedFont>,
}

impl FontSet {
    /// Parses the bundled fonts. Fails only if a bundled file is broken,
    /// which the tests would catch first.
    pub(crate) fn load() -> Result<Self> {
        let fonts = FONT_FILES
            .iter()
            .map(|file| {
                let broken = || PrintError::Font { name: file.name };
                let face = Face::from_slice(file.data, 0).ok_or_else(broken)?;
                let pdf = Font::new(file.data.into(), 0).ok_or_else(broken)?;
                let units_per_em = u16::try_from(face.units_per_em()).map_err(|_| broken())?;
                Ok(LoadedFont {
                    face,
                    pdf,
                    units_per_em: f32::from(units_per_em),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self { fonts })
    }

    /// The font for a script and weight.
    pub(crate) fn get(&self, script: Script, weight: Weight) -> &LoadedFont {
        // `load` keeps one font per entry of `FONT_FILES`, in order.
        &self.fonts[slot(script, weight)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_SCRIPTS: [Script; 5] = [
        Script::Latin,
        Script::Thai,
        Script::Lao,
        Script::Khmer,
        Script::Myanmar,
    ];

    #[test]
    fn every_script_and_weight_has_its_own_file() {
        for script in ALL_SCRIPTS {
            for weight in [Weight::Regular, Weight::Bold] {
                let file = &FONT_FILES[slot(script, weight)];
                assert_eq!(
                    (file.script, file.weight),
                    (script, weight),
                    "{}",
                    file.name
                );
            }
        }
    }

    #[test]
    fn bundled_fonts_load_and_cover_their_script() {
        let fonts = FontSet::load().expect("bundled fonts load");
        let samples = [
            (Script::Latin, 'ệ'),
            (Script::Thai, 'ก'),
            (Script::Lao, 'ກ'),
            (Script::Khmer, 'ក'),
            (Script::Myanmar, 'က'),
        ];
        for (script, c) in samples {
            for weight in [Weight::Regular, Weight::Bold] {
                let font = fonts.get(script, weight);
                assert!(
                    font.face.glyph_index(c).is_some(),
                    "{script:?} {weight:?} lacks {c}"
                );
            }
        }
    }
}
