// SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// Every fuzz target defines this libFuzzer entry point. With clang and MAILSETUP_FUZZING it is
// driven by libFuzzer; in every other build FuzzReplayMain.cpp replays the seed corpus and the
// kept crash inputs through it, so past findings stay fixed in the normal test run too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/// Aborts with a message when a property a fuzz target checks does not hold.
#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            mailsetup_fuzz_fail(#condition, __FILE__, __LINE__);                                   \
    } while (false)

[[noreturn]] void mailsetup_fuzz_fail(const char *condition, const char *file, int line);
