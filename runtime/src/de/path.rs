//! Where a byte sits in a JSON text: the path of keys and indices from the
//! top (`choices[0].message.content`), read from the text alone, so that a
//! decode error can name it and the runtime can set that property aside.

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A property of an object.
    Key(String),
    /// An element of an array.
    Index(usize),
}

/// The steps from the top to the value the byte at `offset` is in. The
/// text is scanned as far as `offset` (inclusive), tracking the open
/// objects and arrays; it may be cut or malformed past that point. A byte
/// inside an object but outside any of its values (a key, a comma, the
/// closing brace) is the object's own.
pub(crate) fn steps_at(body: &[u8], offset: usize) -> Vec<Step> {
    enum Frame {
        Object {
            key: Option<String>,
            expecting_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    let end = offset.min(body.len().saturating_sub(1));
    while i <= end && i < body.len() {
        match body[i] {
            b'"' => {
                // Find the end of the string, honouring escapes.
                let start = i + 1;
                let mut j = start;
                while j < body.len() && body[j] != b'"' {
                    j += if body[j] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, expecting_key }) = frames.last_mut()
                    && *expecting_key
                {
                    let raw = &body[start..j.min(body.len())];
                    *key = Some(
                        serde_json::from_slice::<String>(&[b"\"", raw, b"\""].concat())
                            .unwrap_or_else(|_| String::from_utf8_lossy(raw).into_owned()),
                    );
                }
                i = j;
            }
            b'{' => frames.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
            }
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = frames.last_mut() {
                    *expecting_key = false;
                }
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut steps = Vec::new();
    for frame in frames {
        match frame {
            Frame::Object {
                key: Some(key),
                expecting_key: false,
            } => steps.push(Step::Key(key)),
            Frame::Object { .. } => break,
            Frame::Array { index } => steps.push(Step::Index(index)),
        }
    }
    steps
}

/// The path of [`steps_at`] as text: `items[1].role`, `.` for the top.
pub(crate) fn json_path_at(body: &[u8], offset: usize) -> String {
    let mut path = String::new();
    for step in steps_at(body, offset) {
        match step {
            Step::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&key);
            }
            Step::Index(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// The byte offset of a 1-based line and column.
pub(crate) fn byte_offset(body: &[u8], line: usize, column: usize) -> usize {
    let mut current = 1;
    let mut start = 0;
    for (i, b) in body.iter().enumerate() {
        if current == line {
            break;
        }
        if *b == b'\n' {
            current += 1;
            start = i + 1;
        }
    }
    (start + column.saturating_sub(1)).min(body.len())
}
