#!/usr/bin/env bash
# The fast guard behind scripts/check-fresh: every Debian package the build and the tests need
# must be named in scripts/setup, or be a hard dependency (Depends/Pre-Depends, not Recommends)
# of one named there. A machine that was set up before has the missing package anyway, so only
# this check (or a fresh root) notices that a new machine would not get it.
#   tests/install/check-deps.sh BUILD_DIR [PACKAGE_LIST_FILE]
# What is needed:
#   - the package of every CMake config file the configure step loaded (the <Pkg>_DIR entries
#     of BUILD_DIR/CMakeCache.txt: Qt6ChartsConfig.cmake, and Qt6OpenGLConfig.cmake that it
#     loads in turn, …);
#   - the package of every command the build, the tests and scripts/test call.
# PACKAGE_LIST_FILE (one name per line) replaces `scripts/setup --list-packages`; the guard's own
# test uses it to check that a list without a needed package fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:?usage: check-deps.sh BUILD_DIR [PACKAGE_LIST_FILE]}
cache=$build/CMakeCache.txt
[ -f "$cache" ] || { echo "check-deps: no $cache (configure first)" >&2; exit 2; }

if [ -n "${2:-}" ]; then
    mapfile -t listed < <(grep -v '^[[:space:]]*\(#\|$\)' "$2")
else
    mapfile -t listed < <("$root/scripts/setup" --list-packages)
fi

# Commands called by the build (CMake, Ninja, the compilers, CPack's dpkg-shlibdeps and file),
# by the tests (tests/install/*.sh) and by scripts/test's later stages.
commands=(
    cmake ctest cpack ninja g++ c++ pkg-config ccache
    file dpkg-deb dpkg-shlibdeps dpkg-architecture readelf objdump
    desktop-file-validate appstreamcli
    xvfb-run Xvfb xauth
    clang++ python3
)

# --- the closure of the listed packages over installed packages' hard dependencies ----------
# One line per installed package: name, what it provides, its Depends and Pre-Depends. From a
# group of alternatives ("a | b") only the first counts, as it is the one apt installs on a new
# machine; a virtual package counts as every installed package that provides it.
closure=$(
    dpkg-query -W -f='${db:Status-Abbrev}\t${Package}\t${Provides}\t${Depends}, ${Pre-Depends}\n' |
        awk -F'\t' -v listed="$(printf '%s ' "${listed[@]}")" '
        function bare(s) { sub(/\(.*$/, "", s); sub(/:.*$/, "", s); gsub(/[ \t]/, "", s); return s }
        $1 ~ /^.i/ {
            pkg = $2; installed[pkg] = 1
            n = split($3, provides, ",")
            for (i = 1; i <= n; i++) { p = bare(provides[i]); if (p != "") providers[p] = providers[p] " " pkg }
            m = split($4, groups, ",")
            for (i = 1; i <= m; i++) {
                split(groups[i], alternatives, "|")
                d = bare(alternatives[1])
                if (d != "") deps[pkg] = deps[pkg] " " d
            }
        }
        END {
            n = split(listed, queue, " "); head = 1
            while (head <= n) {
                p = queue[head++]
                if (p == "" || (p in seen)) continue
                seen[p] = 1
                if (!(p in installed) && (p in providers)) {
                    k = split(providers[p], via, " ")
                    for (i = 1; i <= k; i++) queue[++n] = via[i]
                    continue
                }
                k = split(deps[p], next_, " ")
                for (i = 1; i <= k; i++) queue[++n] = next_[i]
            }
            for (p in seen) print p
        }'
)

covered() { grep -qxF "$1" <<<"$closure"; }

# The package that owns PATH, also when PATH is reached through links (alternatives, /usr merge).
owner() {
    local path=$1 real candidates=()
    real=$(readlink -f "$path")
    candidates=("$path" "$real")
    case $path in /usr/*) candidates+=("${path#/usr}") ;; esac
    case $real in /usr/*) candidates+=("${real#/usr}") ;; esac
    for c in "${candidates[@]}"; do
        local p
        p=$(dpkg-query -S "$c" 2>/dev/null | grep -v '^diversion' | head -n1 | cut -d: -f1) || true
        if [ -n "$p" ]; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

passed=0
failed=0
need() { # PACKAGE WHY
    if covered "$1"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "check-deps: FAIL: $2 comes from the Debian package $1, which scripts/setup neither names nor gets through a hard dependency of a package it names: add $1 to its list" >&2
    fi
}

while IFS=' ' read -r name dir; do
    lower=$(tr '[:upper:]' '[:lower:]' <<<"$name")
    config=
    for candidate in "$dir/${name}Config.cmake" "$dir/$lower-config.cmake"; do
        [ -f "$candidate" ] && config=$candidate && break
    done
    [ -n "$config" ] || continue
    if package=$(owner "$config"); then
        need "$package" "$(basename "$config") (loaded by the configure step)"
    else
        echo "check-deps: note: $config belongs to no Debian package; not checked" >&2
    fi
done < <(sed -n 's/^\([A-Za-z0-9_]*\)_DIR:PATH=\(\/.*\)$/\1 \2/p' "$cache" | sort -u)

for c in "${commands[@]}"; do
    path=$(command -v "$c" || true)
    if [ -z "$path" ]; then
        failed=$((failed + 1))
        echo "check-deps: FAIL: the command $c is not installed; the package that brings it belongs in scripts/setup" >&2
        continue
    fi
    if package=$(owner "$path"); then
        need "$package" "the command $c"
    else
        echo "check-deps: note: $path belongs to no Debian package; not checked" >&2
    fi
done

echo "check-deps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
