#!/usr/bin/env bash
# The one test command: formatting, generator freshness, lints, docs, and
# every test (unit, local-server, end-to-end and conformance against the
# Steady mock of the OpenAI spec, which this script installs and runs).
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED_DIR="${SHARED_DIR:-$(cd .. && pwd)/shared}"
export SHARED_DIR
SPEC="${OPENAPI_SPEC:-$SHARED_DIR/spec/openai/openapi.yaml}"
export OPENAPI_SPEC="$SPEC"
STEADY_VERSION="0.22.2"
STEADY_PORT="${STEADY_PORT:-4010}"
export TEST_API_BASE_URL="${TEST_API_BASE_URL:-http://127.0.0.1:$STEADY_PORT}"

step() { printf '\n==> %s\n' "$*"; }

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is required (Rust 1.95)" >&2
  exit 1
fi
if [ ! -f "$SPEC" ]; then
  echo "the OpenAI spec is missing at $SPEC (set OPENAPI_SPEC or SHARED_DIR)" >&2
  exit 1
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "generated/ is up to date with the spec"
cargo run -q -p codegen -- --spec "$SPEC" --check --quiet

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "the SDK compiles with a subset of its features"
cargo check -q -p openai-client --no-default-features --features rustls,chat,responses
cargo check -q -p openai-client --no-default-features --features rustls,files
cargo check -q -p openai-client --no-default-features --features rustls,http2,models

step "Steady $STEADY_VERSION mock server"
if [ ! -x .steady/node_modules/.bin/steady ]; then
  npm install --prefix .steady --no-audit --no-fund --silent "@stdy/cli@$STEADY_VERSION"
fi
.steady/node_modules/.bin/steady --host 127.0.0.1 -p "$STEADY_PORT" -q \
  --validator-query-array-format=brackets --validator-form-array-format=brackets \
  --validator-query-object-format=brackets --validator-form-object-format=brackets \
  "$SPEC" > .steady/steady.log 2>&1 &
STEADY_PID=$!
trap 'kill "$STEADY_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs "$TEST_API_BASE_URL/_x-steady/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$STEADY_PID" 2>/dev/null; then cat .steady/steady.log >&2; echo "Steady exited" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "$TEST_API_BASE_URL/_x-steady/health" >/dev/null || { cat .steady/steady.log >&2; echo "Steady did not become healthy" >&2; exit 1; }

step "cargo test"
cargo test

step "examples against the mock"
cargo build -q -p sdk-examples --examples
for example in chat chat_stream responses tools structured_output embeddings files_and_batch speech images pagination custom_auth bedrock; do
  OPENAI_BASE_URL="$TEST_API_BASE_URL" OPENAI_API_KEY=sk-mock \
  AWS_BEDROCK_BASE_URL="$TEST_API_BASE_URL" AWS_BEARER_TOKEN_BEDROCK=mock-token AWS_REGION=us-east-1 \
    "target/debug/examples/$example" > ".steady/example-$example.log" 2>&1 \
    || { cat ".steady/example-$example.log"; echo "example $example failed" >&2; exit 1; }
  echo "example $example: ok"
done

step "cargo doc (warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps -q
