# Installation and packaging. Every install() rule of the project lives here, so
# `cmake --install BUILD --prefix PREFIX` gives a complete, working tree:
#   PREFIX/bin/turnpoint
#   PREFIX/share/applications/turnpoint.desktop
#   PREFIX/share/icons/hicolor/scalable/apps/turnpoint.svg
#   PREFIX/share/metainfo/turnpoint.metainfo.xml
# The application id is "turnpoint" everywhere: desktop file name, Icon=, AppStream <id> and
# QGuiApplication::desktopFileName() in app/main.cpp.
#
# `cpack -G DEB` (scripts/package) builds a Debian package of the same tree under /usr.

include(GNUInstallDirs)

set(TURNPOINT_APP_ID "turnpoint")
set(_tp_res "${PROJECT_SOURCE_DIR}/resources")

install(TARGETS turnpoint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${_tp_res}/turnpoint.desktop"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${_tp_res}/turnpoint.svg"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES "${_tp_res}/turnpoint.metainfo.xml"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# ---- CPack: Debian package -------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "turnpoint")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Turnpoint developers")
set(CPACK_PACKAGE_CONTACT "The Turnpoint developers <turnpoint@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "timeline viewer for turning-point reports")
# Debian wants the long description in lines of under 80 characters; CPack keeps the newlines.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Turnpoint reads turning-point reports: Markdown-like files that list, for one"
    "region and sector, the months in which policy or events changed course, each"
    "with a confidence score, and shows them on a timeline chart. It can also export"
    "the chart as PNG, SVG or PDF and the reports as JSON or CSV from the command"
    "line. The user interface is in English and Simplified Chinese.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES TRUE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # turnpoint_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps (from dpkg-dev) turns the libraries the binary links into package names with
# versions: libqt6core6, libqt6gui6, libqt6widgets6, libqt6charts6, libqt6network6, libqt6svg6 (SVG
# export), libqt6printsupport6 (PDF export and printing), libc6, ... (the linker drops unused
# libraries, so only what the binary really uses).
# On Debian 12 the offscreen and xcb platform plugins ship in libqt6gui6 itself (not in
# qt6-qpa-plugins, which only has vnc and tuio), so the shlibs dependency covers them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Reports and the Chinese UI need a CJK font; Qt does not link one. qt6-translations-l10n holds
# Qt's own Chinese strings (qtbase_zh_CN.qm): without it the standard dialogs (open, save, print,
# message box buttons) stay English in the Chinese UI, so it is a dependency, not a suggestion.
# (libqt6svg6, for the SVG icon engine, comes through shlibdeps: the SVG export links it.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, qt6-translations-l10n")

include(CPack)
