//! Log capture for tests that scan what the runtime logs.
//!
//! The capturing subscriber is installed once as the process-wide default,
//! never per thread: a thread-scoped subscriber races with callsites first
//! hit on other test threads (their cached interest can make an event
//! invisible to it), which made log assertions fail at random. Put a test
//! that reads the capture in a test binary of its own, so that no other
//! test writes to the same buffer.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

/// Everything logged at any level since the capture was installed.
#[derive(Clone, Default)]
pub struct LogCapture(Arc<Mutex<Vec<u8>>>);

impl LogCapture {
    /// Installs the capture as the global subscriber (TRACE level, no ANSI
    /// colors) on the first call and returns it; later calls return the
    /// same capture. Panics if another global subscriber was set first,
    /// which is a mistake in the test binary.
    pub fn global() -> &'static LogCapture {
        static CAPTURE: OnceLock<LogCapture> = OnceLock::new();
        CAPTURE.get_or_init(|| {
            let capture = LogCapture::default();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::TRACE)
                .with_writer(capture.clone())
                .with_ansi(false)
                .finish();
            tracing::subscriber::set_global_default(subscriber)
                .expect("no other global subscriber in this test binary");
            capture
        })
    }

    /// The captured text so far.
    pub fn text(&self) -> String {
        let bytes = self.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for LogCapture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogCapture {
    type Writer = LogCapture;
    fn make_writer(&'a self) -> LogCapture {
        self.clone()
    }
}
