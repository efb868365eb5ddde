//! A function-tool round trip: the model asks for a function, the program
//! runs it and sends the result back:
//! `cargo run -p sdk-examples --example tools`.

use openai_client::prelude::*;

/// The weather in a city.
#[derive(serde::Deserialize, schemars::JsonSchema)]
struct GetWeather {
    city: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let tools = [function_tool::<GetWeather>()?];
    let mut request =
        types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Weather in Oslo?"]).tools(tools);
    let completion = client.chat().completions().create(&request).await?;
    let message = completion.message().ok_or("no answer")?;
    request.messages.push(message.clone().into());
    for call in message.function_calls() {
        let args: GetWeather = call.arguments()?;
        request
            .messages
            .push(call.output(format!("Sunny and 21°C in {}", args.city)));
    }
    let completion = client.chat().completions().create(&request).await?;
    println!("{}", completion.output_text());
    Ok(())
}
