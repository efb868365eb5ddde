//! A Responses function-tool round trip with the tool's parameters given by
//! a Rust type: the model calls `get_weather`, we run it on the typed
//! arguments and send the output back.
//! `cargo run -p sdk-examples --example responses_tools`.

use openai_client::helpers::structured::response_function_tool;
use openai_client::helpers::text::{OutputText, ToolArguments};
use openai_client::{Client, types};
use schemars::JsonSchema;
use serde::Deserialize;

/// The arguments of `get_weather`.
#[derive(Debug, Deserialize, JsonSchema)]
struct WeatherQuery {
    /// The city, such as "Oslo".
    city: String,
}

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let tool = response_function_tool::<WeatherQuery>("get_weather", "The weather in a city")?;
    let request = types::CreateResponse::new()
        .model("gpt-4o-mini")
        .input("What is the weather in Oslo?")
        .tools([tool.clone()]);
    let first = client.responses().create(&request).await?;
    let mut outputs = Vec::new();
    for item in &first.output {
        if let types::OutputItem::FunctionCall(call) = item {
            let output = match call.arguments::<WeatherQuery>() {
                Ok(query) => format!("{{\"city\":{:?},\"celsius\":21}}", query.city),
                Err(e) => format!("{{\"error\":{:?}}}", e.to_string()),
            };
            let item =
                types::FunctionCallOutputItemParam::new(output).call_id(call.call_id.clone());
            outputs.push(types::InputItem::from(types::Item::from(item)));
        }
    }
    if outputs.is_empty() {
        println!("answered directly: {}", first.all_output_text());
        return Ok(());
    }
    let second = types::CreateResponse::new()
        .model("gpt-4o-mini")
        .previous_response_id(first.id.clone())
        .input(outputs)
        .tools([tool]);
    let answer = client.responses().create(&second).await?;
    println!("{}", answer.all_output_text());
    Ok(())
}
