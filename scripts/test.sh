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

step "generated/ and the fixture crates are up to date with their specs"
cargo run -q -p codegen -- --spec "$SPEC" --check --quiet
for config in spec/fixtures/*.toml; do
  cargo run -q -p codegen -- --config "$config" --check --quiet
done

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "the SDK compiles with a subset of its features"
cargo check -q -p openai-client --no-default-features --features rustls,chat,responses
cargo check -q -p openai-client --no-default-features --features rustls,files
cargo check -q -p openai-client --no-default-features --features rustls,http2,models
cargo check -q -p openai-client --no-default-features --features native-tls,http2,models
cargo check -q -p openai-types --no-default-features --features chat,responses

step "the runtime names no vendor (providers are crates of their own)"
if grep -rniE 'openai|azure|bedrock|\baws\b|amazon|microsoft' runtime/src; then
  echo "runtime/src names a vendor (above)" >&2
  exit 1
fi

step "the types crate builds without an HTTP stack"
if cargo tree -q -p openai-types -e normal --prefix none | grep -E '^(reqwest|hyper|tokio|rustls|h2) '; then
  echo "openai-types depends on the HTTP stack (above)" >&2
  exit 1
fi

step "the SDK's default build has no reqwest and no url (their IDNA tables)"
if cargo tree -q -p openai-client -e normal --prefix none | grep -E '^(reqwest|url|idna) '; then
  echo "openai-client's default features pull in the crates above" >&2
  exit 1
fi

step "a build script's generator has no command-line crates"
if cargo tree -q -p build-script-example -e normal,build --prefix none | grep -E '^(clap|clap_complete) '; then
  echo "the build-script path depends on the command line's crates (above)" >&2
  exit 1
fi

step "Steady $STEADY_VERSION mock servers: the OpenAI spec and each fixture spec"
if [ ! -x .steady/node_modules/.bin/steady ]; then
  npm install --prefix .steady --no-audit --no-fund --silent "@stdy/cli@$STEADY_VERSION"
fi
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
# start_steady PORT SPEC LOG: serve SPEC and wait until healthy.
start_steady() {
  .steady/node_modules/.bin/steady --host 127.0.0.1 -p "$1" \
    --validator-query-array-format=brackets --validator-form-array-format=brackets \
    --validator-query-object-format=brackets --validator-form-object-format=brackets \
    "$2" > "$3" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$1/_x-steady/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$3" >&2; echo "Steady exited ($2)" >&2; exit 1; fi
    sleep 0.5
  done
  cat "$3" >&2; echo "Steady did not become healthy ($2)" >&2; exit 1
}
start_steady "$STEADY_PORT" "$SPEC" .steady/steady.log
export OPENAI_MOCK_URL="$TEST_API_BASE_URL"
# Steady reads single-file documents: the multi-file fixture is bundled first.
cargo run -q -p codegen -- --config spec/fixtures/museum.toml --bundle .steady/museum.json
start_steady 4011 .steady/museum.json .steady/museum.log
export MUSEUM_API_MOCK_URL=http://127.0.0.1:4011
start_steady 4012 codegen/tests/specs/tickets.yaml .steady/tickets.log
export TICKETS_MOCK_URL=http://127.0.0.1:4012
start_steady 4013 codegen/tests/specs/notes.yaml .steady/notes.log
export NOTES_API_MOCK_URL=http://127.0.0.1:4013

step "cargo test"
cargo test

step "a reqwest::Client of the user's (feature reqwest)"
cargo test -q -p sdk-runtime --features reqwest --test http_client

step "a crate generated outside the workspace passes its conformance tests"
# The runtime comes from the registry (the default for --out); here
# [patch.crates-io] stands in for the registry. Nothing names this checkout.
standalone="$(mktemp -d)"
cargo run -q -p codegen -- --spec codegen/tests/specs/notes.yaml \
  --out "$standalone/notes-client" --crate-name notes-client --conformance-tests --quiet
if grep -rqF "$PWD" "$standalone/notes-client"; then
  grep -rnF "$PWD" "$standalone/notes-client" >&2
  echo "the standalone crate names this checkout (above)" >&2
  exit 1
fi
cat > "$standalone/Cargo.toml" <<EOF
[workspace]
resolver = "3"
members = ["notes-client"]

[profile.dev]
debug = "line-tables-only"

[profile.dev.package."*"]
debug = false

[patch.crates-io]
sdk-runtime = { path = "$PWD/runtime" }
sdk-runtime-types = { path = "$PWD/runtime-types" }
sdk-runtime-macros = { path = "$PWD/runtime-macros" }
EOF
cp Cargo.lock "$standalone/"
checkout="$PWD"
(cd "$standalone" && NOTES_CLIENT_MOCK_URL=http://127.0.0.1:4013 \
  CARGO_TARGET_DIR="$checkout/target/standalone" cargo test --offline -q)
rm -rf "$standalone"

step "the mocks saw only valid requests"
# Every diagnostic Steady reports about a request, of any code (E3xxx
# requests, E4xxx values such as a pattern mismatch, ...: `✗` lines, or
# `::warning::STEADY` lines when CI is set), fails the run, except E3015 on an
# API key sent in the query: Steady 0.22 does not count a security scheme's
# query parameter as defined. E1xxx codes are about the document itself (the
# pinned OpenAI spec has E1015/E1016 quirks), printed once at start-up.
for log in .steady/steady.log .steady/museum.log .steady/tickets.log .steady/notes.log; do
  found=$(grep -E '(✗|::(notice|warning|error)::STEADY) E[02-9][0-9]{3}' "$log" \
    | grep -v 'Query parameter "api_key" is not defined' || true)
  if [ -n "$found" ]; then
    echo "$found" | head -40 >&2
    echo "Steady reported invalid requests in $log" >&2
    exit 1
  fi
  echo "$log: no request-validation errors"
done

step "examples against the mock"
cargo build -q -p sdk-examples --examples
for example in chat chat_stream responses responses_tools tools blocking vector_store embeddings files_and_batch speech images pagination custom_auth bedrock; do
  OPENAI_BASE_URL="$TEST_API_BASE_URL" OPENAI_API_KEY=sk-mock \
  AWS_BEDROCK_BASE_URL="$TEST_API_BASE_URL" AWS_BEARER_TOKEN_BEDROCK=mock-token AWS_REGION=us-east-1 \
    "target/debug/examples/$example" > ".steady/example-$example.log" 2>&1 \
    || { cat ".steady/example-$example.log"; echo "example $example failed" >&2; exit 1; }
  echo "example $example: ok"
done
# The WebSocket, Azure and structured-output examples run against a local
# stand-in (Steady mocks HTTP only, the OpenAI spec has no Azure paths, and
# Steady's chat answer is placeholder text, not a value of the schema).
cargo build -q -p mock-http --bin mock-sockets
target/debug/mock-sockets 4014 > .steady/mock-sockets.log 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 100); do
  grep -q listening .steady/mock-sockets.log 2>/dev/null && break
  sleep 0.1
done
for example in realtime_text responses_websocket azure structured_output; do
  OPENAI_BASE_URL=http://127.0.0.1:4014/v1 OPENAI_API_KEY=sk-mock \
  AZURE_OPENAI_ENDPOINT=http://127.0.0.1:4014 OPENAI_API_VERSION=2024-10-21 \
  AZURE_OPENAI_API_KEY=mock-azure-key AZURE_OPENAI_AD_TOKEN=mock-entra-token \
    "target/debug/examples/$example" > ".steady/example-$example.log" 2>&1 \
    || { cat ".steady/example-$example.log" .steady/mock-sockets.log; echo "example $example failed" >&2; exit 1; }
  echo "example $example: ok"
done
for seen in "WebSocket /v1/realtime (bearer)" "WebSocket /v1/responses (bearer)" \
  "HTTP /openai/deployments/gpt-4o-mini/chat/completions (api-key)" \
  "HTTP /openai/deployments/gpt-4o-mini/chat/completions (bearer)" \
  "HTTP /v1/chat/completions (bearer)"; do
  grep -qF "$seen" .steady/mock-sockets.log \
    || { cat .steady/mock-sockets.log; echo "the stand-in did not see: $seen" >&2; exit 1; }
done

step "the library crates package together (cargo package, verified)"
# Every crate that may be published: its path dependencies carry versions,
# and each builds from its .crate file against the others through cargo's
# local registry. Publishing itself is a manual step (README). A local run
# may have uncommitted changes (--allow-dirty); CI runs on a clean clone.
publishable=$(cargo metadata --no-deps --format-version 1 | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    const m = JSON.parse(s);
    console.log(m.packages.filter(p => p.publish === null || p.publish.length > 0)
      .map(p => "-p " + p.name).join(" "));
  });')
echo "packages: $publishable"
# Cargo extracts the crates of its local registry into
# $CARGO_HOME/registry/src/-<hash of the registry's path>/ and reuses an
# extraction it finds there: a clone at a path packaged before would be
# verified against the sources of that earlier run. Ours go first.
for dir in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/-*/; do
  [ -d "$dir" ] || continue
  for name in ${publishable//-p /}; do
    rm -rf "$dir$name"-[0-9]*
  done
done
# shellcheck disable=SC2086
cargo package --quiet --allow-dirty $publishable

step "cargo doc (warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps -q
