//! Text folding shared by the run-time parsers and the build script (which includes this file
//! with `#[path]`), so that aliases are normalised at build time exactly as input is at run time.
//!
//! Pure functions over `&str`; no dependencies on the rest of the crate.

/// Lowercases `s`, strips Latin and Vietnamese diacritics (`Kâmpóng` → `kampong`, `đ` → `d`,
/// `œ` → `oe`), maps every kind of dash to `-`, every space (incl. NBSP) and the zero-width
/// space to ` `, typographic apostrophes to `'`, Khmer digits to ASCII digits, Khmer coeng DA
/// to coeng TA (the two are written interchangeably, e.g. កណ្ដាល / កណ្តាល), and drops invisible
/// characters (ZWNJ, ZWJ, word joiner, BOM, soft hyphen). Other characters are kept.
pub fn simplify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_simplified(latin_lowercase(c), &mut out);
    }
    out
}

/// The lowercase of a Latin letter (ASCII, Latin-1, Latin Extended-A, Vietnamese ơ/ư, the
/// caron letters and Latin Extended Additional); other characters unchanged. A small table of
/// our own instead of `char::to_lowercase`, which would embed all of Unicode's case mappings.
fn latin_lowercase(c: char) -> char {
    let u = u32::from(c);
    let even = u % 2 == 0;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => u + 1,
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC if !even => u + 1,
        0x1A0 | 0x1AF => u + 1,
        0x178 => 0xFF,
        0x130 => 0x69,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

fn push_simplified(c: char, out: &mut String) {
    match c {
        '\u{0300}'..='\u{036F}' => {}
        '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
        '\u{200B}' => out.push(' '),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
        '\u{17E0}'..='\u{17E9}' => {
            out.push(char::from(b'0' + (u32::from(c) - 0x17E0) as u8));
        }
        '\u{178A}' if out.ends_with('\u{17D2}') => out.push('\u{178F}'),
        c if c.is_whitespace() => out.push(' '),
        c => match latin_base(c) {
            Some(base) => out.push_str(base),
            None => out.push(c),
        },
    }
}

/// The unaccented base letters of a lowercase Latin letter with diacritics, if it has one.
fn latin_base(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ'
        | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'đ' | 'ď' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => {
            "e"
        }
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ỉ' | 'ị' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ'
        | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ'
        | 'ự' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => return None,
    })
}

/// Whether `c` is part of a word: an ASCII letter or digit, a Khmer letter or sign (vowel
/// signs and coeng included), or any other non-ASCII character except spaces, punctuation and
/// symbols of the common blocks. (Not `char::is_alphanumeric`, which would embed Unicode's
/// tables; every letter that matters here is Latin or Khmer.)
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c,
        '\u{0080}'..='\u{00BF}' | '\u{00D7}' | '\u{00F7}'
        | '\u{17D4}'..='\u{17DB}'
        | '\u{2000}'..='\u{2BFF}'
        | '\u{3000}'..='\u{303F}'
        | '\u{FE30}'..='\u{FE4F}' | '\u{FE50}'..='\u{FE6F}'
        | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}'
        | '\u{FFF0}'..='\u{FFFF}')
}

/// The words of `s` after [`simplify`]: maximal runs of letters and digits (Khmer signs
/// included); everything else (spaces, dashes, dots, apostrophes, brackets…) separates words.
pub fn words(s: &str) -> Vec<String> {
    simplify(s).split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// [`words`] joined without separators: `"Kâmpóng Chhnăng"` → `"kampongchhnang"`.
pub fn fold(s: &str) -> String {
    words(s).concat()
}

/// Leading words (already folded, as word sequences) that only say "province", "municipality",
/// "capital" or "city" in English, Khmer romanisation or Vietnamese.
const LEADING_WORDS: &[&[&str]] = &[
    &["province", "of"],
    &["province"],
    &["prov"],
    &["khet"],
    &["khaet"],
    &["tinh"],
    &["krong"],
    &["thanh", "pho"],
    &["tp"],
    &["thu", "do"],
    &["rajadhani"],
    &["reach", "thani"],
    &["reachthani"],
    &["capital"],
    &["municipality"],
    &["city"],
    &["ខេត្ត"],
    &["ក្រុង"],
    &["រាជធានី"],
];

/// Trailing words that only say "province", "municipality", "capital" or "city".
const TRAILING_WORDS: &[&[&str]] = &[&["province"], &["prov"], &["municipality"], &["capital"], &["city"]];

/// Khmer words for province / municipality / capital, often written without a space before
/// the name (ខេត្តកំពង់ឆ្នាំង).
const KHMER_PREFIXES: &[&str] = &["ខេត្ត", "ក្រុង", "រាជធានី"];

/// The key under which a province name is looked up: [`words`] without a leading or trailing
/// word for "province" (`Province`, `Prov.`, `Khet`, `Tỉnh`, `ខេត្ត`, and for municipalities
/// `Krong`, `Thành phố`, `Rajadhani`, `រាជធានី`, `Capital`…), joined without separators.
/// `"Tỉnh Kâmpóng Chhnăng"`, `"ខេត្ត\u{200B}កំពង់ឆ្នាំង"` → `"kampongchhnang"`, `"កំពង់ឆ្នាំង"`.
pub fn province_key(s: &str) -> String {
    let mut ws = words(s);
    if let Some(first) = ws.first_mut() {
        if let Some(rest) = KHMER_PREFIXES.iter().find_map(|p| first.strip_prefix(p).filter(|r| !r.is_empty())) {
            *first = rest.to_owned();
        }
    }
    let mut start = 0;
    let mut end = ws.len();
    'lead: loop {
        for phrase in LEADING_WORDS {
            let n = phrase.len();
            if end - start > n && ws[start..start + n].iter().zip(phrase.iter()).all(|(a, b)| a == b) {
                start += n;
                continue 'lead;
            }
        }
        break;
    }
    'trail: loop {
        for phrase in TRAILING_WORDS {
            let n = phrase.len();
            if end - start > n && ws[end - n..end].iter().zip(phrase.iter()).all(|(a, b)| a == b) {
                end -= n;
                continue 'trail;
            }
        }
        break;
    }
    ws[start..end].concat()
}

/// Sound keys shorter than this match nothing: too many short names sound alike.
pub const MIN_SOUND_KEY: usize = 4;

/// The key under which a name is matched by its sound, from a [`province_key`]: the spellings
/// Vietnamese writers give Khmer names (`Kông Pông Chàm`, `Xvây Riêng`, `Mông-đun-ki-ri`,
/// `Cra-chê`) and the romanised names (`Kampong Cham`, `Svay Rieng`, `Mondulkiri`, `Kracheh`)
/// come to the same key. The rules: `c` (but not `ch`) and `q` are `k`, `x` and `z` are `s`;
/// an `h` after a vowel and before no vowel is dropped (`Koh` → `ko`); an `l` closing a
/// syllable is `n`, as Vietnamese writes it (`Kandal`, `Kan-đan`); a nasal before `p`/`b` is
/// `m` and before `t`/`d` is `n` (`Kông Pông` → `kompong`, `Mông-đun` → `mondun`); every run
/// of vowels is one `a`. Doubled consonants are kept. Empty for a key with other than ASCII
/// letters and digits (Khmer script is matched by its letters).
pub fn sound_key(key: &str) -> String {
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        return String::new();
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let b = key.as_bytes();
    let letters: Vec<u8> = b
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            b'c' if b.get(i + 1) != Some(&b'h') => b'k',
            b'q' => b'k',
            b'x' | b'z' => b's',
            c => c,
        })
        .collect();
    let mut codas = Vec::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        let after_vowel = i > 0 && vowel(letters[i - 1]);
        let before_vowel = letters.get(i + 1).is_some_and(|&n| vowel(n));
        match c {
            b'h' if after_vowel && !before_vowel => {}
            b'l' if after_vowel && !before_vowel => codas.push(b'n'),
            c => codas.push(c),
        }
    }
    let mut out = String::with_capacity(codas.len());
    let mut i = 0;
    while i < codas.len() {
        let c = codas[i];
        let nasal = match (c, codas.get(i + 1)) {
            (b'n', Some(b'g')) => Some(2),
            (b'n' | b'm', _) => Some(1),
            _ => None,
        };
        if let Some(len) = nasal {
            let place = match codas.get(i + len) {
                Some(b'p' | b'b') => Some('m'),
                Some(b't' | b'd') => Some('n'),
                _ => None,
            };
            if let Some(m) = place {
                out.push(m);
                i += len;
                continue;
            }
        }
        if vowel(c) {
            if i == 0 || !vowel(codas[i - 1]) {
                out.push('a');
            }
        } else {
            out.push(char::from(c));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_vietnamese_and_ungegn_diacritics() {
        assert_eq!(fold("Kâmpóng Chhnăng"), "kampongchhnang");
        assert_eq!(fold("Bát-đom-boong"), "batdomboong");
        assert_eq!(fold("ỐT-ĐÔ MIÊN-CHÂY"), "otdomienchay");
        assert_eq!(fold("Stœ̆ng Trêng"), "stoengtreng");
        // Decomposed (NFD) input folds the same as precomposed.
        assert_eq!(fold("Ta\u{0302}y"), "tay");
    }

    #[test]
    fn lowercases_latin_letters() {
        assert_eq!(fold("ÀÉÎÕÜ ĂÂĐÊÔƠƯ ŒÆ ŸŽŁ ǍǓ İ"), "aeiouaadeoouoeaeyzlaui");
        assert_eq!(
            fold("ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"),
            "aaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy"
        );
        assert_eq!(words("Stœ̆ng «Trêng» (KH-19)"), ["stoeng", "treng", "kh", "19"]);
    }

    #[test]
    fn drops_separators_and_invisible_characters() {
        assert_eq!(fold(" Kampong\u{00A0}Cham "), "kampongcham");
        assert_eq!(fold("Kam\u{200D}pong’s"), "kampongs");
        assert_eq!(simplify("2024\u{2013}2025"), "2024-2025");
        assert_eq!(simplify("២០២៥"), "2025");
    }

    #[test]
    fn folds_khmer_coeng_da_to_coeng_ta() {
        assert_eq!(fold("កណ្ដាល"), fold("កណ្តាល"));
        assert_eq!(fold("ឧត្ដរមានជ័យ"), "ឧត្តរមានជ័យ");
    }

    #[test]
    fn strips_words_for_province() {
        assert_eq!(province_key("Tỉnh Kampong Cham"), "kampongcham");
        assert_eq!(province_key("Ratanakiri Province"), "ratanakiri");
        assert_eq!(province_key("Prov. Kampot"), "kampot");
        assert_eq!(province_key("Thành phố Phnôm Pênh"), "phnompenh");
        assert_eq!(province_key("Phnom Penh Capital"), "phnompenh");
        assert_eq!(province_key("ខេត្តកំពង់ឆ្នាំង"), "កំពង់ឆ្នាំង");
        assert_eq!(province_key("ខេត្ត\u{200B}កំពង់ឆ្នាំង"), "កំពង់ឆ្នាំង");
        assert_eq!(province_key("រាជធានីភ្នំពេញ"), "ភ្នំពេញ");
        // A word alone is kept: there is nothing else to look up.
        assert_eq!(province_key("Province"), "province");
        assert_eq!(province_key("ខេត្ត"), "ខេត្ត");
        assert_eq!(province_key(""), "");
    }
    #[test]
    fn vietnamese_spellings_sound_like_the_romanised_names() {
        let same = [
            ("Kông Pông Chàm", "Kampong Cham"),
            ("Công-pông Thom", "Kampong Thom"),
            ("Kom-pông Chhnăng", "Kampong Chhnang"),
            ("KôngPông Spư", "Kampong Speu"),
            ("Công Pốt", "Kampot"),
            ("Cam Pốt", "Kampot"),
            ("Xiêm Riệp", "Siem Reap"),
            ("Bát-tam-boong", "Battambang"),
            ("Xvây Riêng", "Svay Rieng"),
            ("Prây Veng", "Prey Veng"),
            ("Cra-chê", "Kracheh"),
            ("Mông-đun-ki-ri", "Mondulkiri"),
            ("Mun-đun-ki-ri", "Mondulkiri"),
            ("Kô Kông", "Koh Kong"),
            ("Kan-đan", "Kandal"),
            ("Ta Keo", "Takeo"),
            ("Bantây Miên-chây", "Banteay Meanchey"),
        ];
        for (vi, en) in same {
            let (a, b) = (sound_key(&province_key(vi)), sound_key(&province_key(en)));
            assert_eq!(a, b, "{vi} / {en}");
            assert!(a.len() >= MIN_SOUND_KEY, "{vi}");
        }
        assert_eq!(sound_key("kongpongcham"), "kampangcham");
        // Different names stay apart; doubled letters are kept.
        assert_ne!(sound_key("kampot"), sound_key("kampong"));
        assert_ne!(sound_key("kongpongchamm"), sound_key("kampongcham"));
        assert_eq!(sound_key("កំពង់ចាម"), "");
        assert_eq!(sound_key(""), "");
    }
}
