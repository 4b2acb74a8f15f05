#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The test command of the README and of CI: installs what is missing, then builds and runs every
# test — the normal build (warnings are errors), the whole suite again under ASan + UBSan, and
# every fuzz target briefly (clang/libFuzzer).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
stage() { printf '\n=== %s (%ss) ===\n' "$1" "$(( $(date +%s) - started ))"; }

stage "Installing dependencies"
packaging/linux/install-dependencies.sh --tests

export CCACHE_DIR="${CCACHE_DIR:-$PWD/build/.ccache}"
export CMAKE_CXX_COMPILER_LAUNCHER=ccache

stage "Build and test"
cmake --workflow --preset ci

stage "Sanitizer build and test (ASan + UBSan)"
cmake --workflow --preset asan

stage "Fuzz targets (libFuzzer, clang, ${MAILSETUP_FUZZ_SECONDS:-15} s each, fixed seed)"
cmake --preset fuzz -DMAILSETUP_FUZZ_SECONDS="${MAILSETUP_FUZZ_SECONDS:-15}" >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz

stage "All tests passed"
