# SPDX-License-Identifier: GPL-3.0-or-later
# qmllint over the review's QML: any warning (or info it prints) fails, so the QML stays clean.
file(GLOB files ${QML_DIR}/*.qml)
execute_process(COMMAND ${QMLLINT} ${files} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "qmllint found problems (exit ${rc}):\n${out}${err}")
endif()
list(LENGTH files n)
message(STATUS "qmllint: ${n} files, no warnings")
