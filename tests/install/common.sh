# shellcheck shell=bash
# Helpers shared by check-install.sh and check-deb.sh (sourced, not run). The caller sets
# $tmp, a scratch folder it removes on exit.
# shellcheck disable=SC2154

fail() {
    echo "$(basename "$0"): FAIL: $*" >&2
    exit 1
}

# Runs a command the way a user starts the installed program: no display, no platform chosen,
# a fresh home (so no remembered state of the person running the tests is read or written).
run_as_user() {
    env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" \
        XDG_DATA_HOME="$tmp/home/.local/share" XDG_RUNTIME_DIR="$tmp/run" "$@"
}

# Prints WIDTHxHEIGHT of a PNG file from its IHDR chunk; fails if it is not a PNG.
png_size() {
    local sig
    sig=$(od -An -tx1 -N8 "$1" | tr -d ' \n')
    [ "$sig" = "89504e470d0a1a0a" ] || return 1
    local b
    read -r -a b <<<"$(od -An -tu1 -j16 -N8 "$1" | tr -s ' \n' '  ')"
    echo "$(((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]))x$(((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]))"
}

# Runs BIN --version and BIN --export-png at 800x300, scale 1, and checks exit codes and output.
check_binary() {
    local bin=$1 version=$2 out
    mkdir -p "$tmp/home" "$tmp/run"
    chmod 700 "$tmp/run"
    out=$(run_as_user "$bin" --version) || fail "$bin --version exited $?"
    case $out in
    *"$version"*) echo "ok: --version: $out" ;;
    *) fail "$bin --version printed '$out', expected it to contain $version" ;;
    esac

    local png="$tmp/x.png" size
    rm -f "$png"
    out=$(run_as_user "$bin" --export-png "$png" --size 800x300 --scale 1 2>&1) \
        || fail "$bin --export-png exited $?: $out"
    [ -s "$png" ] || fail "--export-png wrote no file"
    size=$(png_size "$png") || fail "--export-png did not write a PNG"
    [ "$size" = "800x300" ] || fail "--export-png wrote a ${size} PNG, expected 800x300"
    echo "ok: --export-png wrote an ${size} PNG"

    # The translations are embedded: the installed binary speaks Chinese when asked.
    out=$(run_as_user "$bin" --lang zh_CN --help 2>/dev/null) || fail "$bin --lang zh_CN --help exited $?"
    case $out in
    *用法*) echo "ok: --lang zh_CN --help is in Chinese" ;;
    *) fail "--lang zh_CN --help is not in Chinese: the translations are missing" ;;
    esac
}

# The project version as configured in BUILD_DIR.
project_version() {
    sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$1/CMakeCache.txt"
}
