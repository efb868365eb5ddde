//! The async-openai 0.43 arms of the benchmarks (feature `async-openai`):
//! the same requests, streams and payloads through the peer's client and
//! types, so that each table compares within one run.

use async_openai::config::OpenAIConfig;
use async_openai::types::chat::{
    ChatCompletionRequestUserMessageArgs, CreateChatCompletionRequest,
    CreateChatCompletionRequestArgs, CreateChatCompletionResponse,
};
use async_openai::types::models::ListModelResponse;
use async_openai::types::responses::{CreateResponse, CreateResponseArgs, Response};
use futures_util::StreamExt;

/// An async-openai client pointed at a local server.
pub struct Peer {
    client: async_openai::Client<OpenAIConfig>,
    chat: CreateChatCompletionRequest,
    response: CreateResponse,
}

impl Peer {
    pub fn new(base_url: &str) -> Self {
        let config = OpenAIConfig::new()
            .with_api_base(base_url)
            .with_api_key("sk-bench");
        let message = ChatCompletionRequestUserMessageArgs::default()
            .content("hi")
            .build()
            .expect("message");
        let chat = CreateChatCompletionRequestArgs::default()
            .model("gpt-4o-mini")
            .messages([message.into()])
            .build()
            .expect("chat request");
        let response = CreateResponseArgs::default()
            .model("gpt-4o-mini")
            .input("hi")
            .build()
            .expect("responses request");
        Self {
            client: async_openai::Client::with_config(config),
            chat,
            response,
        }
    }

    /// One chat completion, decoded.
    pub async fn chat(&self) -> CreateChatCompletionResponse {
        self.client
            .chat()
            .create(self.chat.clone())
            .await
            .expect("async-openai chat")
    }

    /// Streams a chat completion to its end; returns the number of events.
    pub async fn chat_stream(&self) -> usize {
        let mut stream = self
            .client
            .chat()
            .create_stream(self.chat.clone())
            .await
            .expect("async-openai stream");
        let mut n = 0;
        while let Some(event) = stream.next().await {
            std::hint::black_box(event.expect("async-openai chunk"));
            n += 1;
        }
        n
    }

    /// Streams a Responses call to its end; returns the number of events.
    pub async fn responses_stream(&self) -> usize {
        let mut request = self.response.clone();
        request.stream = Some(true);
        let mut stream = self
            .client
            .responses()
            .create_stream(request)
            .await
            .expect("async-openai stream");
        let mut n = 0;
        while let Some(event) = stream.next().await {
            std::hint::black_box(event.expect("async-openai event"));
            n += 1;
        }
        n
    }
}

/// async-openai's decoding path without the network: the SSE parser it
/// uses (`eventsource-stream`) over the same chunks, its `[DONE]` and
/// keep-alive checks, and `serde_json::from_str` into its event types, as
/// its `stream_mapped_raw_events` does (minus its task and channel, so this
/// is a lower bound on its cost). Returns the number of events.
pub async fn decode_stream(chunks: &[bytes::Bytes], chat: bool) -> usize {
    use async_openai::types::chat::CreateChatCompletionStreamResponse;
    use async_openai::types::responses::ResponseStreamEvent;
    let input = futures_util::stream::iter(chunks.iter().cloned().map(Ok::<_, std::io::Error>));
    let mut events = std::pin::pin!(eventsource_stream::EventStream::new(input));
    let mut n = 0;
    while let Some(event) = events.next().await {
        let event = event.expect("event");
        if event.data == "[DONE]" {
            break;
        }
        if event.event == "keepalive" {
            continue;
        }
        if chat {
            std::hint::black_box(
                serde_json::from_str::<CreateChatCompletionStreamResponse>(&event.data)
                    .expect("peer chunk"),
            );
        } else {
            std::hint::black_box(
                serde_json::from_str::<ResponseStreamEvent>(&event.data).expect("peer event"),
            );
        }
        n += 1;
    }
    n
}

/// Only the JSON of each event's data into async-openai's event types.
pub fn decode_data(datas: &[&[u8]], chat: bool) {
    use async_openai::types::chat::CreateChatCompletionStreamResponse;
    use async_openai::types::responses::ResponseStreamEvent;
    for d in datas {
        // Text first, then JSON: what async-openai does with an event's data.
        let text = std::str::from_utf8(d).expect("peer data is UTF-8");
        if chat {
            std::hint::black_box(
                serde_json::from_str::<CreateChatCompletionStreamResponse>(text)
                    .expect("peer chunk"),
            );
        } else {
            std::hint::black_box(
                serde_json::from_str::<ResponseStreamEvent>(text).expect("peer event"),
            );
        }
    }
}

/// Decodes one of the payloads of the decoding table into async-openai's type.
pub fn decode(case: char, body: &str) {
    match case {
        'c' => {
            std::hint::black_box(
                serde_json::from_str::<CreateChatCompletionResponse>(body).expect("peer chat"),
            );
        }
        'R' => {
            std::hint::black_box(serde_json::from_str::<Response>(body).expect("peer response"));
        }
        _ => {
            std::hint::black_box(
                serde_json::from_str::<ListModelResponse>(body).expect("peer models"),
            );
        }
    }
}
