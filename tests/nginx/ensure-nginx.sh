#!/usr/bin/env bash
# Makes sure Debian's nginx and its Brotli module (libnginx-mod-http-brotli-static, which
# deploy/nginx.conf loads) are installed for the nginx smoke suite (tests/nginx), which serves
# dist/ with deploy/nginx.conf on 127.0.0.1, and openssl for its test certificate. Only Debian's
# packages, through apt-get; fails loudly on any error. The suite runs nginx itself as a child
# process (no service is started).
set -euo pipefail
source "$(dirname "$0")/../support/apt-install.sh"

BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
missing=()
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f "$BROTLI_MODULE" ] || missing+=(libnginx-mod-http-brotli-static)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)

if [ ${#missing[@]} -gt 0 ]; then
  # The package may try to start its service; that is not needed (the suite starts its own
  # nginx), so a refused start is fine, but a failed install is not.
  apt_install ensure-nginx "${missing[@]}"
fi
if [ ! -x /usr/sbin/nginx ] || [ ! -f "$BROTLI_MODULE" ]; then
  echo "ensure-nginx: apt-get finished but /usr/sbin/nginx or $BROTLI_MODULE is still missing" >&2
  exit 1
fi
echo "ensure-nginx: $(/usr/sbin/nginx -v 2>&1), with $BROTLI_MODULE"
