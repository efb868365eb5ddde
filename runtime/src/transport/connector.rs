//! How the default transport reaches a server: straight over TCP, or
//! through the proxy the environment names (`HTTPS_PROXY`, `HTTP_PROXY`,
//! `ALL_PROXY`, minus `NO_PROXY`, as curl reads them). An `https`
//! destination goes through a `CONNECT` tunnel, with TLS on top; an `http`
//! one is sent to the proxy in absolute form. TLS is the layer above
//! (`hyper-rustls` or `hyper-tls`), so it never sees which way was taken.

use http::{HeaderValue, Uri};
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::TokioIo;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::net::TcpStream;
use tower_service::Service;

use crate::env::Environment;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The proxies of `env`, read as curl reads them (upper or lower case;
/// `HTTP_PROXY` ignored under CGI, where a client could set it).
pub(crate) fn proxies_from(env: &Environment) -> Matcher {
    let read = |name: &str| {
        env.non_empty(name)
            .or_else(|| env.non_empty(&name.to_ascii_lowercase()))
    };
    let cgi = env.var("REQUEST_METHOD").is_some();
    let mut builder = Matcher::builder();
    if let Some(all) = read("ALL_PROXY") {
        builder = builder.all(all);
    }
    if let Some(https) = read("HTTPS_PROXY") {
        builder = builder.https(https);
    }
    if let Some(http) = read("HTTP_PROXY").filter(|_| !cgi) {
        builder = builder.http(http);
    }
    if let Some(no) = read("NO_PROXY") {
        builder = builder.no(no);
    }
    builder.build()
}

/// A TCP connector that takes the proxy route where the environment says.
#[derive(Clone)]
pub(crate) struct ProxyConnector {
    tcp: HttpConnector,
    proxies: Arc<Matcher>,
}

impl ProxyConnector {
    pub(crate) fn new(proxies: Arc<Matcher>) -> Self {
        let mut tcp = HttpConnector::new();
        // TLS sits above this connector: let it see `https` destinations.
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        Self { tcp, proxies }
    }

    /// The `Proxy-Authorization` a request to `dst` carries: a plain `http`
    /// request through a proxy with credentials (a tunnel sends its own).
    pub(crate) fn proxy_authorization(&self, dst: &Uri) -> Option<HeaderValue> {
        if dst.scheme_str() != Some("http") {
            return None;
        }
        self.proxies.intercept(dst)?.basic_auth().cloned()
    }
}

impl Service<Uri> for ProxyConnector {
    type Response = Conn;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Conn, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.tcp.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, dst: Uri) -> Self::Future {
        let mut tcp = self.tcp.clone();
        let Some(intercept) = self.proxies.intercept(&dst) else {
            return Box::pin(async move {
                let io = tcp.call(dst).await?;
                Ok(Conn { io, proxied: false })
            });
        };
        let proxy = intercept.uri().clone();
        if dst.scheme_str() == Some("https") {
            let mut tunnel = Tunnel::new(proxy, tcp);
            if let Some(auth) = intercept.basic_auth() {
                tunnel = tunnel.with_auth(auth.clone());
            }
            return Box::pin(async move {
                let io = tunnel.call(dst).await?;
                Ok(Conn { io, proxied: false })
            });
        }
        Box::pin(async move {
            let io = tcp.call(proxy).await?;
            Ok(Conn { io, proxied: true })
        })
    }
}

/// A TCP connection, marked when it goes to an `http` proxy (so that the
/// client writes requests in absolute form).
pub(crate) struct Conn {
    io: TokioIo<TcpStream>,
    proxied: bool,
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        self.io.connected().proxy(self.proxied)
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }
}
