# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.24)
# Proves that check_layering.cmake catches what it is for: each wrong include below, alone in
# a small tree, must make it fail; the same tree without it must pass.
#   cmake -DCHECK=…/check_layering.cmake -DWORK_DIR=… -P check_layering_selftest.cmake
set(cases
    "rooms/x.cpp|#include \"sandbox/zoomsandbox.h\""
    "zoom/x.h|#include \"backend/eventservice.h\""
    "events/x.cpp|#include \"cli/command.h\""
    "groups/x.cpp|#include \"demo/demogroups.h\""
    "backend/x.cpp|#include <QWidget>"
    "backend/x.cpp|#include \"cli/cliapplication.h\""
    "backend/x.cpp|#include \"sandbox/zoomsandbox.h\""
    "sandbox/x.cpp|#include \"backend/eventservice.h\""
    "storage/x.cpp|#include <QtWidgets/QLabel>")
function(run_check tree expect_failure label)
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${tree} -P ${CHECK}
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(expect_failure AND rc EQUAL 0)
        message(FATAL_ERROR "check_layering.cmake let this through: ${label}")
    elseif(NOT expect_failure AND NOT rc EQUAL 0)
        message(FATAL_ERROR "check_layering.cmake refused a correct tree: ${label}")
    endif()
endfunction()
set(index 0)
foreach(case IN LISTS cases)
    math(EXPR index "${index} + 1")
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts 0 path)
    list(GET parts 1 line)
    set(tree "${WORK_DIR}/layering-${index}")
    file(REMOVE_RECURSE "${tree}")
    # Includes that are fine in every layer, so the tree is never empty.
    file(WRITE "${tree}/core/rooms/ok.cpp" "#include \"storage/database.h\"\n#include <QString>\n")
    file(WRITE "${tree}/core/backend/ok.cpp" "#include \"rooms/allocator.h\"\n")
    file(WRITE "${tree}/core/cli/ok.cpp" "#include \"backend/eventservice.h\"\n#include \"sandbox/zoomsandbox.h\"\n")
    file(WRITE "${tree}/core/demo/ok.cpp" "#include \"sandbox/zoomsandbox.h\"\n")
    run_check("${tree}" FALSE "a correct tree (case ${index})")
    file(WRITE "${tree}/core/${path}" "${line}\n")
    run_check("${tree}" TRUE "core/${path}: ${line}")
    file(REMOVE_RECURSE "${tree}")
endforeach()
message(STATUS "check_layering.cmake refused all ${index} wrong includes")
