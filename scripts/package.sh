#!/usr/bin/env bash
# Builds nok and its Debian 12 package, build/nok_VERSION_ARCH.deb (cmake/Packaging.cmake,
# docs/operations.md). Needs dpkg-shlibdeps (dpkg-dev, among the test packages of
# scripts/install-deps.sh) to compute the package's Depends.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
if ! command -v dpkg-shlibdeps >/dev/null; then
  echo "package.sh: dpkg-shlibdeps is missing: scripts/install-deps.sh test installs dpkg-dev" >&2
  exit 1
fi
source scripts/lib/build.sh
build_nok
cd build
cpack -G DEB
