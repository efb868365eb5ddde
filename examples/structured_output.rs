//! Structured output: the answer as a Rust type.
//! `cargo run -p sdk-examples --example structured_output`.
//!
//! `parse::<Recipe>` sends `Recipe`'s JSON schema in strict mode (closed
//! objects, every field required, `Option` fields nullable) and reads the
//! answer back into a `Recipe`, or gives the model's refusal.

use openai_client::prelude::*;
use openai_client::{Client, Error, types};
use schemars::JsonSchema;
use serde::Deserialize;

/// A recipe.
#[derive(Debug, Deserialize, JsonSchema)]
struct Recipe {
    name: String,
    minutes: u32,
    ingredients: Vec<String>,
    /// Set when the recipe has no meat or fish.
    vegetarian: Option<bool>,
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let request = types::CreateChatCompletionRequest::new(
        [types::ChatCompletionRequestUserMessage::new("A quick pasta recipe.").into()],
        "gpt-4o-mini",
    );
    match client.chat().completions().parse::<Recipe>(&request).await {
        Ok(answer) => match (answer.parsed(), answer.refusal()) {
            (Some(recipe), _) => println!(
                "{} ({} min{}): {}",
                recipe.name,
                recipe.minutes,
                if recipe.vegetarian == Some(true) {
                    ", vegetarian"
                } else {
                    ""
                },
                recipe.ingredients.join(", ")
            ),
            (None, refusal) => println!("refused: {}", refusal.unwrap_or_default()),
        },
        // The answer was not a `Recipe` (the local mock answers with
        // placeholder text).
        Err(Error::Decode(e)) => println!("the answer is not a recipe: {e}"),
        Err(e) => return Err(e),
    }
    Ok(())
}
