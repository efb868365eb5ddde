#!/usr/bin/env bash
# Compile cost of a tiny binary that uses the generated SDK, clean, in
# debug: with all features and with only chat + responses; then the SDK
# crate alone (a rebuild after touching it) and an incremental rebuild
# after touching the binary. Optionally the same for async-openai
# (ASYNC_OPENAI=1; its crates are fetched first so only compilation is
# timed). Peak memory comes from /usr/bin/time when available.
#
# Usage: bench/compile/measure.sh [PROFILE]   (PROFILE: dev (default) or release)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
profile="${1:-dev}"
work="${WORK_DIR:-$root/target/compile-cost}"
mkdir -p "$work"
flag=""; [ "$profile" = "release" ] && flag="--release"

timed() { # name, dir, command...
  local name="$1" dir="$2"; shift 2
  local start end mem=""
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$work/$name.mem" "$@" >/dev/null 2>"$work/$name.log" || { cat "$work/$name.log"; exit 1; }
    mem="$(awk '{printf "%.2f GiB", $1/1048576}' "$work/$name.mem")"
  else
    "$@" >/dev/null 2>"$work/$name.log" || { cat "$work/$name.log"; exit 1; }
  fi
  end=$(date +%s.%N)
  printf '%-44s %8.1f s   peak rss %s\n' "$name" "$(echo "$end - $start" | bc)" "$mem"
}

make_bin() { # dir, dependency line, code
  mkdir -p "$1/src"
  cat > "$1/Cargo.toml" <<TOML
[package]
name = "tiny"
version = "0.0.0"
edition = "2024"
[dependencies]
$2
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
[workspace]
TOML
  printf '%s\n' "$3" > "$1/src/main.rs"
}

ours_code='use openai_client::{Client, types};
#[tokio::main]
async fn main() {
    let client = Client::builder().api_key("x").build().expect("client");
    let req = types::CreateResponse::new().model("gpt-4o-mini").input("hi");
    let _ = client.responses().create(&req).await;
}'

for variant in all chat-responses; do
  dir="$work/ours-$variant"
  if [ "$variant" = all ]; then
    dep="openai-client = { path = \"$root/generated\" }"
  else
    dep="openai-client = { path = \"$root/generated\", default-features = false, features = [\"rustls\", \"chat\", \"responses\"] }"
  fi
  make_bin "$dir" "$dep" "$ours_code"
  cp "$root/Cargo.lock" "$dir/Cargo.lock"
  (cd "$dir" && cargo fetch -q)
  rm -rf "$dir/target"
  timed "ours $variant: clean $profile build" "$dir" cargo build $flag --manifest-path "$dir/Cargo.toml"
  touch "$root/generated/src/lib.rs"
  timed "ours $variant: SDK crate rebuild" "$dir" cargo build $flag --manifest-path "$dir/Cargo.toml"
  touch "$dir/src/main.rs"
  timed "ours $variant: incremental (binary touched)" "$dir" cargo build $flag --manifest-path "$dir/Cargo.toml"
done

if [ "${ASYNC_OPENAI:-0}" = 1 ]; then
  peer_code='use async_openai::{Client, types::responses::CreateResponseArgs};
#[tokio::main]
async fn main() {
    let client = Client::new();
    let req = CreateResponseArgs::default().model("gpt-4o-mini").input("hi").build().expect("request");
    let _ = client.responses().create(req).await;
}'
  for variant in full chat-responses; do
    dir="$work/async-openai-$variant"
    if [ "$variant" = full ]; then
      dep='async-openai = { version = "=0.43.0", features = ["full"] }'
    else
      dep='async-openai = { version = "=0.43.0", features = ["chat-completion", "responses"] }'
    fi
    make_bin "$dir" "$dep" "$peer_code"
    (cd "$dir" && cargo fetch -q)
    rm -rf "$dir/target"
    timed "async-openai $variant: clean $profile build" "$dir" cargo build $flag --manifest-path "$dir/Cargo.toml"
    touch "$dir/src/main.rs"
    timed "async-openai $variant: incremental" "$dir" cargo build $flag --manifest-path "$dir/Cargo.toml"
  done
fi
