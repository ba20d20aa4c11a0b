#!/usr/bin/env bash
# Install Debian's chromium and postgresql when missing. Tests that need them
# skip with a message when they cannot be installed (no root, no apt).
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "note: cannot install ${need[*]} (not root); the tests that need them will skip" >&2; exit 0; fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "note: no apt-get; install ${need[*]} yourself; the tests that need them will skip" >&2; exit 0
fi
echo "installing ${need[*]} (Debian packages)..." >&2
$SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null \
  || echo "note: installing ${need[*]} failed; the tests that need them will skip" >&2
exit 0
