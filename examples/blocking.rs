//! A program without an async runtime (feature `blocking`): a chat
//! completion, a streamed one read as an iterator, and every file across
//! pages: `cargo run -p sdk-examples --example blocking`.

use openai_client::prelude::*;

fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let request = types::CreateChatCompletionRequest::new("gpt-4o-mini", ["Write a haiku."]);
    let completion = client.chat().completions().create(&request).wait()?;
    println!("{}", completion.output_text());

    for chunk in client
        .chat()
        .completions()
        .create_stream(&request)
        .wait()?
        .blocking_iter()
    {
        print!("{}", chunk?.output_text());
    }
    println!();

    let files = client.files().list(&types::ListFilesParams::new().limit(2));
    for file in files.auto_paginate().blocking_iter().take(5) {
        println!("{}", file?.id);
    }
    Ok(())
}
