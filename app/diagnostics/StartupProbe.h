// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mailsetup {

/// Measures start-up for the benchmark (tests/bench): when MAILSETUP_BENCH_T0_NS is set (the
/// driver's CLOCK_MONOTONIC time just before it started the process), the first painted widget
/// prints "first-paint-ns <elapsed>" on stdout and the application quits. Does nothing otherwise.
/// Uses only QtCore (QEvent::Paint is a QtCore event type), so the core may host it and the
/// baseline programs share it.
void installStartupProbe();

} // namespace mailsetup
