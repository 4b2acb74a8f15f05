# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Linux desktop integration and the Debian package. Included from packaging/CMakeLists.txt, so
# CMAKE_CURRENT_SOURCE_DIR is packaging/ and the CPack variables set here reach include(CPack).
# Everything generated (metainfo, PNG icons, man page) goes to the build tree, never the source.

set(linux_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(generated_dir ${CMAKE_CURRENT_BINARY_DIR}/linux)

# --- Desktop file and AppStream metainfo ------------------------------------------------------
# Screenshots are referenced by URL (software centres download them); the PNGs live in the
# repository under packaging/screenshots/, so the URL is the repository's raw-file URL.
set(MAILSETUP_SCREENSHOT_BASE_URL "${PROJECT_HOMEPAGE_URL}/raw/main/packaging/screenshots"
    CACHE STRING "URL of the repository folder packaging/screenshots for the AppStream metainfo")
configure_file(${linux_dir}/${MAILSETUP_APP_ID}.metainfo.xml.in
    ${generated_dir}/${MAILSETUP_APP_ID}.metainfo.xml @ONLY)
configure_file(${linux_dir}/copyright.in ${generated_dir}/copyright @ONLY)

install(FILES ${linux_dir}/${MAILSETUP_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${generated_dir}/${MAILSETUP_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${generated_dir}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The reference pages `mailsetup --help` points to, readable without a network.
install(FILES ${PROJECT_SOURCE_DIR}/docs/catalog.md ${PROJECT_SOURCE_DIR}/docs/cli.md
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

# --- Icons: the SVG plus PNG renderings for desktops that want fixed sizes ---------------------
install(FILES ${MAILSETUP_ICON_SVG}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${MAILSETUP_APP_ID}.svg)

find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
add_feature_info(PngIcons RSVG_CONVERT_EXECUTABLE
    "PNG icons rendered from the SVG at build time (rsvg-convert, Debian package librsvg2-bin)")
set(packaging_outputs)
if(RSVG_CONVERT_EXECUTABLE)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
        set(png ${generated_dir}/icons/${size}x${size}/${MAILSETUP_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${generated_dir}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT_EXECUTABLE} --width=${size} --height=${size}
                --output=${png} ${MAILSETUP_ICON_SVG}
            DEPENDS ${MAILSETUP_ICON_SVG}
            COMMENT "Rendering ${size}x${size} icon"
            VERBATIM)
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        list(APPEND packaging_outputs ${png})
    endforeach()
else()
    message(WARNING "rsvg-convert not found (Debian package librsvg2-bin): "
        "the package gets only the scalable icon")
endif()

# --- Man page, generated from `mailsetup --help` so it cannot drift from the program ----------
find_program(HELP2MAN_EXECUTABLE help2man)
add_feature_info(ManPage HELP2MAN_EXECUTABLE
    "mailsetup.1 generated from --help at build time (help2man)")
if(HELP2MAN_EXECUTABLE)
    set(man_page ${generated_dir}/man/mailsetup.1)
    add_custom_command(OUTPUT ${man_page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${generated_dir}/man
        COMMAND ${CMAKE_COMMAND} -E env MAILSETUP_BINARY=$<TARGET_FILE:mailsetup>
            ${HELP2MAN_EXECUTABLE} --no-info --section=1
                "--name=find, explain and export e-mail server settings"
                --output=${man_page} ${linux_dir}/help2man-adapter.sh
        # Debian installs man pages compressed; -n keeps the time stamp out (reproducible).
        COMMAND gzip -9nf ${man_page}
        DEPENDS mailsetup ${linux_dir}/help2man-adapter.sh
        COMMENT "Generating man page mailsetup.1 from mailsetup --help"
        VERBATIM)
    install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    list(APPEND packaging_outputs ${man_page}.gz)
else()
    message(WARNING "help2man not found: the package gets no man page")
endif()

add_custom_target(mailsetup_packaging_files ALL DEPENDS ${packaging_outputs})

# --- Debian package (cpack -G DEB) ------------------------------------------------------------
# The installed program uses only system libraries: no $ORIGIN run path (qt_standard_project_setup
# adds one for projects that install their own shared libraries).
set_target_properties(mailsetup PROPERTIES INSTALL_RPATH "")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_NAME mailsetup)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(MAILSETUP_PACKAGE_MAINTAINER "${MAILSETUP_VENDOR} <mailsetup@example.org>"
    CACHE STRING "Maintainer field of the Debian package: Name <e-mail>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${MAILSETUP_PACKAGE_MAINTAINER})
# Library dependencies are computed by dpkg-shlibdeps (package dpkg-dev) from the binary.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them:
#  - the SVG image and icon-engine plugins draw the program's SVG icons (Debian 12 and
#    Ubuntu 24.04 ship them in libqt6svg6; Debian 13 split them into qt6-svg-plugins).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-svg-plugins | libqt6svg6")
#  - Qt's own German texts (the wizard's Back/Next/Cancel buttons) come from qtbase_de.qm;
#    without it the program still works, with those buttons in English.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
