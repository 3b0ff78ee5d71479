#!/usr/bin/env bash
# Makes sure a Chromium and a CJK font are present for the Playwright tests.
# Debian's chromium via apt-get when running as root; otherwise Playwright's own installer.
set -euo pipefail

has_cjk_font() { fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; }

if [ -x /usr/bin/chromium ] && has_cjk_font; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "kechan: installing Debian's chromium and fonts-noto-cjk for the browser tests (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  echo "kechan: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1) installed."
  exit 0
fi

if [ -x /usr/bin/chromium ]; then
  echo "kechan: no CJK font found (install fonts-noto-cjk); Chinese text in screenshots may show as boxes." >&2
  exit 0
fi

echo "kechan: no /usr/bin/chromium and not root; trying Playwright's installer (needs network access to its CDN)…" >&2
if ! npx playwright install chromium; then
  echo "kechan: could not provide a Chromium. Install Debian's 'chromium' package (or set up Playwright's browsers) and re-run." >&2
  exit 1
fi
