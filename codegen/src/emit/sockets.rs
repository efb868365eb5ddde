//! The methods that open the config's WebSocket APIs: one per socket, on
//! its resource handle, under the `websocket` feature (and the features its
//! event types need).

use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;

use super::types::{ident, qualified};
use crate::model::sockets::Socket;
use crate::model::{EXTRA_FEATURE, Model, TypeKind, TypeRef};

/// The Cargo feature of WebSocket connections.
pub const WEBSOCKET_FEATURE: &str = "websocket";

/// Whether the `websocket` feature must enable `extra-types` (an event
/// type is a free-standing schema).
pub fn needs_extra_types(model: &Model) -> bool {
    model.sockets.iter().any(|s| {
        [s.client_event, s.server_event]
            .iter()
            .any(|&id| model.types[id].facts.features.contains(EXTRA_FEATURE))
    })
}

/// The methods of the sockets on the resource at `path`.
pub fn methods(model: &Model, path: &[String], krate: &super::examples::DocCrate) -> TokenStream {
    model
        .sockets
        .iter()
        .filter(|s| s.resource == path)
        .map(|s| method(model, s, krate))
        .collect()
}

fn method(model: &Model, socket: &Socket, krate: &super::examples::DocCrate) -> TokenStream {
    let space = &model.types;
    let client_ty = qualified(space, &TypeRef::Named(socket.client_event));
    let server_ty = qualified(space, &TypeRef::Named(socket.server_event));
    let (client_name, server_name) = (
        &space[socket.client_event].name,
        &space[socket.server_event].name,
    );
    let name = ident(&socket.method);
    let params: Vec<_> = socket.query.iter().map(|q| ident(q)).collect();
    let keys = &socket.query;
    let path = &socket.path;
    let what = socket
        .docs
        .clone()
        .unwrap_or_else(|| format!("the `{path}` WebSocket"));
    let args: Vec<String> = socket.query.iter().map(|q| format!("\"{q}\"")).collect();
    let accessor: Vec<String> = socket
        .resource
        .iter()
        .map(|r| crate::model::resource_names::accessor(r))
        .collect();
    let unknown = if matches!(space[socket.server_event].kind, TypeKind::Union(_)) {
        " (event types this version does not know arrive as the `Unknown` variant)"
    } else {
        ""
    };
    let mut docs = vec![
        format!(" Opens {what} (feature `{WEBSOCKET_FEATURE}`)."),
        String::new(),
        format!(
            " Send [`types::{client_name}`] events with `send`; read [`types::{server_name}`] events from the connection, a `Stream`{unknown}. The handshake is authenticated like any request; set reconnection, timeouts and bounds with `.options(..)` and `.on_reconnect(..)` before awaiting."
        ),
        String::new(),
        " # Example".to_owned(),
        String::new(),
        " ```no_run".to_owned(),
    ];
    docs.extend(krate.alias());
    docs.extend([
        format!(
            " # async fn example(client: {}::Client) -> Result<(), Box<dyn std::error::Error>> {{",
            krate.name
        ),
        format!(
            " let mut connection = client.{}().{}({}).await?;",
            accessor.join("()."),
            socket.method,
            args.join(", ")
        ),
        " while let Some(event) = connection.recv().await {".to_owned(),
        "     println!(\"{:?}\", event?);".to_owned(),
        " }".to_owned(),
        " # Ok(()) }".to_owned(),
        " ```".to_owned(),
    ]);
    let cfg = cfg(model, socket);
    quote! {
        #(#[doc = #docs])*
        #cfg
        pub fn #name(&self #(, #params: impl Into<String>)*)
            -> sdk_runtime::websocket::Connect<#client_ty, #server_ty>
        {
            self.client.websocket(#path)#(.query(#keys, #params))*
        }
    }
}

/// `websocket`, and the features of event types that `websocket` does not
/// bring in itself.
fn cfg(model: &Model, socket: &Socket) -> TokenStream {
    let mut conditions = vec![quote!(feature = #WEBSOCKET_FEATURE)];
    let mut seen = BTreeSet::new();
    for id in [socket.client_event, socket.server_event] {
        let features = &model.types[id].facts.features;
        if features.is_empty() || features.contains(EXTRA_FEATURE) || !seen.insert(features) {
            continue;
        }
        let fs = features.iter();
        conditions.push(quote!(any(#(feature = #fs),*)));
    }
    if conditions.len() == 1 {
        quote!(#[cfg(feature = #WEBSOCKET_FEATURE)])
    } else {
        quote!(#[cfg(all(#(#conditions),*))])
    }
}
