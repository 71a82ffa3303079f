#!/usr/bin/env bash
# The guard must fail, naming the package, when scripts/setup's list lacks a package the build or
# the tests need: each case removes one package from the real list and runs check-deps.sh on it.
#   tests/install/check-deps-selftest.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?usage: check-deps-selftest.sh BUILD_DIR}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/turnpoint-deps.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$here/../../scripts/setup" --list-packages >"$tmp/all"
status=0
# libqt6opengl6-dev: Qt6Charts' config loads Qt6OpenGL's, which only a Recommends brought.
# file: CPack's dpkg-shlibdeps step runs it. fonts-noto-cjk is no build dependency: its removal
# must go unnoticed here (the .deb test checks the font).
for package in libqt6opengl6-dev file; do
    grep -qxF "$package" "$tmp/all" || { echo "FAIL: scripts/setup does not list $package" >&2; status=1; continue; }
    grep -vxF "$package" "$tmp/all" >"$tmp/without"
    if "$here/check-deps.sh" "$build" "$tmp/without" >"$tmp/out" 2>&1; then
        echo "FAIL: check-deps passed with $package removed from the list" >&2
        cat "$tmp/out" >&2
        status=1
    elif ! grep -q "add $package to its list" "$tmp/out"; then
        echo "FAIL: check-deps failed without $package but did not name it:" >&2
        cat "$tmp/out" >&2
        status=1
    else
        echo "ok: without $package the guard fails and names it"
    fi
done
"$here/check-deps.sh" "$build" "$tmp/all" >/dev/null 2>"$tmp/err" || { echo "FAIL: the full list does not pass:" >&2; cat "$tmp/err" >&2; status=1; }
exit $status
