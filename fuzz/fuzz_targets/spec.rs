//! The whole generator on arbitrary text: a crate or an error, never a
//! panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let settings = codegen::Settings::standalone(PathBuf::from("unused"), Path::new("../runtime"));
    let _ = codegen::generate_from_text(Path::new("fuzz.yaml"), &text, &settings);
});
