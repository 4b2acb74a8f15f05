# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Windows: the program with its icon, Qt's DLLs and plugins next to it (windeployqt), and an
# NSIS installer with a Start-menu entry. Included from packaging/CMakeLists.txt, so
# CMAKE_CURRENT_SOURCE_DIR is packaging/ and the CPack variables set here reach include(CPack).
# Not built by this project's CI (it runs on Debian): see packaging/README.md.

set(windows_dir ${CMAKE_CURRENT_SOURCE_DIR}/windows)

# One program, two front ends: a window started from the Start menu, and a command-line tool.
# A console-subsystem .exe would open an empty console window next to the wizard; a GUI-subsystem
# .exe cannot print to the console it was typed in. So, like Visual Studio's devenv.exe and
# devenv.com, the same main() is built twice:
#   mailsetup.exe  GUI subsystem: the Start-menu entry and double-clicks;
#   mailsetup.com  console subsystem: cmd.exe and PowerShell try .COM before .EXE (PATHEXT), so
#                  `mailsetup lookup ...` typed in a console runs this one, prints and is waited for.
set_target_properties(mailsetup PROPERTIES WIN32_EXECUTABLE ON)

qt_add_executable(mailsetup_console ${PROJECT_SOURCE_DIR}/app/main.cpp)
get_target_property(mailsetup_libraries mailsetup LINK_LIBRARIES)
target_link_libraries(mailsetup_console PRIVATE ${mailsetup_libraries})
set_target_properties(mailsetup_console PROPERTIES
    WIN32_EXECUTABLE OFF
    OUTPUT_NAME mailsetup
    SUFFIX .com
    # A folder of its own: both outputs are named "mailsetup", so their .pdb and .ilk would collide.
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/console)

# Icon and version information of both executables (Explorer, taskbar, Start menu, Properties).
# mailsetup.ico is committed: it is rendered from resources/icons/mailsetup.svg by
# packaging/render-platform-icons.sh (a test checks that it is up to date with the SVG).
set(MAILSETUP_WINDOWS_ICON ${windows_dir}/mailsetup.ico)
configure_file(${windows_dir}/mailsetup.rc.in ${CMAKE_CURRENT_BINARY_DIR}/windows/mailsetup.rc @ONLY)
target_sources(mailsetup PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/windows/mailsetup.rc)
target_sources(mailsetup_console PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/windows/mailsetup.rc)

install(TARGETS mailsetup_console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Qt's DLLs and plugins (platform, styles, image formats including SVG, TLS) into bin/, by
# windeployqt at install time, which also runs for `cpack`.
qt_generate_deploy_app_script(TARGET mailsetup FILENAME_VARIABLE mailsetup_deploy_script)
install(SCRIPT ${mailsetup_deploy_script})

# windeployqt copies only Qt: a yaml-cpp DLL (e.g. vcpkg's default x64-windows triplet) must be
# installed as well. A static yaml-cpp (x64-windows-static-md) needs nothing.
get_target_property(yamlcpp_type ${MAILSETUP_YAMLCPP_TARGET} TYPE)
if(yamlcpp_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS ${MAILSETUP_YAMLCPP_TARGET}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# The C++ runtime (MSVC: msvcp140.dll, vcruntime140*.dll) next to the program, so the installer
# works on a PC without the Visual C++ Redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# --- NSIS installer (cpack -G NSIS) -----------------------------------------------------------
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY ${MAILSETUP_APP_ID})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Start-menu entry "Mail Setup Assistant" for bin\mailsetup.exe.
set(CPACK_PACKAGE_EXECUTABLES mailsetup ${MAILSETUP_DISPLAY_NAME})
set(CPACK_NSIS_DISPLAY_NAME ${MAILSETUP_DISPLAY_NAME})
set(CPACK_NSIS_PACKAGE_NAME ${MAILSETUP_DISPLAY_NAME})
set(CPACK_NSIS_MUI_ICON ${MAILSETUP_WINDOWS_ICON})
set(CPACK_NSIS_MUI_UNIICON ${MAILSETUP_WINDOWS_ICON})
# The icon shown in "Apps & features" (four backslashes: CMake and NSIS both unescape).
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mailsetup.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
# Offers to put bin\ on PATH, so that `mailsetup lookup ...` works in any console.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
