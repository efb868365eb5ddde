//! Conformance tests in the style of the upstream SDKs, one pair per
//! operation: the call with only its required arguments (repeated, so that
//! every random answer of the mock must decode) and the call with every
//! argument; plus a client-side check for empty path parameters. The mock
//! (Steady) serves all 288 operations of the OpenAI spec, binary and
//! streaming ones included, so no operation needs a local-server stand-in.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use super::types::ident;
use crate::model::call_samples::Sample;
use crate::model::operations::{BodyKind, Response};
use crate::model::resource_names::accessor;
use crate::model::{Model, Operation, TypeKind, TypeRef};

fn raw_string(json: &Value) -> TokenStream {
    let text = serde_json::to_string(json).expect("JSON values serialize");
    let lit = proc_macro2::Literal::string(&text);
    quote!(#lit)
}

/// The expression reaching the operation's resource from `client`.
fn resource_expr(op: &Operation) -> TokenStream {
    let top = ident(&accessor(&op.resource[0]));
    let rest = op.resource[1..].iter().map(|r| ident(&accessor(r)));
    quote!(client.#top()#(.#rest())*)
}

/// Arguments of one call, and the statements that prepare them.
fn call_args(
    model: &Model,
    op: &Operation,
    sample: &Sample,
    empty_path: bool,
) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let space = &model.types;
    let mut setup = Vec::new();
    let mut args = Vec::new();
    for (i, p) in op.path_params.iter().enumerate() {
        let value = sample
            .path
            .get(i)
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Null);
        let text = match &value {
            Value::String(s) if !s.is_empty() => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => format!("{}_1", p.wire),
        };
        let text = if empty_path && i == 0 {
            String::new()
        } else {
            text
        };
        args.push(match space.resolve(&p.ty) {
            TypeRef::Int(k) | TypeRef::Float(k) => {
                let lit: TokenStream = format!("{text}{k}").parse().unwrap_or_else(|_| quote!(1));
                lit
            }
            TypeRef::Bool => {
                let b = text == "true";
                quote!(#b)
            }
            TypeRef::Named(id) if matches!(space[*id].kind, TypeKind::Enum(_)) => {
                let ty = super::types::qualified(space, &TypeRef::Named(*id));
                quote!(&#ty::from(#text))
            }
            _ => quote!(#text),
        });
    }
    if let Some((id, _)) = &op.params {
        let ty = super::types::qualified(space, &TypeRef::Named(*id));
        let json = raw_string(
            sample
                .params
                .as_ref()
                .unwrap_or(&Value::Object(Default::default())),
        );
        setup.push(quote!(let params: #ty = sample(#json);));
        args.push(quote!(&params));
    }
    if let Some(body) = &op.body {
        match &body.kind {
            BodyKind::Binary(_) => args.push(quote!(b"sample body".to_vec())),
            _ => {
                let ty = super::types::qualified(space, &body.ty);
                let json = raw_string(sample.body.as_ref().unwrap_or(&Value::Null));
                setup.push(quote!(let body: #ty = sample(#json);));
                args.push(quote!(&body));
            }
        }
    }
    (setup, args)
}

/// `#[allow(deprecated)]` on the tests of a deprecated operation.
fn allow_deprecated(op: &Operation) -> Option<TokenStream> {
    op.deprecated
        .is_some()
        .then(|| quote!(#[allow(deprecated)]))
}

/// Whether the operation has a method besides its stream (an operation
/// whose only answer is a declared stream has just the stream method).
fn has_plain_method(op: &Operation) -> bool {
    !(op.response == Response::Unit && op.stream.is_some())
}

/// The two tests of an operation: its required arguments (repeated, for a
/// JSON answer) and all of them; each also reads the stream, if any.
fn operation_tests(model: &Model, op: &Operation, base: &str) -> TokenStream {
    let resource = resource_expr(op);
    let method = ident(&op.name);
    let id = &op.id;
    let deprecated = allow_deprecated(op);
    let repeat = matches!(op.response, Response::Json(_));
    let has_plain = has_plain_method(op);
    let mut tests = TokenStream::new();
    for (which, sample) in [("required", &op.samples[0]), ("all_params", &op.samples[1])] {
        let test = ident(&format!("{base}_{which}"));
        let (setup, args) = call_args(model, op, sample, false);
        let body = if has_plain {
            let times = if repeat && which == "required" {
                quote!(REPEAT)
            } else {
                quote!(1)
            };
            quote! {
                for _ in 0..#times {
                    let response = #resource.#method(#(#args),*).await.unwrap_or_else(|e| fail(#id, e));
                    check(response.status(), response.request_id());
                }
            }
        } else {
            TokenStream::new()
        };
        // A stream the config declares is not in the document, so its
        // mock cannot serve it: the local-server tests cover it.
        let stream = op.stream_method().filter(|_| !op.stream_from_config).map(|name| {
            let stream_method = ident(&name);
            quote! {
                let response = #resource.#stream_method(#(#args),*).await.unwrap_or_else(|e| fail(#id, e));
                check(response.status(), response.request_id());
                let mut events = response.into_inner();
                while let Some(event) = events.next().await {
                    event.unwrap_or_else(|e| fail(#id, e));
                }
            }
        });
        tests.extend(quote! {
            #[tokio::test]
            #deprecated
            async fn #test() {
                let client = client();
                #(#setup)*
                #body
                #stream
            }
        });
    }
    tests
}

/// A test that an empty first path parameter (a string) is refused before
/// sending.
fn empty_path_test(
    model: &Model,
    op: &Operation,
    base: &str,
    krate: &proc_macro2::Ident,
) -> Option<TokenStream> {
    let scalar = |ty| {
        matches!(
            model.types.resolve(ty),
            TypeRef::Int(_) | TypeRef::Float(_) | TypeRef::Bool
        )
    };
    let applies = op.path_params.iter().any(|p| !scalar(&p.ty))
        && !scalar(&op.path_params[0].ty)
        && has_plain_method(op);
    if !applies {
        return None;
    }
    let resource = resource_expr(op);
    let method = ident(&op.name);
    let deprecated = allow_deprecated(op);
    let test = ident(&format!("{base}_rejects_empty_path_parameter"));
    let (setup, args) = call_args(model, op, &op.samples[0], true);
    Some(quote! {
        #[tokio::test]
        #deprecated
        async fn #test() {
            let client = client();
            #(#setup)*
            let err = #resource.#method(#(#args),*).await.expect_err("an empty path parameter is refused");
            assert!(matches!(err, #krate::Error::InvalidRequest(_)), "{err:?}");
        }
    })
}

/// The test file.
pub fn conformance_file(
    model: &Model,
    crate_ident: &str,
    credentials: &[TokenStream],
    mock_env: &str,
) -> TokenStream {
    let krate = ident(crate_ident);
    let mut tests = TokenStream::new();
    let mut names = crate::model::names::Namer::new();
    for op in &model.operations {
        if op.samples.len() < 2 {
            continue;
        }
        let base = crate::model::names::field_name(
            &format!("{}_{}", op.resource.join("_"), op.name),
            "op",
        );
        let base = names.unique(&base);
        tests.extend(operation_tests(model, op, &base));
        tests.extend(empty_path_test(model, op, &base, &krate));
    }
    let header = format!(
        " Conformance: every operation called against the Steady mock of the\n spec, which validates each request and answers with random data\n valid for the response schema. The mock must run at\n `{mock_env}` (default `http://127.0.0.1:4010`); without it\n every test fails. Generated by codegen: do not edit."
    );
    let streams = model
        .operations
        .iter()
        .any(|op| op.stream.is_some() && !op.stream_from_config && op.samples.len() >= 2);
    let stream_ext = streams.then(|| {
        quote!(
            use futures_util::StreamExt;
        )
    });
    quote! {
        #![doc = #header]

        #stream_ext
        use #krate::{Client, types};

        /// Calls per operation with a JSON answer: each random answer must decode.
        const REPEAT: usize = 20;

        fn client() -> Client {
            let base = std::env::var(#mock_env).unwrap_or_else(|_| "http://127.0.0.1:4010".to_owned());
            Client::builder()
                .base_url(base)
                #(#credentials)*
                .environment(#krate::runtime::Environment::empty())
                .max_retries(0)
                .build()
                .expect("client")
        }

        fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
            serde_json::from_str(json).unwrap_or_else(|e| {
                panic!("sample arguments do not decode into {}: {e}", std::any::type_name::<T>())
            })
        }

        fn check(status: #krate::runtime::StatusCode, request_id: Option<&str>) {
            assert!(status.is_success(), "{status}");
            let _ = request_id;
        }

        fn fail(operation: &str, error: #krate::Error) -> ! {
            panic!("{operation}: {error}\n{error:?}")
        }

        #tests
    }
}
