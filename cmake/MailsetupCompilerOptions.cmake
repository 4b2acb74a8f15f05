# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One INTERFACE target carries every warning and strictness flag, so each target opts in by
# linking it instead of relying on directory-scope settings.

add_library(mailsetup_compiler_options INTERFACE)
target_compile_options(mailsetup_compiler_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${MAILSETUP_WARNINGS_AS_ERRORS}>>:-Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)
target_compile_definitions(mailsetup_compiler_options INTERFACE
    # Product code must say which encoding a string has; tests may use plain literals.
    $<IF:$<BOOL:$<TARGET_PROPERTY:MAILSETUP_TEST>>,QT_RESTRICTED_CAST_FROM_ASCII,QT_NO_CAST_FROM_ASCII>
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

if(MAILSETUP_SANITIZERS)
    target_compile_options(mailsetup_compiler_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(mailsetup_compiler_options INTERFACE -fsanitize=address,undefined)
endif()

if(MAILSETUP_FUZZING)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "MAILSETUP_FUZZING needs clang (libFuzzer); use the 'fuzz' preset")
    endif()
    # Coverage instrumentation everywhere; only the fuzz targets link libFuzzer's main().
    target_compile_options(mailsetup_compiler_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(mailsetup_compiler_options INTERFACE -fsanitize=address,undefined)
endif()
