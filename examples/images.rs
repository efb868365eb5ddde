//! Image generation.

use openai_client::{Client, types};

#[tokio::main]
async fn main() -> Result<(), openai_client::Error> {
    let client = Client::from_env()?;
    let request = types::CreateImageRequest::new("A lighthouse at dawn, watercolor").n(1);
    let images = client.images().generations().create(&request).await?;
    for image in images.data.iter().flatten() {
        match (&image.url, &image.b64_json) {
            (Some(url), _) => println!("image at {url}"),
            (_, Some(b64)) => println!("image of {} base64 characters", b64.len()),
            _ => println!("image without data"),
        }
    }
    Ok(())
}
