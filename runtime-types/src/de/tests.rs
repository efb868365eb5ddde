use super::*;
use serde_json::json;

#[test]
fn property_names_are_matched_or_kept() {
    let seed = |name: &str| {
        let mut de = serde_json::Deserializer::from_str(name);
        let mut other = None;
        let seed = KeySeed {
            fields: |k: &str| if k == "id" { 0 } else { OTHER },
            other: &mut other,
        };
        (seed.deserialize(&mut de).unwrap(), other)
    };
    assert_eq!(seed(r#""id""#), (0, None));
    assert_eq!(seed(r#""x_groq""#), (OTHER, Some("x_groq".to_owned())));
}

#[test]
fn codes_read_as_strings_whatever_their_type() {
    #[derive(Deserialize)]
    struct Error {
        #[serde(deserialize_with = "lenient_string")]
        code: Option<String>,
    }
    let code = |json: &str| serde_json::from_str::<Error>(json).unwrap().code;
    assert_eq!(code(r#"{"code": 429}"#).as_deref(), Some("429"));
    assert_eq!(
        code(r#"{"code": "rate_limit"}"#).as_deref(),
        Some("rate_limit")
    );
    assert_eq!(code(r#"{"code": null}"#), None);
}

#[test]
fn properties_set_aside_land_in_extra_under_their_own_name() {
    #[derive(Debug, Deserialize)]
    struct Holder(#[serde(deserialize_with = "holder")] Extra);
    fn holder<'de, D: Deserializer<'de>>(d: D) -> Result<Extra, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Extra;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extra, A::Error> {
                let mut extra = Extra::new();
                let mut other = None;
                while map
                    .next_key_seed(KeySeed {
                        fields: |_: &str| OTHER,
                        other: &mut other,
                    })?
                    .is_some()
                {
                    read_other(&mut map, &mut other, &mut extra)?;
                }
                Ok(extra)
            }
        }
        d.deserialize_map(V)
    }
    let Holder(extra) =
        serde_json::from_str(r#"{"\u0000content": [1], "x_groq": {"id": 2}}"#).unwrap();
    assert_eq!(extra.get("content"), Some(&json!([1])));
    assert_eq!(extra.get("x_groq"), Some(&json!({"id": 2})));
}
