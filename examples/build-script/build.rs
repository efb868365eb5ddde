//! Generates the Notes API client into `OUT_DIR` (see `src/lib.rs`).

fn main() {
    if let Err(error) =
        codegen::build_script::BuildScript::new("../../codegen/tests/specs/notes.yaml").generate()
    {
        // A build script reports through its exit status and stderr.
        eprintln!("error: the Notes API client did not generate: {error}");
        std::process::exit(1);
    }
}
