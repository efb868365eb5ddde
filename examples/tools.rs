//! Tool calling round trip: the model asks for a function, we run it and
//! send the result back. The function's parameters are a Rust type, and
//! the model's arguments come back as that type.

use openai_client::helpers::structured::function_tool;
use openai_client::helpers::text::ToolArguments;
use openai_client::{Client, types};
use schemars::JsonSchema;
use serde::Deserialize;

/// The arguments of `get_weather`.
#[derive(Debug, Deserialize, JsonSchema)]
struct WeatherQuery {
    /// The city, such as "Oslo".
    city: String,
}

fn get_weather(query: &WeatherQuery) -> String {
    format!(
        "{{\"city\":{:?},\"forecast\":\"sunny\",\"celsius\":21}}",
        query.city
    )
}

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let tool = function_tool::<WeatherQuery>("get_weather", "The weather in a city")?;
    let mut messages: Vec<types::ChatCompletionRequestMessage> =
        vec![types::ChatCompletionRequestUserMessage::new("What is the weather in Oslo?").into()];
    let request = types::CreateChatCompletionRequest::new(messages.clone(), "gpt-4o-mini")
        .tools([tool.clone()]);
    let first = client.chat().completions().create(&request).await?;
    let Some(choice) = first.choices.first() else {
        println!("no choice returned");
        return Ok(());
    };
    let calls = choice.message.tool_calls.clone().unwrap_or_default();
    if calls.is_empty() {
        println!("answered directly: {:?}", choice.message.content);
        return Ok(());
    }
    messages.push(
        types::ChatCompletionRequestAssistantMessage::new()
            .tool_calls(calls.clone())
            .into(),
    );
    for call in &calls {
        if let types::ChatCompletionMessageToolCallsItem::Function(call) = call {
            let result = match call.arguments::<WeatherQuery>() {
                Ok(query) => get_weather(&query),
                Err(e) => format!("{{\"error\":{:?}}}", e.to_string()),
            };
            messages
                .push(types::ChatCompletionRequestToolMessage::new(result, call.id.clone()).into());
        }
    }
    let request = types::CreateChatCompletionRequest::new(messages, "gpt-4o-mini").tools([tool]);
    let second = client.chat().completions().create(&request).await?;
    if let Some(choice) = second.choices.first() {
        println!(
            "{}",
            choice.message.content.as_deref().unwrap_or("(no text)")
        );
    }
    Ok(())
}
