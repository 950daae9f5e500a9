//! Writing systems of letters, as far as language identification needs them.

/// A writing system. Only scripts that matter for telling languages apart are distinguished;
/// every other letter is [`Script::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    /// Latin script.
    Latin,
    /// Cyrillic script.
    Cyrillic,
    /// Greek script.
    Greek,
    /// Arabic script.
    Arabic,
    /// Hebrew script.
    Hebrew,
    /// Devanagari script.
    Devanagari,
    /// Bengali script.
    Bengali,
    /// Gurmukhi script.
    Gurmukhi,
    /// Gujarati script.
    Gujarati,
    /// Tamil script.
    Tamil,
    /// Telugu script.
    Telugu,
    /// Kannada script.
    Kannada,
    /// Malayalam script.
    Malayalam,
    /// Sinhala script.
    Sinhala,
    /// Thai script.
    Thai,
    /// Myanmar script.
    Myanmar,
    /// Georgian script.
    Georgian,
    /// Armenian script.
    Armenian,
    /// Ethiopic script.
    Ethiopic,
    /// Khmer script.
    Khmer,
    /// Hangul script.
    Hangul,
    /// Hiragana and Katakana.
    Kana,
    /// Chinese characters (Hanzi, Kanji).
    Han,
    /// Any other letter.
    Other,
}

/// Number of [`Script`] variants, for per-script counting arrays.
pub(crate) const SCRIPT_COUNT: usize = Script::Other as usize + 1;

impl Script {
    /// The script of a letter. Call it on letters only: digits, punctuation and marks that are
    /// not alphabetic give meaningless answers.
    pub fn of(c: char) -> Script {
        let cp = c as u32;
        match cp {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F => {
                Script::Latin
            }
            0xA720..=0xA7FF | 0xAB30..=0xAB6F | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Script::Latin,
            0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
            0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
            0x530..=0x58F => Script::Armenian,
            0x590..=0x5FF | 0xFB1D..=0xFB4F => Script::Hebrew,
            0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                Script::Arabic
            }
            0x900..=0x97F | 0xA8E0..=0xA8FF => Script::Devanagari,
            0x980..=0x9FF => Script::Bengali,
            0xA00..=0xA7F => Script::Gurmukhi,
            0xA80..=0xAFF => Script::Gujarati,
            0xB80..=0xBFF => Script::Tamil,
            0xC00..=0xC7F => Script::Telugu,
            0xC80..=0xCFF => Script::Kannada,
            0xD00..=0xD7F => Script::Malayalam,
            0xD80..=0xDFF => Script::Sinhala,
            0xE00..=0xE7F => Script::Thai,
            0x1000..=0x109F => Script::Myanmar,
            0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Script::Georgian,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF => Script::Hangul,
            0x1200..=0x139F | 0x2D80..=0x2DDF => Script::Ethiopic,
            0x1780..=0x17FF => Script::Khmer,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
            0x3005..=0x3007
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF
            | 0x20000..=0x2FA1F => Script::Han,
            _ => Script::Other,
        }
    }

    /// True for scripts that distinguish upper and lower case.
    pub fn is_cased(self) -> bool {
        matches!(
            self,
            Script::Latin | Script::Cyrillic | Script::Greek | Script::Armenian | Script::Georgian
        )
    }
}

/// Letters of `text` counted per script.
#[derive(Debug, Clone, Default)]
pub(crate) struct ScriptCounts {
    counts: [usize; SCRIPT_COUNT],
}

impl ScriptCounts {
    /// Counts the alphabetic characters of `text`.
    #[cfg(test)]
    pub(crate) fn of(text: &str) -> Self {
        let mut counts = ScriptCounts::default();
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            counts.add(Script::of(c));
        }
        counts
    }

    pub(crate) fn add(&mut self, script: Script) {
        self.counts[script as usize] += 1;
    }

    pub(crate) fn get(&self, script: Script) -> usize {
        self.counts[script as usize]
    }

    /// The script with the most letters, with Han and Kana counted together as Japanese when any
    /// Kana is present. Ties go to the script listed first in [`Script`]. `None` without letters.
    pub(crate) fn dominant(&self) -> Option<Script> {
        let mut best: Option<(Script, usize)> = None;
        for script in ALL_SCRIPTS {
            let mut n = self.get(script);
            if script == Script::Kana {
                // Japanese text mixes Kanji (Han) and Kana; the pair counts as one script.
                if n > 0 {
                    n += self.get(Script::Han);
                }
            }
            if n > 0 && best.is_none_or(|(_, m)| n > m) {
                best = Some((script, n));
            }
        }
        best.map(|(s, _)| s)
    }
}

const ALL_SCRIPTS: [Script; SCRIPT_COUNT] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Arabic,
    Script::Hebrew,
    Script::Devanagari,
    Script::Bengali,
    Script::Gurmukhi,
    Script::Gujarati,
    Script::Tamil,
    Script::Telugu,
    Script::Kannada,
    Script::Malayalam,
    Script::Sinhala,
    Script::Thai,
    Script::Myanmar,
    Script::Georgian,
    Script::Armenian,
    Script::Ethiopic,
    Script::Khmer,
    Script::Hangul,
    Script::Kana,
    Script::Han,
    Script::Other,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_letters() {
        assert_eq!(Script::of('a'), Script::Latin);
        assert_eq!(Script::of('é'), Script::Latin);
        assert_eq!(Script::of('Ж'), Script::Cyrillic);
        assert_eq!(Script::of('ے'), Script::Arabic);
        assert_eq!(Script::of('ש'), Script::Hebrew);
        assert_eq!(Script::of('क'), Script::Devanagari);
        assert_eq!(Script::of('한'), Script::Hangul);
        assert_eq!(Script::of('の'), Script::Kana);
        assert_eq!(Script::of('国'), Script::Han);
        assert!(Script::Latin.is_cased());
        assert!(!Script::Arabic.is_cased());
    }

    #[test]
    fn variant_table_is_complete() {
        for (i, s) in ALL_SCRIPTS.iter().enumerate() {
            assert_eq!(*s as usize, i);
        }
    }

    #[test]
    fn dominant_script_counts_kanji_with_kana() {
        let counts = ScriptCounts::of("防衛大臣は会談した");
        assert_eq!(counts.dominant(), Some(Script::Kana));
        assert_eq!(ScriptCounts::of("国防部长").dominant(), Some(Script::Han));
        assert_eq!(ScriptCounts::of("123 !!").dominant(), None);
        let mixed = ScriptCounts::of("وزیر اعظم نے ملاقات کی — PTV News");
        assert_eq!(mixed.dominant(), Some(Script::Arabic));
    }
}
