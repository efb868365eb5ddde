//! A Responses function-tool round trip with the tool's parameters given by
//! a Rust type: the model calls `get_weather`, the program runs it on the
//! typed arguments and sends the output back with the model's own items.
//! `cargo run -p sdk-examples --example responses_tools`.

use openai_client::prelude::*;

/// The weather in a city.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
struct GetWeather {
    /// The city, such as "Oslo".
    city: String,
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let tools = [response_function_tool::<GetWeather>()?];
    let mut input = vec![types::InputItem::from("What is the weather in Oslo?")];
    let request = types::CreateResponse::new("gpt-4o-mini", input.clone()).tools(tools.clone());
    let first = client.responses().create(&request).await?;
    // The model's items go back as input (Python: `input += response.output`).
    input.extend(first.output.iter().cloned().map(types::InputItem::from));
    for call in first.function_calls() {
        let output = match call.arguments::<GetWeather>() {
            Ok(query) => format!("{{\"city\":{:?},\"celsius\":21}}", query.city),
            Err(e) => format!("{{\"error\":{:?}}}", e.to_string()),
        };
        input.push(call.output(output));
    }
    let second = types::CreateResponse::new("gpt-4o-mini", input).tools(tools);
    let answer = client.responses().create(&second).await?;
    println!("{}", answer.output_text());
    Ok(())
}
