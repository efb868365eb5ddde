//! Structured output: a JSON schema derived from a Rust type with
//! `schemars`, and the answer parsed back into that type.

use openai_client::{Client, types};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Deserialize, JsonSchema)]
#[allow(dead_code)]
struct Recipe {
    name: String,
    minutes: u32,
    ingredients: Vec<String>,
}

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let schema = serde_json::to_value(schemars::schema_for!(Recipe)).unwrap_or_default();
    let format = types::ResponseFormatJsonSchema::new(
        types::ResponseFormatJsonSchemaJsonSchema::new("recipe")
            .schema(schema.as_object().cloned().unwrap_or_default())
            .strict(true),
    );
    let request = types::CreateChatCompletionRequest::new(
        [types::ChatCompletionRequestUserMessage::new("A quick pasta recipe.").into()],
        "gpt-4o-mini",
    )
    .response_format(types::CreateChatCompletionRequestResponseFormat::JsonSchema(format));
    let completion = client.chat().completions().create(&request).await?;
    let text = completion
        .choices
        .first()
        .and_then(|c| c.message.content.clone())
        .unwrap_or_default();
    match serde_json::from_str::<Recipe>(&text) {
        Ok(recipe) => println!("{recipe:#?}"),
        Err(e) => println!("the answer is not a recipe ({e}): {text}"),
    }
    Ok(())
}
