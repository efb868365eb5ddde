//! The `[types]` settings of the notes fixture, compiled: `Note` is renamed
//! `NoteRecord` (the spec's name stays an alias), and gets `Eq` and `Hash`
//! derives and `#[non_exhaustive]`.

use notes_api::types::{Note, NoteRecord};
use std::collections::HashSet;

#[test]
fn a_renamed_type_keeps_its_old_name_and_gains_its_derives() {
    let record: NoteRecord = serde_json::from_str(r#"{"id":"n1","text":"hello"}"#).expect("note");
    // The spec's name is the same type.
    let note: &Note = &record;
    let mut seen = HashSet::new();
    assert!(seen.insert(note.clone()));
    assert!(!seen.insert(NoteRecord::new("n1", "hello")));
    assert_eq!(note.text, "hello");
}
