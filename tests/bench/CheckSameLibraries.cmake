# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails unless every program in PROGRAMS ('|'-separated) loads the same shared libraries at start
# (the full set the dynamic loader resolves, as ldd lists it).
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" programs "${PROGRAMS}")
set(reference "")
foreach(program IN LISTS programs)
    execute_process(COMMAND ${LDD} ${program} OUTPUT_VARIABLE listing COMMAND_ERROR_IS_FATAL ANY)
    string(REGEX MATCHALL "[^ \t\n]+\\.so[^ \t\n]*" libraries "${listing}")
    list(FILTER libraries EXCLUDE REGEX "^/") # keep names; paths appear after "=>"
    list(REMOVE_DUPLICATES libraries)
    list(SORT libraries)
    if(reference STREQUAL "")
        set(reference "${libraries}")
        set(reference_program ${program})
    elseif(NOT libraries STREQUAL reference)
        message(FATAL_ERROR "${program} loads other libraries than ${reference_program}:\n${libraries}\nvs\n${reference}")
    endif()
endforeach()
list(LENGTH reference count)
message(STATUS "all programs load the same ${count} shared libraries")
