#!/usr/bin/env bash
# Compile cost of a tiny binary (one Responses call) on the generated SDK and,
# in the same run, on async-openai 0.43: clean builds (debug, then release)
# with their wall time and peak compiler memory, the SDK crate's own time
# from `cargo build --timings`, and the incremental rebuild after touching
# the binary. Each binary is its own workspace with its own target
# directory; dependencies are fetched first, so only compilation is timed.
#
# Usage: bench/compile/measure.sh [PROFILE...]     (default: dev release)
# Output: a Markdown table (wall time; for a clean build, the CPU time of
# its units and the core time left idle, from cargo's timings; peak RSS of
# the largest compiler process; the SDK crate's own time from the timings).
# Env:   ASYNC_OPENAI=0 skips the peer; WORK_DIR sets the scratch directory;
#        ROUNDS=N builds every variant N times, round after round (so that a
#        slow spell of the machine hits all of them), and ends with the
#        median of each clean build and the two ratios the project tracks;
#        BEFORE=DIR (a checkout of an earlier commit, e.g. a git worktree)
#        adds its all-features build as `before-all`, for a before/after
#        within the same rounds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$root/target/compile-cost}"
profiles=("$@"); [ ${#profiles[@]} -eq 0 ] && profiles=(dev release)
mkdir -p "$work"
command -v python3 >/dev/null || { echo "python3 is needed to read cargo's timings" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time (GNU time) is needed for peak memory" >&2; exit 1; }

# From cargo's timings page: the unit time of each named crate
# (comma-separated), as `name 1.2 s + name 3.4 s`, then a tab, then the CPU
# the build used (the units' times summed) and the time a core stood idle
# while the build ran (of `nproc` cores, counted by units: a unit that runs
# code generation on several threads counts as one), as `84.7 s, 4.5 s idle`.
# A build with little idle time is bound by CPU; one with much is bound by
# a chain of crates that cannot run beside each other.
read_timings() { # html, crate names
  python3 - "$1" "$2" "$(nproc)" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
m = re.search(r"UNIT_DATA = (\[.*?\]);\s*\n", html, re.S)
if not m:
    print("?\t?"); sys.exit()
data = json.loads(m.group(1))
for u in data:
    u.setdefault("duration", 0)
parts = []
for name in sys.argv[2].split(","):
    units = [u for u in data if u.get("name") == name]
    parts.append("%s %.1f s" % (name, sum(u["duration"] for u in units)) if units else name + " ?")
# Idle core time: the starts and ends of the units, in order.
cores, events = int(sys.argv[3]), []
for u in data:
    events += [(u["start"], 1), (u["start"] + u["duration"], -1)]
events.sort()
idle, running, last = 0.0, 0, 0.0
for at, step in events:
    idle += max(0, cores - running) * (at - last)
    running, last = running + step, at
cpu = sum(u["duration"] for u in data)
print(" + ".join(parts) + "\t%.1f s, %.1f s idle" % (cpu, idle))
PY
}

# Runs cargo build, prints one table row: what, wall time, peak RSS, crate time.
build() { # label, dir, crate, profile, extra cargo args...
  local label="$1" dir="$2" crate="$3" profile="$4"; shift 4
  local log="$work/$(echo "$label" | tr ' /:+' '____').log" start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$log.mem" env CARGO_INCREMENTAL=0 \
    cargo build --profile "$profile" --manifest-path "$dir/Cargo.toml" "$@" \
    >"$log" 2>&1 || { cat "$log"; exit 1; }
  end=$(date +%s.%N)
  local crate_time="–" cpu="–" wall
  wall="$(echo "$end - $start" | bc)"
  if [[ " $* " == *" --timings "* ]]; then
    cp "$dir/target/cargo-timings/cargo-timing.html" "$log.html"
    IFS=$'\t' read -r crate_time cpu < <(read_timings "$log.html" "$crate")
  fi
  printf '%s\t%s\n' "$label" "$wall" >>"$work/walls.tsv"
  printf '| %s | %.1f s | %s | %.2f GiB | %s |\n' "$label" "$wall" "$cpu" \
    "$(awk '{print $1/1048576}' "$log.mem")" "$crate_time"
}

make_bin() { # dir, dependency lines, code, [runtime line]
  local runtime='tokio = { version = "1", features = ["macros", "rt-multi-thread"] }'
  [ $# -ge 4 ] && runtime="$4"
  mkdir -p "$1/src"
  cat > "$1/Cargo.toml" <<TOML
[package]
name = "tiny"
version = "0.0.0"
edition = "2024"
[dependencies]
$2
$runtime
[workspace]
TOML
  printf '%s\n' "$3" > "$1/src/main.rs"
}

ours_code='use openai_client::{Client, types};
#[tokio::main]
async fn main() {
    let client = Client::builder().api_key("x").build().expect("client");
    let req = types::CreateResponse::new("gpt-4o-mini", "hi");
    let _ = client.responses().create(&req).await;
}'
peer_code='use async_openai::{Client, types::responses::CreateResponseArgs};
#[tokio::main]
async fn main() {
    let client = Client::new();
    let req = CreateResponseArgs::default().model("gpt-4o-mini").input("hi").build().expect("request");
    let _ = client.responses().create(req).await;
}'

# The HTTP stack alone, as issue 24 defines it: what a program pays without
# any SDK for reqwest with rustls and ring (the runtime's TLS setup), tokio
# and serde, one JSON POST decoded into a derived struct. (The runtime itself
# now sends requests with hyper's client, without reqwest and its `url`.)
stack_code='use serde::{Deserialize, Serialize};
#[derive(Serialize)]
struct Request<'"'"'a> { model: &'"'"'a str, input: &'"'"'a str }
#[derive(Deserialize, Debug)]
struct Response { id: String }
#[tokio::main]
async fn main() {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions().expect("versions")
        .with_platform_verifier().expect("roots")
        .with_no_client_auth();
    let client = reqwest::Client::builder().tls_backend_preconfigured(tls).build().expect("client");
    let body = serde_json::to_vec(&Request { model: "gpt-4o-mini", input: "hi" }).expect("json");
    if let Ok(r) = client.post("https://api.openai.com/v1/responses").bearer_auth("x").body(body).send().await {
        let bytes = r.bytes().await.unwrap_or_default();
        println!("{:?}", serde_json::from_slice::<Response>(&bytes).ok());
    }
}'
stack_deps='reqwest = { version = "0.13", default-features = false, features = ["rustls-no-provider", "stream"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
rustls-platform-verifier = "0.7"
serde = { version = "1", features = ["derive"] }
serde_json = "1"'

types_code='use openai_types::CreateResponse;
fn main() {
    let request: CreateResponse = serde_json::from_str(r#"{"model":"gpt-4o-mini","input":"hi"}"#).expect("request");
    println!("{}", serde_json::to_string(&request).expect("json"));
}'

variants=(stack-alone ours-all ours-chat-responses ours-types-only)
[ -n "${BEFORE:-}" ] && variants+=(before-all)
[ "${ASYNC_OPENAI:-1}" = 1 ] && variants+=(async-openai-full async-openai-chat-responses)
for variant in "${variants[@]}"; do
  dir="$work/$variant"
  case "$variant" in
    stack-alone) make_bin "$dir" "$stack_deps" "$stack_code" ;;
    ours-all) make_bin "$dir" "openai-client = { path = \"$root/generated\" }" "$ours_code" ;;
    before-all) make_bin "$dir" "openai-client = { path = \"$BEFORE/generated\" }" "$ours_code" ;;
    ours-chat-responses) make_bin "$dir" "openai-client = { path = \"$root/generated\", default-features = false, features = [\"rustls\", \"chat\", \"responses\"] }" "$ours_code" ;;
    ours-types-only) make_bin "$dir" "openai-types = { path = \"$root/generated/types\" }
serde_json = \"1\"" "$types_code" "" ;;
    async-openai-full) make_bin "$dir" 'async-openai = { version = "=0.43.0", features = ["full"] }' "$peer_code" ;;
    async-openai-chat-responses) make_bin "$dir" 'async-openai = { version = "=0.43.0", features = ["chat-completion", "responses"] }' "$peer_code" ;;
  esac
  # Ours resolves to the workspace's locked versions; the peer to its own.
  case "$variant" in
    ours-*|stack-alone) cp "$root/Cargo.lock" "$dir/Cargo.lock" ;;
    before-all) cp "$BEFORE/Cargo.lock" "$dir/Cargo.lock" ;;
  esac
  (cd "$dir" && cargo fetch -q)
done

echo "| build | wall | CPU (units), core idle | peak RSS | SDK crate alone |"
echo "| --- | --- | --- | --- | --- |"
: >"$work/walls.tsv"
for round in $(seq "${ROUNDS:-1}"); do
for profile in "${profiles[@]}"; do
  for variant in "${variants[@]}"; do
    dir="$work/$variant"
    crate=openai-types-shared,openai-types-part1,openai-types-part2,openai-types,openai-client
    case "$variant" in async-openai-*) crate=async-openai ;; stack-alone) crate=reqwest ;; ours-types-only) crate=openai-types-shared,openai-types-part1,openai-types-part2 ;; esac
    rm -rf "$dir/target"
    # The SDK is compiled as a registry dependency is: without incremental
    # state (cargo would otherwise build our path dependency incrementally,
    # which costs time and memory a user of the published crate never
    # pays). The rebuild after touching the binary keeps the same setting,
    # so that only the binary is rebuilt.
    build "$variant: clean $profile" "$dir" "$crate" "$profile" --timings
    touch "$dir/src/main.rs"
    build "$variant: $profile, binary touched" "$dir" "$crate" "$profile"
  done
done
done

# Medians over the rounds, and the ratios: all features against
# async-openai `full`, `chat` + `responses` against the stack alone.
python3 - "$work/walls.tsv" <<'PY'
import statistics, sys
walls = {}
for line in open(sys.argv[1]):
    label, seconds = line.rstrip("\n").split("\t")
    walls.setdefault(label, []).append(float(seconds))
clean = {k: statistics.median(v) for k, v in walls.items() if ": clean " in k}
rounds = max((len(v) for v in walls.values()), default=0)
if not clean or rounds < 2:
    sys.exit()
print("\n| clean build, median of %d rounds | wall |" % rounds)
print("| --- | --- |")
for label, seconds in clean.items():
    print("| %s | %.1f s |" % (label, seconds))
for profile in sorted({k.split(": clean ")[1] for k in clean}):
    get = lambda v: clean.get("%s: clean %s" % (v, profile))
    pairs = [("ours-all", "async-openai-full"), ("before-all", "async-openai-full"),
             ("ours-chat-responses", "stack-alone")]
    for ours, base in pairs:
        if get(ours) and get(base):
            rounds = zip(walls["%s: clean %s" % (ours, profile)], walls["%s: clean %s" % (base, profile)])
            each = ", ".join("%.2fx" % (a / b) for a, b in rounds)
            print("| %s / %s (%s) | %.2fx (rounds: %s) |" % (ours, base, profile, get(ours) / get(base), each))
PY
