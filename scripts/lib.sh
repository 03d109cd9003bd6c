# Shared set-up for the scripts in this folder: each `ensure_*` installs one missing tool
# and is quick when the tool is already there. Only the package registries are used
# (crates.io, npm, Debian); nothing is downloaded from anywhere else.
# Sourced, not run.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# cargo-installed tools, then npm's binaryen (the only wasm-opt that reads today's rustc
# output; see README) ahead of any other wasm-opt.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"

WASM_PACK_VERSION=0.15.1

log() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version in Cargo.lock; wasm-bindgen-cli must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

ensure_rust_target() {
  command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup first"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      log "Adding the $component component"
      rustup component add "$component"
    fi
  done
}

ensure_wasm_pack() {
  if ! wasm-pack --version 2>/dev/null | grep -q " $WASM_PACK_VERSION\$"; then
    log "Installing wasm-pack $WASM_PACK_VERSION (a few minutes, once)"
    cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local v; v="$(wasm_bindgen_version)"
  [ -n "$v" ] || die "no wasm-bindgen in Cargo.lock"
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $v"; then
    log "Installing wasm-bindgen-cli $v (a few minutes, once)"
    # Without --locked: its own lock file pins a crate version the registry may lack.
    cargo install wasm-bindgen-cli --version "=$v"
  fi
}

ensure_node_modules() {
  command -v npm >/dev/null || die "npm is missing: install Node.js 20 or newer"
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Installing the pinned npm tools (npm ci)"
    npm ci --no-audit --no-fund
  fi
  wasm-opt --version | grep -q "version 132" || die "wasm-opt from npm's binaryen 132 is not first on PATH"
}

# Chromium, ChromeDriver and poppler-utils (pdfinfo/pdftotext) from Debian.
ensure_browser() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v pdfinfo >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian"
    as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}"
  fi
}

# Everything a release build needs.
ensure_build_tools() {
  ensure_rust_target
  ensure_node_modules
  ensure_wasm_pack
  ensure_wasm_bindgen
}
