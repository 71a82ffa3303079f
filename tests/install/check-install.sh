#!/usr/bin/env bash
# Installs a built tree into a temporary prefix with `cmake --install` and runs the installed
# program as a user would: no display and no QT_QPA_PLATFORM. Also validates the desktop file and
# the AppStream metadata when desktop-file-validate and appstreamcli are installed.
# Usage: tests/install/check-install.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"

build=$(cd "${1:?usage: check-install.sh BUILD_DIR}" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/turnpoint-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
id=turnpoint

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 \
    || { cat "$tmp/install.log" >&2; fail "cmake --install $build --prefix $prefix"; }

for f in bin/turnpoint \
    "share/applications/$id.desktop" \
    "share/icons/hicolor/scalable/apps/$id.svg" \
    "share/metainfo/$id.metainfo.xml"; do
    [ -f "$prefix/$f" ] || fail "cmake --install did not install $f"
done
[ -x "$prefix/bin/turnpoint" ] || fail "bin/turnpoint is not executable"
echo "ok: installed $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"

# The installed binary must not find anything through the build tree: only relocatable
# $ORIGIN entries (qt_standard_project_setup adds $ORIGIN:$ORIGIN/../lib) may stay.
if command -v readelf >/dev/null; then
    rpath=$(readelf -d "$prefix/bin/turnpoint" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')
    IFS=: read -r -a entries <<<"$rpath"
    for e in "${entries[@]}"; do
        # shellcheck disable=SC2016 # a literal $ORIGIN
        case $e in
        '$ORIGIN' | '$ORIGIN/'*) ;;
        *) fail "installed binary keeps the RPATH entry $e" ;;
        esac
    done
fi

check_binary "$prefix/bin/turnpoint" "$(project_version "$build")"

# The desktop file starts what is installed, with the icon that is installed.
desktop=$prefix/share/applications/$id.desktop
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$prefix/bin/$exec_bin" ] || fail "Exec=$exec_bin is not an installed program"
[ -f "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon is not installed"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    echo "ok: desktop-file-validate"
else
    echo "skip: desktop-file-validate not installed (Debian package desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    # The id is the plain "turnpoint" that the desktop file and the program use, not a
    # reverse-DNS name; AppStream only recommends the latter.
    appstreamcli validate-tree --no-net --override=cid-desktopapp-is-not-rdns=info "$prefix" \
        || fail "appstreamcli validate-tree $prefix"
    echo "ok: appstreamcli validate-tree"
else
    echo "skip: appstreamcli not installed (Debian package appstream)"
fi
echo "check-install: all checks passed"
