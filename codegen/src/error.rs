//! The generator's one error type: every failure says what went wrong and
//! where (a file position or a JSON pointer into the spec).

use std::fmt;
use std::path::PathBuf;

/// A generator failure.
#[derive(Debug)]
pub enum Error {
    /// The spec could not be read from disk.
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The spec is not valid YAML or JSON.
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// The document is parseable but not a usable OpenAPI document.
    Spec {
        /// JSON pointer of the offending node.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// No spec was given and none could be found or downloaded.
    SpecUnavailable(String),
    /// A reference that cannot be followed, in the file that holds it.
    Reference {
        /// The file.
        file: PathBuf,
        /// JSON pointer of the reference inside that file.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// Invalid command line or configuration.
    Usage(String),
    /// `--check` found differences.
    Stale(Vec<String>),
    /// Config entries that name what the document lacks (all of them).
    StaleConfig(Vec<String>),
}

impl Error {
    /// A spec error at `pointer`.
    pub fn spec(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Spec {
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            Self::Syntax {
                path,
                line,
                column,
                message,
            } => write!(f, "{}:{line}:{column}: {message}", path.display()),
            Self::Spec { pointer, message } => {
                let at = if pointer.is_empty() { "/" } else { pointer };
                write!(f, "invalid spec at `#{at}`: {message}")
            }
            Self::Reference {
                file,
                pointer,
                message,
            } => write!(
                f,
                "invalid reference at `{}#{pointer}`: {message}",
                file.display()
            ),
            Self::SpecUnavailable(m) | Self::Usage(m) => f.write_str(m),
            Self::Stale(files) => {
                writeln!(f, "generated code is stale; these files differ:")?;
                for file in files {
                    writeln!(f, "  {file}")?;
                }
                write!(f, "run `cargo run -p codegen` to regenerate")
            }
            Self::StaleConfig(entries) => {
                writeln!(
                    f,
                    "the config names {} thing(s) the document lacks:",
                    entries.len()
                )?;
                for entry in entries {
                    writeln!(f, "  {entry}")?;
                }
                write!(
                    f,
                    "remove them from the config, or pass --allow-stale-config to generate without them (each becomes a warning)"
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// Something the generator could not express exactly, with its location.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// JSON pointer of the node.
    pub pointer: String,
    /// What was approximated and how.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: #{}: {}", self.pointer, self.message)
    }
}
