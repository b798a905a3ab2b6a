# Sourced by tests/e2e/ensure-chromium.sh and tests/nginx/ensure-nginx.sh.
# apt_install NAME PACKAGE... installs Debian packages with apt-get (with sudo when not root)
# and exits loudly, prefixed with NAME, on any failure. Never downloads anything else.
apt_install() {
  local name="$1"
  shift
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "$name: $* missing and we are not root (no sudo) to apt-get install it" >&2
      exit 1
    fi
  fi
  echo "$name: installing Debian's $* with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  if ! $sudo apt-get update; then
    echo "$name: apt-get update failed" >&2
    exit 1
  fi
  if ! $sudo apt-get install -y --no-install-recommends "$@"; then
    echo "$name: apt-get install $* failed" >&2
    exit 1
  fi
}
