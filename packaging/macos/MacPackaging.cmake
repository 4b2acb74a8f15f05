# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# macOS: mailsetup.app with Info.plist and icon, Qt's frameworks and plugins inside the bundle
# (macdeployqt), and a disk image to drag it to Applications. Included from
# packaging/CMakeLists.txt, so CMAKE_CURRENT_SOURCE_DIR is packaging/ and the CPack variables set
# here reach include(CPack). Not built by this project's CI (it runs on Debian): see
# packaging/README.md.

set(macos_dir ${CMAKE_CURRENT_SOURCE_DIR}/macos)

# mailsetup.icns is committed: it is rendered from resources/icons/mailsetup.svg by
# packaging/render-platform-icons.sh (a test checks that it is up to date with the SVG).
set(mailsetup_icns ${macos_dir}/mailsetup.icns)
target_sources(mailsetup PRIVATE ${mailsetup_icns})
# Source file properties belong to a directory: set it where the target was created (app/).
set_source_files_properties(${mailsetup_icns} TARGET_DIRECTORY mailsetup
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(mailsetup PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MAILSETUP_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME ${MAILSETUP_DISPLAY_NAME}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE mailsetup.icns
    MACOSX_BUNDLE_COPYRIGHT "© 2026 ${MAILSETUP_VENDOR}, GPL-3.0-or-later")

# macdeployqt deploys the SVG image and icon plugins only for programs that link QtSvg, and this
# one only loads them (for its SVG icons). So they are copied into the bundle first and passed to
# the deploy tool as extra binaries: it then deploys QtSvg.framework and fixes their load paths.
# Otherwise this is what qt_generate_deploy_app_script() writes for an app bundle, plus signing.
# Qt's own installs load the plugin targets with Qt6Gui; load them directly where that did not.
foreach(plugin IN ITEMS QSvgPlugin QSvgIconPlugin)
    if(NOT TARGET Qt6::${plugin})
        find_package(Qt6${plugin} CONFIG QUIET PATHS ${Qt6Gui_DIR} NO_DEFAULT_PATH)
    endif()
endforeach()
if(NOT TARGET Qt6::QSvgPlugin OR NOT TARGET Qt6::QSvgIconPlugin)
    message(FATAL_ERROR "The Qt SVG module is missing (its plugins draw the program's SVG icons): "
        "add it to the Qt installation (Qt Maintenance Tool, or `brew install qt`)")
endif()
set(bundle_plugins_dir "mailsetup.app/Contents/PlugIns")
install(FILES $<TARGET_FILE:Qt6::QSvgPlugin> DESTINATION ${bundle_plugins_dir}/imageformats)
install(FILES $<TARGET_FILE:Qt6::QSvgIconPlugin> DESTINATION ${bundle_plugins_dir}/iconengines)
set(mailsetup_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/macos/deploy-mailsetup.cmake)
file(GENERATE OUTPUT ${mailsetup_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"mailsetup.app\"
    ADDITIONAL_LIBRARIES
        \"${bundle_plugins_dir}/imageformats/$<TARGET_FILE_NAME:Qt6::QSvgPlugin>\"
        \"${bundle_plugins_dir}/iconengines/$<TARGET_FILE_NAME:Qt6::QSvgIconPlugin>\"
)
# The deploy tool rewrote load paths, which breaks the linker's ad-hoc signatures; Apple silicon
# refuses to start unsigned code. Sign ad hoc again (a release needs a Developer ID instead).
execute_process(COMMAND codesign --force --deep --sign - \"\${QT_DEPLOY_PREFIX}/mailsetup.app\"
    COMMAND_ERROR_IS_FATAL ANY)
")
install(SCRIPT ${mailsetup_deploy_script})

# --- Disk image (cpack -G DragNDrop) ----------------------------------------------------------
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME ${MAILSETUP_DISPLAY_NAME})
set(CPACK_PACKAGE_ICON ${mailsetup_icns})
