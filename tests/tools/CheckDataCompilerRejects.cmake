# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A schema mistake in bundled data must fail the build with FILE:LINE:COLUMN: run the data
# compiler the build uses on a broken catalog and expect a failure that names every position.
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${COMPILER} catalog ${INPUT} ${OUTPUT}
    RESULT_VARIABLE result ERROR_VARIABLE errors OUTPUT_QUIET)
if(result EQUAL 0)
    message(FATAL_ERROR "the data compiler accepted ${INPUT}")
endif()
if(EXISTS ${OUTPUT})
    message(FATAL_ERROR "the data compiler wrote ${OUTPUT} despite errors")
endif()
foreach(position IN LISTS POSITIONS)
    string(FIND "${errors}" "${INPUT}:${position}: error: " found)
    if(found EQUAL -1)
        message(FATAL_ERROR "expected an error at ${INPUT}:${position}, got:\n${errors}")
    endif()
endforeach()
message(STATUS "rejected with:\n${errors}")
