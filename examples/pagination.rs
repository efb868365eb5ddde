//! Listing with auto-pagination: every file, page after page, fetched
//! lazily.

use openai_client::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::from_env()?;
    let params = types::ListFilesParams::new().limit(20);
    let mut files = client.files().list(&params).auto_paginate();
    let mut count = 0;
    while let Some(file) = files.next().await {
        let file = file?;
        count += 1;
        if count <= 5 {
            println!("{} {}", file.id, file.filename);
        }
        if count >= 100 {
            break;
        }
    }
    println!("{count} files");
    Ok(())
}
