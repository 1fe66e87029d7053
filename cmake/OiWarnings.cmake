# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings for our own targets only (third-party headers come in as SYSTEM includes).
function(oi_set_warnings target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor>
        $<$<CXX_COMPILER_ID:MSVC>:/W4>)
    if(OI_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE
            $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Werror>
            $<$<CXX_COMPILER_ID:MSVC>:/WX>)
    endif()
endfunction()

# Qt hygiene for every Qt-using target: no implicit ASCII casts, no deprecated API.
function(oi_qt_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()
