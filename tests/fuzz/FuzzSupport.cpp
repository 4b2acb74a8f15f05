// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTarget.h"

#include <cstdio>
#include <cstdlib>

void mailsetup_fuzz_fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz property failed: %s\n", file, line, condition);
    std::abort();
}
