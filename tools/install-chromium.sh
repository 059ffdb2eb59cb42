#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the explorer's browser test
# (explorer/browser_test.go), once: it does nothing when a chromium is already on the PATH.
# Needs root (or sudo) and Debian's package archive; tools/test.sh calls it.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get here; install Chromium yourself and put it on the PATH (the browser test looks for chromium, or DEFAAS_CHROMIUM)" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-chromium: run as root, or install the chromium package yourself" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "== installing Debian's chromium for the explorer's browser test"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
chromium --version
