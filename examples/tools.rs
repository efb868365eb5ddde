//! Tool calling round trip: the model asks for a function, we run it and
//! send the result back.

use openai_client::{Client, types};
use serde_json::json;

fn get_weather(city: &str) -> String {
    format!("{{\"city\":{city:?},\"forecast\":\"sunny\",\"celsius\":21}}")
}

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let parameters = json!({
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    });
    let function = types::FunctionObject::new("get_weather")
        .description("The weather in a city")
        .parameters(parameters.as_object().cloned().unwrap_or_default());
    let tool = types::CreateChatCompletionRequestToolsItem::Function(
        types::ChatCompletionTool::new(function),
    );
    let mut messages: Vec<types::ChatCompletionRequestMessage> =
        vec![types::ChatCompletionRequestUserMessage::new("What is the weather in Oslo?").into()];
    let request = types::CreateChatCompletionRequest::new(messages.clone(), "gpt-4o-mini")
        .tools(vec![tool.clone()]);
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
            let args: serde_json::Value =
                serde_json::from_str(&call.function.arguments).unwrap_or_default();
            let city = args["city"].as_str().unwrap_or("unknown");
            messages.push(
                types::ChatCompletionRequestToolMessage::new(get_weather(city), call.id.clone())
                    .into(),
            );
        }
    }
    let request =
        types::CreateChatCompletionRequest::new(messages, "gpt-4o-mini").tools(vec![tool]);
    let second = client.chat().completions().create(&request).await?;
    if let Some(choice) = second.choices.first() {
        println!(
            "{}",
            choice.message.content.as_deref().unwrap_or("(no text)")
        );
    }
    Ok(())
}
