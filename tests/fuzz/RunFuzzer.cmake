# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one libFuzzer target for SECONDS with a fixed seed. New corpus entries go to WORK_DIR (never
# into the source tree); a finding is written to WORK_DIR/artifacts and fails the test.
cmake_minimum_required(VERSION 3.25)
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${WORK_DIR}/artifacts)
execute_process(
    COMMAND ${FUZZER} -seed=1 -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
        -max_len=65536 -print_final_stats=1 -artifact_prefix=${WORK_DIR}/artifacts/
        ${WORK_DIR}/corpus ${SEEDS} ${REGRESSIONS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB findings ${WORK_DIR}/artifacts/*)
    message(FATAL_ERROR "The fuzzer found a problem (exit ${result}). Inputs: ${findings}\n"
        "Fix it, then add the input to tests/fuzz/regressions/ so it is replayed by every test run.")
endif()
