//! JSON that is not complete yet (a structured output while it streams),
//! read as far as it goes: an open string keeps what it has, open arrays
//! and objects are closed, and a key without its value, a cut literal
//! (`tr`) or a cut number that is not a number yet (`-`, `1.`) is left out.
//! The Python SDK reads its stream snapshots the same way (with `jiter`),
//! the Node SDK with a reader of its own; this one is ours, as `jiter` and
//! what it pulls in cost a `structured-outputs` build 7 s of compile time
//! for one function (BENCHMARKS.md, issue 24).
#![cfg(all(feature = "structured-outputs", feature = "chat"))]

use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused (`None`), as `serde_json` does,
/// rather than read on a deep stack.
const MAX_DEPTH: usize = 128;

/// `text` read as JSON although it may stop anywhere; `None` when it is
/// not the start of a JSON value (or holds more than one).
pub fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader { text, pos: 0 };
    let value = match reader.value(0).ok()? {
        Read::Done(value) => value,
        Read::Cut(value) => return value,
    };
    reader.skip_whitespace();
    (reader.pos == text.len()).then_some(value)
}

/// What reading one value gave.
enum Read {
    /// The value and its end.
    Done(Value),
    /// The text ended inside the value: what of it can be kept, if anything.
    Cut(Option<Value>),
}

/// What follows a member of an object or an array.
enum Next {
    /// Another member.
    Member,
    /// The closing bracket.
    Closed,
    /// The end of the text.
    End,
}

/// The text is not the start of a JSON document.
struct Invalid;

struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Read, Invalid> {
        if depth > MAX_DEPTH {
            return Err(Invalid);
        }
        self.skip_whitespace();
        match self.peek() {
            None => Ok(Read::Cut(None)),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => Ok(match self.string()? {
                (text, true) => Read::Done(Value::String(text)),
                (text, false) => Read::Cut(Some(Value::String(text))),
            }),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(Invalid),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Read, Invalid> {
        self.pos += 1;
        let mut members = Map::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Read::Done(Value::Object(members)));
        }
        loop {
            self.skip_whitespace();
            match self.peek() {
                None => return Ok(cut(members)),
                Some(b'"') => {}
                Some(_) => return Err(Invalid),
            }
            let (key, closed) = self.string()?;
            self.skip_whitespace();
            match self.peek() {
                _ if !closed => return Ok(cut(members)),
                None => return Ok(cut(members)),
                Some(b':') => self.pos += 1,
                Some(_) => return Err(Invalid),
            }
            match self.value(depth + 1)? {
                Read::Done(value) => members.insert(key, value),
                Read::Cut(value) => {
                    if let Some(value) = value {
                        members.insert(key, value);
                    }
                    return Ok(cut(members));
                }
            };
            match self.after_member(b'}')? {
                Next::Member => {}
                Next::Closed => return Ok(Read::Done(Value::Object(members))),
                Next::End => return Ok(cut(members)),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Read, Invalid> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Read::Done(Value::Array(items)));
        }
        loop {
            match self.value(depth + 1)? {
                Read::Done(value) => items.push(value),
                Read::Cut(value) => {
                    items.extend(value);
                    return Ok(Read::Cut(Some(Value::Array(items))));
                }
            }
            match self.after_member(b']')? {
                Next::Member => {}
                Next::Closed => return Ok(Read::Done(Value::Array(items))),
                Next::End => return Ok(Read::Cut(Some(Value::Array(items)))),
            }
        }
    }

    /// What follows a member of an object or an array: a comma, the
    /// closing `close`, or the end of the text.
    fn after_member(&mut self, close: u8) -> Result<Next, Invalid> {
        self.skip_whitespace();
        match self.peek() {
            None => Ok(Next::End),
            Some(b',') => {
                self.pos += 1;
                Ok(Next::Member)
            }
            Some(byte) if byte == close => {
                self.pos += 1;
                Ok(Next::Closed)
            }
            Some(_) => Err(Invalid),
        }
    }

    /// `true`, `false` or `null`, or the start of one at the end.
    fn literal(&mut self, word: &str, value: Value) -> Result<Read, Invalid> {
        let rest = &self.text[self.pos..];
        if let Some(after) = rest.strip_prefix(word) {
            self.pos = self.text.len() - after.len();
            Ok(Read::Done(value))
        } else if word.starts_with(rest) {
            self.pos = self.text.len();
            Ok(Read::Cut(None))
        } else {
            Err(Invalid)
        }
    }

    /// A number; at the end of the text it is kept if it reads as one.
    fn number(&mut self) -> Result<Read, Invalid> {
        let start = self.pos;
        while matches!(
            self.peek(),
            Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
        ) {
            self.pos += 1;
        }
        let number = serde_json::from_str::<Number>(&self.text[start..self.pos]).ok();
        match (number, self.pos == self.text.len()) {
            (number, true) => Ok(Read::Cut(number.map(Value::Number))),
            (Some(number), false) => Ok(Read::Done(Value::Number(number))),
            (None, false) => Err(Invalid),
        }
    }

    /// A string from its opening quote: its text, and whether it closed.
    /// An escape cut at the end of the text is left out.
    fn string(&mut self) -> Result<(String, bool), Invalid> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let Some(at) = rest.find(['"', '\\']) else {
                check_plain(rest)?;
                out.push_str(rest);
                self.pos = self.text.len();
                return Ok((out, false));
            };
            check_plain(&rest[..at])?;
            out.push_str(&rest[..at]);
            self.pos += at + 1;
            if rest.as_bytes()[at] == b'"' {
                return Ok((out, true));
            }
            match self.escape()? {
                Some(c) => out.push(c),
                None => return Ok((out, false)),
            }
        }
    }

    /// The character of an escape whose backslash was just read; `None`
    /// when the text ends inside it.
    fn escape(&mut self) -> Result<Option<char>, Invalid> {
        let Some(byte) = self.peek() else {
            return Ok(None);
        };
        self.pos += 1;
        Ok(Some(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return Err(Invalid),
        }))
    }

    /// The rest of `\uXXXX`, with the low half of a surrogate pair.
    fn unicode_escape(&mut self) -> Result<Option<char>, Invalid> {
        let Some(high) = self.hex4()? else {
            return Ok(None);
        };
        if !(0xD800..0xDC00).contains(&high) {
            return char::from_u32(u32::from(high)).map(Some).ok_or(Invalid);
        }
        match self.text.as_bytes().get(self.pos..self.pos + 2) {
            Some(b"\\u") => self.pos += 2,
            Some(_) => return Err(Invalid),
            None if self.text[self.pos..] == *"\\" || self.pos == self.text.len() => {
                return Ok(None);
            }
            None => return Err(Invalid),
        }
        let Some(low) = self.hex4()? else {
            return Ok(None);
        };
        if !(0xDC00..0xE000).contains(&low) {
            return Err(Invalid);
        }
        let code = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
        char::from_u32(code).map(Some).ok_or(Invalid)
    }

    /// Four hex digits; `None` when the text ends before them.
    fn hex4(&mut self) -> Result<Option<u16>, Invalid> {
        let rest = &self.text[self.pos..];
        let digits = rest.get(..4).unwrap_or(rest);
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Invalid);
        }
        if digits.len() < 4 {
            self.pos = self.text.len();
            return Ok(None);
        }
        self.pos += 4;
        u16::from_str_radix(digits, 16)
            .map(Some)
            .map_err(|_| Invalid)
    }
}

/// An object the text ended inside.
fn cut(members: Map<String, Value>) -> Read {
    Read::Cut(Some(Value::Object(members)))
}

/// Text inside a string may not hold control characters.
fn check_plain(text: &str) -> Result<(), Invalid> {
    if text.bytes().any(|b| b < 0x20) {
        Err(Invalid)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use serde_json::{Value, json};

    #[test]
    fn a_cut_off_answer_reads_as_far_as_it_goes() {
        assert_eq!(parse(r#"{"name": "Sci"#), Some(json!({"name": "Sci"})));
        assert_eq!(
            parse(r#"{"name": "Science fair", "participants": ["Alice", "Bo"#),
            Some(json!({"name": "Science fair", "participants": ["Alice", "Bo"]}))
        );
        assert_eq!(parse(r#"{"name": "x", "da"#), Some(json!({"name": "x"})));
        assert_eq!(parse(r#"{"name": "x", "da": "#), Some(json!({"name": "x"})));
        assert_eq!(parse(r#"{"n": 12"#), Some(json!({"n": 12})));
        assert_eq!(parse(r#"{"n": -"#), Some(json!({})));
        assert_eq!(parse(r#"{"n": 1."#), Some(json!({})));
        assert_eq!(parse(r#"[1.5e"#), Some(json!([])));
        assert_eq!(
            parse(r#"{"a": {"b": [1, {"c": tr"#),
            Some(json!({"a": {"b": [1, {}]}}))
        );
        assert_eq!(parse(r#"{"done": true}"#), Some(json!({"done": true})));
        assert_eq!(parse(r#"  [null, false , "#), Some(json!([null, false])));
        assert_eq!(parse(""), None);
        assert_eq!(parse("   "), None);
    }

    #[test]
    fn escapes_read_and_a_cut_escape_is_left_out() {
        assert_eq!(parse(r#""a\"b\\c\/\n\u00e9""#), Some(json!("a\"b\\c/\né")));
        assert_eq!(parse(r#""\ud83d\ude00!""#), Some(json!("😀!")));
        assert_eq!(parse(r#"["ab\"#), Some(json!(["ab"])));
        assert_eq!(parse(r#"["ab\u00"#), Some(json!(["ab"])));
        assert_eq!(parse(r#"["ab\ud83d"#), Some(json!(["ab"])));
        assert_eq!(parse(r#"["ab\ud83d\"#), Some(json!(["ab"])));
        assert_eq!(parse(r#"["ab\ud83d\ude0"#), Some(json!(["ab"])));
        assert_eq!(parse(r#"["é, ü"#), Some(json!(["é, ü"])));
    }

    #[test]
    fn what_is_not_json_reads_as_none() {
        for text in [
            "Hello",
            "{x",
            r#"{"a" 1}"#,
            r#"{"a": 1 "b"}"#,
            "[1 2]",
            "[1,]x",
            r#""\q""#,
            r#""\u12G4""#,
            r#""\ud83dx""#,
            r#""\ud83d\u0041""#,
            "\"a\u{1}\"",
            "tx",
            "1x",
            "--1,",
            "{} {}",
            "[] x",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_rather_than_read_on_the_stack() {
        assert_eq!(parse(&"[".repeat(100_000)), None);
        let nested = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&nested).is_some());
    }

    /// Every prefix of a document reads without a panic, the longer
    /// prefixes hold what the shorter ones had, and the whole document
    /// reads as `serde_json` reads it.
    #[test]
    fn every_prefix_of_a_document_reads_and_the_whole_reads_as_serde_json() {
        let documents = [
            r#"{"name": "Science fair", "date": "Friday", "participants": ["Alice", "Bob"], "n": -12.5e3, "ok": true, "none": null, "nested": {"list": [1, [2, {}], "ü\u00e9\ud83d\ude00\n"]}}"#,
            r#"[0, -0.5, 1E+2, "a\\b\"c", false, [], {"k": {"k": [null]}}]"#,
            "  \"plain\"  ",
            "17",
        ];
        for document in documents {
            let whole: Value = serde_json::from_str(document).expect("a JSON document");
            assert_eq!(parse(document), Some(whole), "{document}");
            let mut previous_len = 0;
            for (end, _) in document.char_indices() {
                let read = parse(&document[..end]);
                let len = read.as_ref().map_or(0, |v| v.to_string().len());
                assert!(
                    document[..end].trim().is_empty() || read.is_some(),
                    "{:?} read as nothing",
                    &document[..end]
                );
                // Strings grow, numbers may lose a digit's worth of text
                // ("12" then "1.": left out), so allow a number's length.
                assert!(len + 24 >= previous_len, "{:?} shrank", &document[..end]);
                previous_len = len;
            }
        }
    }
}
