#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the e2e suite.
# Never downloads a browser build of its own (no `npx playwright install`):
# only Debian's package, through apt-get. Fails loudly on any error.
set -euo pipefail
source "$(dirname "$0")/../support/apt-install.sh"

CHROMIUM=/usr/bin/chromium

# DejaVu Sans carries the Arabic and Cyrillic glyphs the ar and mk screens need.
FONTS=fonts-dejavu-core

if [ -x "$CHROMIUM" ] && dpkg -s "$FONTS" >/dev/null 2>&1; then
  echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null | tail -n 1) at $CHROMIUM"
  exit 0
fi

apt_install ensure-chromium chromium "$FONTS"

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null | tail -n 1)"
