//! A second chance for an answer whose strict decode failed on one
//! property: a value of another shape than the spec declares (an array of
//! parts where `content` is a string), or a constant with another value
//! (`"object": ""` where the spec says `"object": "chat.completion"`). The property is found from the error's
//! position, renamed with the [`ASIDE`] mark so that it lands in its
//! object's `Extra` under its own name (the field reads as unset, or as
//! its default), and the body is decoded again, up to [`MAX_ASIDE`] times.
//!
//! Generated decoders stay strict and small, and a well-formed answer pays
//! nothing: this runs only after a failure.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::path::{Step, byte_offset, steps_at};
use super::{ASIDE, from_text};

/// How many properties of one answer can be set aside.
pub const MAX_ASIDE: usize = 32;

/// `T` decoded from `text` after setting aside the properties that failed,
/// or `None` when the failure is not one of a property's value (a missing
/// required field, malformed JSON) or too many properties fail.
pub(crate) fn decode_setting_aside<T: DeserializeOwned>(
    text: &str,
    first: &serde_json::Error,
) -> Option<T> {
    if !mendable(first) {
        return None;
    }
    let mut value: Value = serde_json::from_str(text).ok()?;
    let mut current = text.to_owned();
    set_aside_at(&mut value, &current, first)?;
    for _ in 0..MAX_ASIDE {
        current = serde_json::to_string(&value).ok()?;
        match from_text::<T>(&current) {
            Ok(decoded) => return Some(decoded),
            Err(next) if mendable(&next) => set_aside_at(&mut value, &current, &next)?,
            Err(_) => return None,
        }
    }
    None
}

/// Whether `error` is about a value that a field could not take (not a
/// missing field, which no setting aside can supply, nor malformed JSON).
fn mendable(error: &serde_json::Error) -> bool {
    if !error.is_data() {
        return false;
    }
    let text = error.to_string();
    text.starts_with("invalid type")
        || text.starts_with("invalid value")
        || text.starts_with("invalid length")
}

/// Sets aside the property that `error` (raised decoding `text`, the text
/// of `value`) is about: the last key of its path, or the array holding
/// the element it is about. `None` when the path names no property, or
/// one already set aside.
fn set_aside_at(value: &mut Value, text: &str, error: &serde_json::Error) -> Option<()> {
    let offset = byte_offset(text.as_bytes(), error.line(), error.column());
    let mut steps = steps_at(text.as_bytes(), offset);
    // An error about an element sets its whole array aside.
    while matches!(steps.last(), Some(Step::Index(_))) {
        steps.pop();
    }
    let Some(Step::Key(key)) = steps.pop() else {
        return None;
    };
    if key.starts_with(ASIDE) {
        return None;
    }
    let mut parent = &mut *value;
    for step in &steps {
        parent = match step {
            Step::Key(k) => parent.get_mut(k.as_str())?,
            Step::Index(i) => parent.get_mut(*i)?,
        };
    }
    let object = parent.as_object_mut()?;
    let moved = object.remove(&key)?;
    object.insert(format!("{ASIDE}{key}"), moved);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, sdk_runtime_types::Object)]
    struct Message {
        role: String,
        content: Option<String>,
        #[api(default)]
        tokens: i64,
        #[api(extra)]
        extra: sdk_runtime_types::Extra,
    }

    #[derive(Debug, PartialEq, sdk_runtime_types::Object)]
    struct Answer {
        choices: Vec<Choice>,
        #[api(extra)]
        extra: sdk_runtime_types::Extra,
    }

    #[derive(Debug, PartialEq, sdk_runtime_types::Object)]
    struct Choice {
        message: Message,
        #[api(extra)]
        extra: sdk_runtime_types::Extra,
    }

    fn decode<T: DeserializeOwned>(text: &str) -> Option<T> {
        let first = serde_json::from_str::<T>(text).err()?;
        decode_setting_aside(text, &first)
    }

    #[test]
    fn properties_of_another_shape_land_in_their_object_s_extra() {
        let text = r#"{"choices":[{"message":{"role":"assistant","content":[{"type":"thinking","thinking":"hm"},{"type":"text","text":"Hi"}],"tokens":"many"}}],"usage":{"n":1}}"#;
        let answer: Answer = decode(text).expect("decodes");
        let message = &answer.choices[0].message;
        assert_eq!(message.role, "assistant");
        assert_eq!(message.content, None);
        assert_eq!(message.tokens, 0);
        assert_eq!(message.extra.get("content").unwrap()[1]["text"], "Hi");
        assert_eq!(message.extra.get("tokens"), Some(&json!("many")));
        assert_eq!(answer.extra.get("usage"), Some(&json!({"n": 1})));
        // Sent back, it is the answer as it came.
        let back = serde_json::to_value(&answer).unwrap();
        assert_eq!(back, serde_json::from_str::<Value>(text).unwrap());
    }

    #[test]
    fn what_setting_aside_cannot_mend_stays_an_error() {
        // A required field missing, or of another shape with no default.
        assert_eq!(decode::<Message>(r#"{"content":"x"}"#), None);
        assert_eq!(decode::<Message>(r#"{"role":["a"]}"#), None);
        // Not JSON at all.
        assert_eq!(decode::<Message>(r#"{"role":"#), None);
    }

    #[test]
    fn elements_of_another_shape_set_their_array_aside() {
        #[derive(Debug, PartialEq, sdk_runtime_types::Object)]
        struct Tags {
            tags: Option<Vec<String>>,
            #[api(extra)]
            extra: sdk_runtime_types::Extra,
        }
        let tags: Tags = decode(r#"{"tags":["a",1]}"#).expect("decodes");
        assert_eq!(tags.tags, None);
        assert_eq!(tags.extra.get("tags"), Some(&json!(["a", 1])));
    }
}
