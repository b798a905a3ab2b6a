#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the e2e suite.
# Never downloads a browser build of its own (no `npx playwright install`):
# only Debian's package, through apt-get. Fails loudly on any error.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

# DejaVu Sans carries the Arabic and Cyrillic glyphs the ar and mk screens need.
FONTS=fonts-dejavu-core

if [ -x "$CHROMIUM" ] && dpkg -s "$FONTS" >/dev/null 2>&1; then
  echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null | tail -n 1) at $CHROMIUM"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-chromium: $CHROMIUM is missing and we are not root (no sudo) to apt-get install chromium" >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing Debian's chromium and $FONTS with apt-get"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update; then
  echo "ensure-chromium: apt-get update failed" >&2
  exit 1
fi
if ! $SUDO apt-get install -y chromium "$FONTS"; then
  echo "ensure-chromium: apt-get install chromium $FONTS failed" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null | tail -n 1)"
