cmake_minimum_required(VERSION 3.25)
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tests/**/tst_*.cpp is not part of any test target.
file(READ ${LISTED} listed)
file(GLOB_RECURSE present LIST_DIRECTORIES false ${TEST_ROOT}/tst_*.cpp)
set(missing)
foreach(file IN LISTS present)
    if(NOT file IN_LIST listed)
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    string(REPLACE ";" "\n  " missing "${missing}")
    message(FATAL_ERROR "Test sources not listed in any tests/**/CMakeLists.txt:\n  ${missing}")
endif()
list(LENGTH present count)
message(STATUS "All ${count} test sources are listed")
