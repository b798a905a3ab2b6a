#!/usr/bin/env bash
# Makes sure Debian's nginx is installed for the nginx smoke suite (tests/nginx), which serves
# dist/ with deploy/nginx.conf on 127.0.0.1. Only Debian's package, through apt-get; fails
# loudly on any error. The suite runs nginx itself as a child process (no service is started).
set -euo pipefail
source "$(dirname "$0")/../support/apt-install.sh"

if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  echo "ensure-nginx: $(/usr/sbin/nginx -v 2>&1)"
  exit 0
fi

# The package may try to start its service; that is not needed (the suite starts its own
# nginx), so a refused start is fine, but a failed install is not.
apt_install ensure-nginx nginx
if [ ! -x /usr/sbin/nginx ]; then
  echo "ensure-nginx: apt-get finished but /usr/sbin/nginx is still missing" >&2
  exit 1
fi
echo "ensure-nginx: installed $(/usr/sbin/nginx -v 2>&1)"
