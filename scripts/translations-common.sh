# Shared by update-translations and check-translations: where lupdate is and how it is run, so
# the check runs exactly what the update does.

# find_lupdate [CANDIDATE]: prints the lupdate to use.
find_lupdate() {
    local candidate=${1:-}
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
        echo "$candidate"
        return
    fi
    local dir
    for qtpaths in qtpaths6 qtpaths /usr/lib/qt6/bin/qtpaths6; do
        if command -v "$qtpaths" >/dev/null 2>&1; then
            for key in QT_HOST_BINS QT_HOST_LIBEXECS; do
                dir=$("$qtpaths" --query "$key" 2>/dev/null || true)
                if [ -n "$dir" ] && [ -x "$dir/lupdate" ]; then
                    echo "$dir/lupdate"
                    return
                fi
            done
        fi
    done
    for candidate in /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
        if [ -x "$candidate" ]; then
            echo "$candidate"
            return
        fi
    done
    echo "lupdate not found (Debian package qt6-l10n-tools)" >&2
    return 1
}

# run_lupdate LUPDATE ROOT TS_DIR [EXTRA_OPTIONS...]: updates TS_DIR/turnpoint_{zh_CN,en}.ts from
# the sources under ROOT.
run_lupdate() {
    local lupdate=$1 root=$2 ts_dir=$3
    shift 3
    local sources=("$root/model" "$root/net" "$root/views" "$root/app")
    local common=(-extensions cpp,h -locations none "$@")
    "$lupdate" -silent "${common[@]}" -target-language zh_CN "${sources[@]}" \
        -ts "$ts_dir/turnpoint_zh_CN.ts"
    # English: only the messages with plural forms need a translation.
    "$lupdate" -silent "${common[@]}" -target-language en -pluralonly "${sources[@]}" \
        -ts "$ts_dir/turnpoint_en.ts"
}
