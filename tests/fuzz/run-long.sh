#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Long fuzzing campaign: runs every fuzz target for SECONDS (default 3600) with a random seed,
# in the 'fuzz' preset build. Findings land in build/fuzz/tests/fuzz/work/<target>/artifacts/.
# Usage: tests/fuzz/run-long.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-3600}
shift || true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
targets=("$@")
if [ "${#targets[@]}" = 0 ]; then
    mapfile -t targets < <(cd build/fuzz/bin && ls fuzz_* | sed 's/^fuzz_//')
fi
status=0
for target in "${targets[@]}"; do
    work=build/fuzz/tests/fuzz/work/$target
    mkdir -p "$work/corpus" "$work/artifacts"
    echo "=== fuzz_$target for ${seconds}s ==="
    if ! build/fuzz/bin/fuzz_"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
        "$work/corpus" "tests/fuzz/corpus/$target" "tests/fuzz/regressions/$target"; then
        echo "!!! fuzz_$target found a problem: see $work/artifacts/"
        status=1
    fi
done
exit $status
