#!/usr/bin/env bash
# Installs the C toolchain for WebAssembly that the C example function needs
# (examples/functions/mandelbrot): Debian's clang, lld, wasi-libc and the
# compiler-rt builtins for wasm32. Idempotent: when a test program already
# builds for wasm32-wasi it does nothing, quickly.
set -euo pipefail

probe() {
  local dir
  dir=$(mktemp -d)
  printf '#include <stdio.h>\nint main(void){printf("ok\\n");return 0;}\n' > "$dir/probe.c"
  clang --target=wasm32-wasi -O2 -o "$dir/probe.wasm" "$dir/probe.c" >/dev/null 2>&1
  local rc=$?
  rm -rf "$dir"
  return $rc
}

if command -v clang >/dev/null 2>&1 && probe; then
  exit 0
fi

packages=(clang lld wasi-libc libclang-rt-dev-wasm32)
sudo=()
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "c-toolchain: need root to install ${packages[*]}; run as root or install them yourself" >&2
    exit 1
  fi
  sudo=(sudo)
fi
echo "== installing the C toolchain for wasm32-wasi: ${packages[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
if ! probe; then
  echo "c-toolchain: clang still cannot build for wasm32-wasi after installing ${packages[*]}" >&2
  exit 1
fi
