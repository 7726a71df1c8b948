# What scripts/setup.sh and scripts/fuzz.sh both install, sourced by each (after `log` is
# defined): Debian packages, and Rust through rustup. Each step is skipped when what it
# installs is already there.

# Installs the Debian packages named (root, or sudo), in one apt-get run; none: nothing.
apt_install() {
  (($#)) || return 0
  log "apt-get install $*"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# Puts cargo and rustup on PATH, installing Rust through rustup when neither is there.
ensure_rust() {
  command -v cargo >/dev/null 2>&1 && command -v rustup >/dev/null 2>&1 && return 0
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
    return 0
  fi
  command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates
  log "installing Rust through rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  export PATH="$HOME/.cargo/bin:$PATH"
}
