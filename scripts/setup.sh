#!/usr/bin/env bash
# Idempotent setup: npm dependencies, then a WebGPU adapter. On a machine without a GPU, Dawn needs
# Mesa's software Vulkan driver (lavapipe) at version 24 or newer, which Debian 12 ships only in
# bookworm-backports.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi

mesa_ok() {
  # Mesa's lavapipe ICD plus a Mesa >= 24 (Dawn rejects older drivers).
  local v
  v=$(dpkg-query -W -f='${Version}' mesa-vulkan-drivers 2>/dev/null || true)
  [ -n "$v" ] && dpkg --compare-versions "$v" ge 24
}

if [ "${ADVC_SKIP_MESA:-}" != "1" ] && command -v dpkg-query >/dev/null && ! mesa_ok; then
  cmds=$(cat <<'CMDS'
. /etc/os-release
echo "deb http://deb.debian.org/debian ${VERSION_CODENAME}-backports main" > /etc/apt/sources.list.d/advc-backports.list
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t ${VERSION_CODENAME}-backports mesa-vulkan-drivers libvulkan1
CMDS
)
  if [ "$(id -u)" = "0" ]; then
    echo "setup: installing Mesa's software Vulkan driver (lavapipe) from backports" >&2
    bash -c "$cmds"
  else
    echo "setup: no Mesa >= 24 found; as root run:" >&2
    echo "$cmds" >&2
  fi
fi

# A C compiler: the CPU backend builds each estimator's kernels as native code (else it runs them as
# JavaScript, several times slower).
if [ "${ADVC_SKIP_CC:-}" != "1" ] && ! command -v "${CC:-cc}" >/dev/null && command -v apt-get >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    echo "setup: installing a C compiler (gcc) for the CPU backend's native kernels" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc libc6-dev
  else
    echo "setup: no C compiler found; as root run: apt-get install -y gcc libc6-dev" >&2
  fi
fi

# Python: the advc package (python/advc) and its tests use Debian's python3 with numpy; torch for the
# interop tests and the in-process benchmark. No PyPI: Debian's packages only.
py_ok() { /usr/bin/python3 -c 'import numpy, torch' >/dev/null 2>&1; }
if [ "${ADVC_SKIP_PYTHON:-}" != "1" ] && command -v apt-get >/dev/null && ! py_ok; then
  if [ "$(id -u)" = "0" ]; then
    echo "setup: installing python3, python3-numpy and python3-torch for the Python package" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-numpy python3-torch
  else
    echo "setup: Python's numpy/torch not found; as root run: apt-get install -y python3 python3-numpy python3-torch" >&2
  fi
fi

npx tsc -p tsconfig.json
node dist/cli/main.js doctor
