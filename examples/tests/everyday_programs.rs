//! The six everyday programs of the README: each is an example verbatim
//! (so it compiles, and CI runs it against the mock), and the README's
//! table of their lines against the Python SDK's equivalents
//! (`examples/everyday_python/`) is up to date.
//!
//! Counted: every non-blank line that is not a comment (doc comments and
//! docstrings count); in Rust, `main`'s frame (`#[tokio::main]`, its
//! signature, `Ok(())` and its closing brace) is left out, as Python has
//! none. The Python programs are formatted with black, the Rust ones with
//! rustfmt. `cargo test -p sdk-examples --test everyday_programs --
//! --nocapture` prints the table.

use std::path::Path;

const PROGRAMS: [(&str, &str); 6] = [
    ("chat", "a chat completion"),
    ("chat_stream", "a streamed chat completion"),
    ("structured_output", "a structured output into a type"),
    ("tools", "a function-tool round trip"),
    ("responses", "a Responses call's text"),
    ("embeddings", "embeddings"),
];

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
}

/// An example without its `//!` header.
fn program(name: &str) -> String {
    let text = read(&root().join("examples").join(format!("{name}.rs")));
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|l| l.starts_with("//!") || l.trim().is_empty())
        .collect();
    lines.join("\n")
}

fn rust_lines(text: &str) -> usize {
    let mut lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && (l.starts_with("///") || !l.starts_with("//")))
        .collect();
    // `main`'s closing brace is the file's last line.
    if lines.last() == Some(&"}") {
        lines.pop();
    }
    lines
        .iter()
        .filter(|l| {
            !["#[tokio::main]", "async fn main()", "Ok(())"]
                .iter()
                .any(|f| l.starts_with(f))
        })
        .count()
}

fn python_lines(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .count()
}

fn table() -> String {
    let mut out =
        String::from("| program | Rust (this SDK) | Python SDK |\n| --- | ---: | ---: |\n");
    let (mut rust_total, mut python_total) = (0, 0);
    for (name, what) in PROGRAMS {
        let rust = rust_lines(&program(name));
        let python = python_lines(&read(
            &root()
                .join("examples/everyday_python")
                .join(format!("{name}.py")),
        ));
        rust_total += rust;
        python_total += python;
        out += &format!("| {what} (`examples/{name}.rs`) | {rust} | {python} |\n");
    }
    out += &format!("| **total** | **{rust_total}** | **{python_total}** |\n");
    out
}

#[test]
fn the_readme_gives_each_program_verbatim() {
    let readme = read(&root().join("README.md"));
    for (name, _) in PROGRAMS {
        let block = format!("```rust,no_run\n{}\n```", program(name));
        assert!(
            readme.contains(&block),
            "README.md does not show examples/{name}.rs as it is:\n{block}"
        );
    }
}

#[test]
fn the_readme_table_counts_the_programs_as_they_are() {
    let table = table();
    println!("{table}");
    let readme = read(&root().join("README.md"));
    assert!(
        readme.contains(&table),
        "README.md's table is stale; it should read:\n{table}"
    );
    let total = |column: usize| -> usize {
        PROGRAMS
            .iter()
            .map(|(name, _)| match column {
                0 => rust_lines(&program(name)),
                _ => python_lines(&read(
                    &root()
                        .join("examples/everyday_python")
                        .join(format!("{name}.py")),
                )),
            })
            .sum()
    };
    assert!(
        total(0) <= total(1),
        "the everyday programs take more lines than the Python SDK's:\n{table}"
    );
}

#[test]
fn counting_leaves_out_mains_frame_and_comments_only() {
    let rust = "use x;\n\n// a note\n/// A doc.\n#[tokio::main]\nasync fn main() -> R {\n    let a = 1;\n    Ok(())\n}\n";
    assert_eq!(rust_lines(rust), 3);
    assert_eq!(
        python_lines("import x\n\n# a note\n\"\"\"Doc.\"\"\"\na = 1\n"),
        3
    );
}
