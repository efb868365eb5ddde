//! The derives on hand-written types shaped like generated ones: what
//! they decode, keep, send back and build.

use sdk_runtime_types::{Extra, Object, StringEnum, Union};
use serde::Deserialize;
use serde_json::{Value, json};

/// A role.
#[derive(Debug, Clone, PartialEq, Eq, Hash, StringEnum)]
pub enum Role {
    /// `assistant`
    Assistant,
    /// `tool_call`
    ToolCall,
    /// `gpt-4o`
    #[api(rename = "gpt-4o")]
    Gpt4o,
    /// Another value.
    Other(String),
}

/// The constant `chat.completion`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, StringEnum)]
#[api(constant)]
pub enum ChatCompletionObject {
    /// `chat.completion`
    #[default]
    #[api(rename = "chat.completion")]
    ChatCompletion,
}

/// A message.
#[derive(Debug, Clone, PartialEq, Object)]
#[api(new(role))]
pub struct Message {
    /// Who wrote it.
    pub role: Role,
    /// The text.
    pub content: Option<String>,
    /// Tokens.
    #[api(default)]
    pub tokens: i64,
    /// The object type, always `chat.completion`.
    #[api(constant)]
    pub object: ChatCompletionObject,
    /// Sent as null when unset.
    #[api(nullable)]
    pub refusal: Option<String>,
    /// A boxed part.
    pub part: Option<Box<Part>>,
    #[api(extra)]
    pub extra: Extra,
}

/// A part, told apart from the others by its constant `type`.
#[derive(Debug, Clone, PartialEq, Object)]
#[api(strict, new(text))]
pub struct Part {
    /// Always `text`.
    #[api(rename = "type", constant, tag)]
    pub kind: TextType,
    /// The text.
    pub text: String,
    #[api(extra)]
    pub extra: Extra,
}

/// The constant `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, StringEnum)]
#[api(constant)]
pub enum TextType {
    /// `text`
    #[default]
    Text,
}

/// An image part.
#[derive(Debug, Clone, PartialEq, Object)]
#[api(strict, new(url))]
pub struct Image {
    /// The URL.
    pub url: String,
    #[api(extra)]
    pub extra: Extra,
}

/// A part of a message, tried in order.
#[derive(Debug, Clone, PartialEq, Union)]
pub enum Content {
    /// Text.
    Text(Part),
    /// An image.
    Image(Image),
    /// Plain text.
    Plain(String),
    /// Anything else.
    #[api(other)]
    Other(Value),
}

/// Tools, by `type`.
#[derive(Debug, Clone, PartialEq, Union)]
#[api(tag = "type")]
pub enum Tool {
    /// `text`
    #[api(tag = "text", object)]
    Text(Part),
    /// `image`, `picture`
    #[api(tag = "image", tag = "picture", object)]
    Image(Box<Image>),
    /// Unknown.
    #[api(other)]
    Unknown(Value),
}

/// Needs one of two sets of fields.
#[derive(Debug, Clone, PartialEq, Default, Object)]
#[api(alternative(ids), alternative(names))]
pub struct Pick {
    /// By id.
    pub ids: Option<Vec<String>>,
    /// By name.
    pub names: Option<Vec<String>>,
    #[api(extra)]
    pub extra: Extra,
}

#[test]
fn unknown_properties_are_kept_and_sent_back() {
    let text = r#"{"role":"assistant","content":"Hi","reasoning_content":"Think.","x_groq":{"id":"req_1"},"object":"chat.completion","tokens":3,"refusal":null}"#;
    let message: Message = serde_json::from_str(text).unwrap();
    assert_eq!(message.content.as_deref(), Some("Hi"));
    assert_eq!(
        message.extra.get("reasoning_content"),
        Some(&json!("Think."))
    );
    assert_eq!(message.extra.get("x_groq"), Some(&json!({"id": "req_1"})));
    let back: Value = serde_json::to_value(&message).unwrap();
    let original: Value = serde_json::from_str(text).unwrap();
    assert_eq!(back, original);
}

#[test]
fn a_property_set_aside_is_kept_in_extra_and_sent_back_under_its_name() {
    let text = r#"{"role":"assistant","content":[{"type":"text","text":"Hi"}],"tokens":"many"}"#;
    // Decoding is strict: a value of another shape is an error...
    assert!(serde_json::from_str::<Message>(text).is_err());
    // ...that the runtime answers by setting the property aside (marked
    // with `ASIDE`) and decoding again.
    let aside = text
        .replace(r#""content""#, r#""\u0000content""#)
        .replace(r#""tokens""#, r#""\u0000tokens""#);
    let message: Message = serde_json::from_str(&aside).unwrap();
    assert_eq!(message.content, None);
    assert_eq!(message.tokens, 0);
    assert_eq!(message.extra.get("content").unwrap()[0]["text"], "Hi");
    assert_eq!(message.extra.get("tokens"), Some(&json!("many")));
    // It goes back as it came.
    let back = serde_json::to_value(&message).unwrap();
    assert_eq!(back["content"], json!([{"type": "text", "text": "Hi"}]));
    assert_eq!(back["tokens"], "many");
}

#[test]
fn constants_read_as_themselves_when_missing_and_take_no_room() {
    let missing: Message = serde_json::from_str(r#"{"role":"assistant"}"#).unwrap();
    assert_eq!(missing.object, ChatCompletionObject::ChatCompletion);
    assert!(serde_json::from_str::<Message>(r#"{"role":"assistant","object":""}"#).is_err());
    let aside: Message = serde_json::from_str(r#"{"role":"assistant","\u0000object":""}"#).unwrap();
    assert_eq!(aside.extra.get("object"), Some(&json!("")));
    assert_eq!(serde_json::to_value(&aside).unwrap()["object"], "");
    assert_eq!(std::mem::size_of::<ChatCompletionObject>(), 0);
}

#[test]
fn strict_objects_require_their_constants_so_untagged_unions_choose_well() {
    let text: Content = serde_json::from_value(json!({"type": "text", "text": "a"})).unwrap();
    assert!(matches!(text, Content::Text(p) if p.text == "a"));
    // `type` is not `text`: not a `Part`; an `Image` needs `url`.
    let other: Content = serde_json::from_value(json!({"type": "audio", "text": "a"})).unwrap();
    assert!(matches!(other, Content::Other(_)));
    let image: Content = serde_json::from_value(json!({"url": "u"})).unwrap();
    assert!(matches!(image, Content::Image(i) if i.url == "u"));
    let plain: Content = serde_json::from_value(json!("hello")).unwrap();
    assert_eq!(plain, Content::Plain("hello".into()));
    assert!(serde_json::from_value::<Part>(json!({"text": "a"})).is_err());
}

#[test]
fn tagged_unions_decode_wherever_the_tag_is_and_keep_unknown_tags() {
    let late: Tool = serde_json::from_str(r#"{"url":"u","type":"picture"}"#).unwrap();
    assert!(matches!(late, Tool::Image(i) if i.url == "u"));
    let unknown: Tool = serde_json::from_str(r#"{"type":"video","id":1}"#).unwrap();
    assert_eq!(unknown, Tool::Unknown(json!({"type": "video", "id": 1})));
    assert_eq!(
        serde_json::to_value(Tool::from(Part::new("hi"))).unwrap(),
        json!({"type": "text", "text": "hi"})
    );
    let from_image: Tool = Image::new("u").into();
    assert!(matches!(from_image, Tool::Image(_)));
    // A late tag, from text or from a `Value`, with an escaped name before it.
    let escaped: Tool = serde_json::from_str(r#"{"u\"rl":"x","url":"u","type":"image"}"#).unwrap();
    let Tool::Image(image) = escaped else {
        panic!("an image")
    };
    assert_eq!(
        (image.url.as_str(), image.extra.get("u\"rl")),
        ("u", Some(&json!("x")))
    );
    let from_value: Tool = serde_json::from_value(json!({"url": "u", "type": "image"})).unwrap();
    assert!(matches!(from_value, Tool::Image(i) if i.url == "u"));
    // What the union does not know stays whole: a late unknown tag, no tag,
    // a tag that is not a string.
    for text in [
        r#"{"id":1,"type":"video"}"#,
        r#"{"url":"u"}"#,
        r#"{"type":5,"url":"u"}"#,
    ] {
        let tool: Tool = serde_json::from_str(text).unwrap();
        let expected: Value = serde_json::from_str(text).unwrap();
        assert_eq!(tool, Tool::Unknown(expected), "{text}");
    }
    // A variant's error after a late tag is the decode's error.
    let error = serde_json::from_str::<Tool>(r#"{"url":5,"type":"image"}"#).unwrap_err();
    assert!(
        error.to_string().contains("invalid type: integer `5`"),
        "{error}"
    );
}

#[test]
fn untagged_unions_decode_from_text_and_from_values_alike() {
    for text in [
        r#"{"url":"u"}"#,
        r#""hello""#,
        r#"{"type":"text","text":"a"}"#,
        "[1]",
    ] {
        let from_text: Content = serde_json::from_str(text).unwrap();
        let value: Value = serde_json::from_str(text).unwrap();
        let from_value: Content = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(from_text, from_value, "{text}");
        assert_eq!(serde_json::to_value(&from_text).unwrap(), value, "{text}");
    }
    let nested: Vec<Content> = serde_json::from_str(r#"[{"url":"u"}, [2]]"#).unwrap();
    assert_eq!(nested[1], Content::Other(json!([2])));
}

#[test]
fn required_fields_are_required_unless_they_have_a_default() {
    let err = serde_json::from_str::<Message>(r#"{"content":"x"}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `role`"), "{err}");
}

#[test]
fn string_enums_keep_unknown_values() {
    let role: Role = serde_json::from_str(r#""critic""#).unwrap();
    assert_eq!(role, Role::Other("critic".into()));
    assert_eq!(Role::ToolCall.as_str(), "tool_call");
    assert_eq!(Role::Gpt4o.to_string(), "gpt-4o");
    assert_eq!(Role::from("gpt-4o"), Role::Gpt4o);
    assert_eq!(Role::default(), Role::Other(String::new()));
}

#[test]
fn string_enums_read_borrowed_escaped_streamed_and_owned_strings() {
    // Borrowed from the text, escaped (copied), read from a stream
    // (never borrowed) and owned by a `Value`: the same variants.
    let borrowed: Role = serde_json::from_str(r#""tool_call""#).unwrap();
    let escaped: Role = serde_json::from_str(r#""tool\u005fcall""#).unwrap();
    let streamed: Role = serde_json::from_reader(&br#""gpt-4o""#[..]).unwrap();
    let owned: Role = serde_json::from_value(json!("critic")).unwrap();
    let by_ref: Role = Role::deserialize(&json!("assistant")).unwrap();
    assert_eq!(borrowed, Role::ToolCall);
    assert_eq!(escaped, Role::ToolCall);
    assert_eq!(streamed, Role::Gpt4o);
    assert_eq!(owned, Role::Other("critic".into()));
    assert_eq!(by_ref, Role::Assistant);
    let err = serde_json::from_str::<Role>("3").unwrap_err();
    assert!(err.to_string().contains("expected a string"), "{err}");
}

#[test]
fn constructors_setters_and_extra_fields() {
    let message = Message::new(Role::Assistant)
        .content("Hi")
        .part(Part::new("p"))
        .extra_field("reasoning_content", "Think.");
    assert_eq!(
        serde_json::to_value(&message).unwrap(),
        json!({"role": "assistant", "content": "Hi", "tokens": 0, "object": "chat.completion",
               "refusal": null, "part": {"type": "text", "text": "p"}, "reasoning_content": "Think."})
    );
    let pick = Pick::with_ids(["a".to_owned()]);
    assert_eq!(serde_json::to_value(&pick).unwrap(), json!({"ids": ["a"]}));
    assert_eq!(Pick::with_names(Vec::<String>::new()).names, Some(vec![]));
}

/// A circle, whose tag field is a plain string.
#[derive(Debug, Clone, PartialEq, Object)]
pub struct Circle {
    /// `circle` or `round`.
    #[api(tag)]
    pub kind: String,
    /// The radius.
    pub r: i64,
    #[api(extra)]
    pub extra: Extra,
}

/// A square, whose tag field is optional.
#[derive(Debug, Clone, PartialEq, Object)]
pub struct Square {
    /// `square`.
    #[api(tag)]
    pub kind: Option<String>,
    /// The side.
    pub side: i64,
    #[api(extra)]
    pub extra: Extra,
}

/// A dot, which does not declare its tag.
#[derive(Debug, Clone, PartialEq, Object)]
pub struct Dot {
    /// Where.
    pub at: i64,
    #[api(extra)]
    pub extra: Extra,
}

/// A ring, whose tag field has a default and whose other fields are
/// optional: it has no required field, so it is read in place.
#[derive(Debug, Clone, PartialEq, Default, Object)]
pub struct Ring {
    /// `ring`.
    #[api(tag, default)]
    pub kind: String,
    /// The radius.
    pub r: Option<i64>,
    #[api(extra)]
    pub extra: Extra,
}

/// A shape with serde's own impls.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Raw {
    /// `raw`.
    pub kind: Option<String>,
    /// Anything.
    pub data: i64,
}

/// Shapes, by `kind`.
#[derive(Debug, Clone, PartialEq, Union)]
#[api(tag = "kind")]
pub enum Shape {
    /// `circle`, `round`
    #[api(tag = "circle", tag = "round", object)]
    Circle(Circle),
    /// `square`
    #[api(tag = "square", object)]
    Square(Box<Square>),
    /// `dot`
    #[api(tag = "dot", object)]
    Dot(Dot),
    /// `raw`
    #[api(tag = "raw")]
    Raw(Raw),
    /// `ring`
    #[api(tag = "ring", object)]
    Ring(Ring),
    /// Unknown.
    #[api(other)]
    Unknown(Value),
}

#[test]
fn a_tag_read_first_reaches_the_variant_as_if_it_were_still_there() {
    for (first, late) in [
        (r#"{"kind":"round","r":2}"#, r#"{"r":2,"kind":"round"}"#),
        (
            r#"{"kind":"square","side":3}"#,
            r#"{"side":3,"kind":"square"}"#,
        ),
        (r#"{"kind":"dot","at":4}"#, r#"{"at":4,"kind":"dot"}"#),
        (r#"{"kind":"raw","data":5}"#, r#"{"data":5,"kind":"raw"}"#),
        (r#"{"kind":"ring","r":6}"#, r#"{"r":6,"kind":"ring"}"#),
    ] {
        let a: Shape = serde_json::from_str(first).unwrap();
        let b: Shape = serde_json::from_str(late).unwrap();
        let c: Shape = serde_json::from_value(serde_json::from_str(first).unwrap()).unwrap();
        assert_eq!(a, b, "{first}");
        assert_eq!(a, c, "{first}");
        assert!(!matches!(a, Shape::Unknown(_)), "{first}");
        // What was read is what is sent back, the tag included.
        let whole: Value = serde_json::from_str(first).unwrap();
        assert_eq!(serde_json::to_value(&a).unwrap(), whole, "{first}");
    }
    let Ok(Shape::Circle(circle)) = serde_json::from_str(r#"{"kind":"round","r":2}"#) else {
        panic!("a circle")
    };
    assert_eq!(circle.kind, "round");
    let Ok(Shape::Square(square)) = serde_json::from_str(r#"{"kind":"square","side":1}"#) else {
        panic!("a square")
    };
    assert_eq!(square.kind.as_deref(), Some("square"));
    let Ok(Shape::Dot(dot)) = serde_json::from_str(r#"{"kind":"dot","at":1}"#) else {
        panic!("a dot")
    };
    assert_eq!(dot.extra.get("kind"), Some(&json!("dot")));
    let Ok(Shape::Ring(ring)) = serde_json::from_str(r#"{"kind":"ring"}"#) else {
        panic!("a ring")
    };
    assert_eq!((ring.kind.as_str(), ring.r), ("ring", None));
    // An unknown tag read first keeps the whole object.
    let unknown: Shape = serde_json::from_str(r#"{"kind":"star","n":5}"#).unwrap();
    assert_eq!(unknown, Shape::Unknown(json!({"kind": "star", "n": 5})));
    // A variant's error after a tag read first is the decode's error.
    let error = serde_json::from_str::<Shape>(r#"{"kind":"circle","r":"x"}"#).unwrap_err();
    assert!(
        error.to_string().contains("invalid type: string"),
        "{error}"
    );
}

/// Usage as a server reports it: no required field, so the type is read
/// in place.
#[derive(Debug, Clone, PartialEq, Default, Object)]
pub struct Usage {
    /// The total.
    #[api(default)]
    pub total: i64,
    /// A label.
    #[api(default)]
    pub label: String,
    /// Always `chat.completion`.
    #[api(constant)]
    pub object: ChatCompletionObject,
    /// Sent as null when unset.
    #[api(nullable)]
    pub note: Option<String>,
    /// The parts of the total.
    pub details: Option<Box<Usage>>,
    #[api(extra)]
    pub extra: Extra,
}

/// No required field and no `Extra`.
#[derive(Debug, Clone, PartialEq, Default, Object)]
pub struct Bare {
    /// A number.
    pub n: Option<i64>,
}

#[test]
fn a_type_without_required_fields_is_read_in_place() {
    let text =
        r#"{"total":3,"details":{"label":"inner","x":[1,{"y":2}]},"note":null,"x_extra":true}"#;
    let usage: Usage = serde_json::from_str(text).unwrap();
    assert_eq!((usage.total, usage.label.as_str()), (3, ""));
    assert_eq!(usage.object, ChatCompletionObject::ChatCompletion);
    assert_eq!(usage.note, None);
    assert_eq!(usage.extra.get("x_extra"), Some(&json!(true)));
    let details = usage.details.as_deref().unwrap();
    assert_eq!((details.total, details.label.as_str()), (0, "inner"));
    assert_eq!(details.extra.get("x"), Some(&json!([1, {"y": 2}])));
    // Nothing sent: every field at its default.
    assert_eq!(
        serde_json::from_str::<Usage>("{}").unwrap(),
        Usage::default()
    );
    // The last occurrence wins, and `null` unsets an optional field.
    let repeated: Usage =
        serde_json::from_str(r#"{"total":1,"note":"a","total":2,"note":null}"#).unwrap();
    assert_eq!((repeated.total, repeated.note), (2, None));
    // A value of another shape is still an error (the runtime sets it
    // aside and decodes again), as is something other than an object.
    let error = serde_json::from_str::<Usage>(r#"{"total":null}"#).unwrap_err();
    assert!(error.to_string().contains("invalid type: null"), "{error}");
    let error = serde_json::from_str::<Usage>("[]").unwrap_err();
    assert!(
        error.to_string().contains("Usage (a JSON object)"),
        "{error}"
    );
    // A property set aside lands in `extra` and goes back as it came.
    let aside: Usage = serde_json::from_str(r#"{"\u0000total":"many","total":4}"#).unwrap();
    assert_eq!(aside.total, 4);
    assert_eq!(serde_json::to_value(&aside).unwrap()["total"], "many");
    // A type without an `Extra` skips what it does not declare, however
    // deep.
    let bare: Bare =
        serde_json::from_str(r#"{"skip":{"a":[1,2,{"b":null}]},"n":4,"more":"x"}"#).unwrap();
    assert_eq!(bare, Bare { n: Some(4) });
}
