#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a browser download). Installs it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "test: Chromium is installed at /usr/bin/chromium"
  exit 0
fi
echo "test: /usr/bin/chromium is missing; installing Debian's chromium (apt-get install -y chromium)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "test: Chromium installed"
