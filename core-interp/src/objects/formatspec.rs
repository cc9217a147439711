//! The format-specification mini-language (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`)
//! shared by `format()`, `str.format`, f-strings and every `__format__`:
//! parsing with CPython's error messages, and padding/alignment of a
//! formatted body.

/// How a field is aligned in its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding after the sign (numbers only).
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-` (the default): only negative numbers get a sign.
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A parsed format specification.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: negative zero becomes positive zero (floats).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width (zero padding with `=` alignment).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    /// The `=` alignment came from `0` without an explicit alignment (strings,
    /// whose default alignment is left, drop it again).
    pub zero_implied_align: bool,
}

impl FormatSpec {
    /// Parses a spec; errors carry CPython's ValueError message.
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut out = FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            zero_implied_align: false,
        };
        let mut fill_given = false;
        let align_of = |c: char| match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        };
        if chars.len() >= 2 && align_of(chars[1]).is_some() {
            out.fill = chars[0];
            out.align = align_of(chars[1]);
            fill_given = true;
            i = 2;
        } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
            out.align = Some(a);
            i = 1;
        }
        match chars.get(i) {
            Some('+') => {
                out.sign = Some(Sign::Plus);
                i += 1;
            }
            Some('-') => {
                out.sign = Some(Sign::Minus);
                i += 1;
            }
            Some(' ') => {
                out.sign = Some(Sign::Space);
                i += 1;
            }
            _ => {}
        }
        if chars.get(i) == Some(&'z') {
            out.no_neg_zero = true;
            i += 1;
        }
        if chars.get(i) == Some(&'#') {
            out.alternate = true;
            i += 1;
        }
        if chars.get(i) == Some(&'0') {
            out.zero_pad = true;
            if !fill_given {
                out.fill = '0';
                if out.align.is_none() {
                    out.align = Some(Align::AfterSign);
                    out.zero_implied_align = true;
                }
            }
            i += 1;
        }
        let start = i;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if i > start {
            let w: String = chars[start..i].iter().collect();
            out.width = Some(
                w.parse()
                    .map_err(|_| "Too many decimal digits in format string".to_string())?,
            );
        }
        if let Some(&c) = chars.get(i) {
            if c == ',' || c == '_' {
                out.grouping = Some(c);
                i += 1;
                if let Some(&d) = chars.get(i) {
                    if d == ',' || d == '_' {
                        return Err(if d == c {
                            format!("Cannot specify '{c}' with '{c}'.")
                        } else {
                            "Cannot specify both ',' and '_'.".to_string()
                        });
                    }
                }
            }
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            if i == start {
                return Err("Format specifier missing precision".to_string());
            }
            let p: String = chars[start..i].iter().collect();
            out.precision = Some(
                p.parse()
                    .map_err(|_| "Too many decimal digits in format string".to_string())?,
            );
        }
        if chars.len() - i > 1 {
            return Err("Invalid format specifier".to_string());
        }
        if let Some(&c) = chars.get(i) {
            out.ty = Some(c);
        }
        if let (Some(g), Some(t)) = (out.grouping, out.ty) {
            let ok = match g {
                ',' => matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%'),
                _ => matches!(
                    t,
                    'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%' | 'b' | 'o' | 'x' | 'X'
                ),
            };
            if !ok {
                return Err(format!("Cannot specify '{g}' with '{t}'."));
            }
        }
        Ok(out)
    }

    /// [`FormatSpec::parse`] for a value of type `type_name`: an unparsable
    /// spec is reported as CPython 3.11 does, naming the spec and the type.
    pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        FormatSpec::parse(spec).map_err(|m| {
            if m == "Invalid format specifier" {
                format!("Invalid format specifier '{spec}' for object of type '{type_name}'")
            } else {
                m
            }
        })
    }

    /// Pads `body` (which starts with `sign_len` characters of sign/prefix)
    /// to the width with the fill and alignment; `default` applies when no
    /// alignment was given (strings left, numbers right).
    pub fn pad(&self, body: &str, sign_len: usize, default: Align) -> String {
        let len = body.chars().count();
        let Some(width) = self.width.filter(|&w| w > len) else {
            return body.to_string();
        };
        let pad = width - len;
        let fill = |n: usize| std::iter::repeat(self.fill).take(n).collect::<String>();
        match self.align.unwrap_or(default) {
            Align::Left => format!("{body}{}", fill(pad)),
            Align::Right => format!("{}{body}", fill(pad)),
            Align::Center => format!("{}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
            Align::AfterSign => {
                let split = body
                    .char_indices()
                    .nth(sign_len)
                    .map(|(b, _)| b)
                    .unwrap_or(body.len());
                format!("{}{}{}", &body[..split], fill(pad), &body[split..])
            }
        }
    }
}

/// Inserts the grouping separator every `every` digits of `digits` (from the right).
pub fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.chars().count();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field() {
        let s = FormatSpec::parse("*^+z#012_.3f").unwrap();
        assert_eq!(
            (s.fill, s.align, s.sign),
            ('*', Some(Align::Center), Some(Sign::Plus))
        );
        assert!(s.no_neg_zero && s.alternate && s.zero_pad);
        assert_eq!(
            (s.width, s.grouping, s.precision, s.ty),
            (Some(12), Some('_'), Some(3), Some('f'))
        );
        let z = FormatSpec::parse("010d").unwrap();
        assert_eq!((z.fill, z.align), ('0', Some(Align::AfterSign)));
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(
            FormatSpec::parse(".f").unwrap_err(),
            "Format specifier missing precision"
        );
        assert_eq!(
            FormatSpec::parse(",,").unwrap_err(),
            "Cannot specify ',' with ','."
        );
        assert_eq!(
            FormatSpec::parse(",_").unwrap_err(),
            "Cannot specify both ',' and '_'."
        );
        assert_eq!(
            FormatSpec::parse("abc").unwrap_err(),
            "Invalid format specifier"
        );
        assert_eq!(
            FormatSpec::parse(",x").unwrap_err(),
            "Cannot specify ',' with 'x'."
        );
    }

    #[test]
    fn pads_and_groups() {
        let s = FormatSpec::parse("*^7").unwrap();
        assert_eq!(s.pad("abc", 0, Align::Left), "**abc**");
        let z = FormatSpec::parse("08").unwrap();
        assert_eq!(z.pad("-12", 1, Align::Right), "-0000012");
        assert_eq!(group_digits("1234567", ',', 3), "1,234,567");
    }
}
