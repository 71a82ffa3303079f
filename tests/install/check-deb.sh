#!/usr/bin/env bash
# Builds the Debian package with CPack into a temporary folder and checks it without installing
# it: its Depends (Qt 6 runtime packages and a CJK font), its contents, and that the packaged
# binary runs (--version, --export-png) when unpacked.
# Usage: tests/install/check-deb.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"

build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/turnpoint-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/setup installs it)"
done

(cd "$build" && cpack -G DEB -B "$tmp/out") >"$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB"; }
debs=("$tmp"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "cpack made no single .deb: ${debs[*]}"; fi
deb=${debs[0]}
echo "ok: built $(basename "$deb")"
dpkg-deb -x "$deb" "$tmp/root"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Package names as a list, without versions and alternatives' bars.
names=" $(echo "$depends" | sed 's/([^)]*)//g; s/[,|]/ /g' | tr -s ' ') "
requires() { # PACKAGE WHY
    case $names in
    *" $1 "*) echo "ok: Depends has $1 ($2)" ;;
    *) fail "Depends lacks $1 ($2)" ;;
    esac
}
# What any build of the program needs, and the font for Chinese text.
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6; do
    requires "$p" "Qt runtime"
done
requires fonts-noto-cjk "CJK font"
requires qt6-translations-l10n "Qt's own translations, for the standard dialogs"
# Every Qt library the binary links (libqt6network6 once it downloads), by the package that
# ships it here.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
libdir=/usr/lib/$multiarch
for lib in $(readelf -d "$tmp/root/usr/bin/turnpoint" | sed -n 's/.*NEEDED.*\[\(libQt6[^]]*\)\]/\1/p'); do
    requires "$(dpkg -S "$libdir/$lib" | cut -d: -f1)" "$lib"
done
# The offscreen platform plugin, which the batch modes need without a display.
requires "$(dpkg -S "$libdir/qt6/plugins/platforms/libqoffscreen.so" | cut -d: -f1)" \
    "libqoffscreen.so"

dpkg-deb -c "$deb" | awk '{print $NF}' >"$tmp/contents"
for f in ./usr/bin/turnpoint \
    ./usr/share/applications/turnpoint.desktop \
    ./usr/share/icons/hicolor/scalable/apps/turnpoint.svg \
    ./usr/share/metainfo/turnpoint.metainfo.xml; do
    grep -qxF "$f" "$tmp/contents" || { cat "$tmp/contents" >&2; fail "package lacks $f"; }
done
echo "ok: package holds bin/turnpoint, the desktop file, the icon and the metainfo"

check_binary "$tmp/root/usr/bin/turnpoint" "$(dpkg-deb -f "$deb" Version)"
echo "check-deb: all checks passed"
