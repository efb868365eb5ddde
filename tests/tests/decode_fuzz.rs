//! Decoding arbitrary JSON into the generated types: an error or a value,
//! never a panic. `PROPTEST_CASES` raises the number of cases.

use openai_client::types;
use proptest::prelude::*;
use serde_json::Value;

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        prop_oneof![
            Just("response.completed".to_owned()),
            Just("message".to_owned()),
            Just("function_call".to_owned()),
            Just("output_text".to_owned()),
            ".{0,8}"
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("type".to_owned()),
                    Just("id".to_owned()),
                    Just("output".to_owned()),
                    Just("choices".to_owned()),
                    Just("response".to_owned()),
                    Just("content".to_owned()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_json_never_panics(value in json()) {
        let text = value.to_string();
        let _ = serde_json::from_str::<types::Response>(&text);
        let _ = serde_json::from_str::<types::ResponseStreamEvent>(&text);
        let _ = serde_json::from_str::<types::CreateChatCompletionResponse>(&text);
        let _ = serde_json::from_str::<types::CreateChatCompletionStreamResponse>(&text);
        let _ = serde_json::from_str::<types::WebhookEvent>(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = serde_json::from_slice::<types::Response>(&bytes);
        let _ = serde_json::from_slice::<types::ResponseStreamEvent>(&bytes);
    }
}
