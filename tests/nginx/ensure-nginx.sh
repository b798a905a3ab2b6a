#!/usr/bin/env bash
# Makes sure Debian's nginx is installed for the nginx smoke suite (tests/nginx), which serves
# dist/ with deploy/nginx.conf on 127.0.0.1. Only Debian's package, through apt-get; fails
# loudly on any error. The suite runs nginx itself as a child process (no service is started).
set -euo pipefail

if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  echo "ensure-nginx: $(/usr/sbin/nginx -v 2>&1)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-nginx: nginx is missing and we are not root (no sudo) to apt-get install nginx" >&2
    exit 1
  fi
fi

echo "ensure-nginx: installing Debian's nginx with apt-get"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update; then
  echo "ensure-nginx: apt-get update failed" >&2
  exit 1
fi
# The package may try to start its service; that is not needed (the suite starts its own
# nginx), so a refused start is fine, but a failed install is not.
if ! $SUDO apt-get install -y --no-install-recommends nginx; then
  echo "ensure-nginx: apt-get install nginx failed" >&2
  exit 1
fi
if [ ! -x /usr/sbin/nginx ]; then
  echo "ensure-nginx: apt-get finished but /usr/sbin/nginx is still missing" >&2
  exit 1
fi
echo "ensure-nginx: installed $(/usr/sbin/nginx -v 2>&1)"
