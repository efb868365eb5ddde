//! The names of the resource tree: the method that reaches each resource
//! from its parent, the struct of each resource, and the method of an
//! operation's event stream. The emitter prints them; the diff names the
//! API surface with them.

use heck::ToUpperCamelCase;

use super::operations::{Operation, Response};

/// Methods of the generated `Client` that resources must not shadow.
const CLIENT_METHODS: &[&str] = &[
    "builder",
    "from_env",
    "with_options",
    "runtime",
    "clone",
    "fmt",
    "from",
    "new",
    "default",
    "into",
    "eq",
    "hash",
    "to_owned",
];

/// The method that reaches a resource from its parent (`chat`,
/// `completions`): its segment, unless the client has a method of that
/// name (`builder_resource` beside `Client::builder`).
pub fn accessor(segment: &str) -> String {
    if CLIENT_METHODS.contains(&segment) {
        format!("{segment}_resource")
    } else {
        segment.to_owned()
    }
}

/// The struct of the resource at `path` (`ChatCompletions`).
pub fn resource_struct(path: &[String]) -> String {
    let joined: String = path.iter().map(|s| s.to_upper_camel_case()).collect();
    super::names::type_name(&joined, "Root")
}

impl Operation {
    /// The method that streams the operation's events, when it has any:
    /// `{name}_stream` beside a method that answers, the method itself
    /// when the plain answer is nothing.
    pub fn stream_method(&self) -> Option<String> {
        self.stream.as_ref()?;
        Some(match self.response {
            Response::Unit => self.name.clone(),
            _ => format!("{}_stream", self.name),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_are_named_from_their_path_and_avoid_the_client_s_methods() {
        assert_eq!(accessor("completions"), "completions");
        assert_eq!(accessor("builder"), "builder_resource");
        let path = ["vector_stores".to_owned(), "file_batches".to_owned()];
        assert_eq!(resource_struct(&path), "VectorStoresFileBatches");
    }
}
