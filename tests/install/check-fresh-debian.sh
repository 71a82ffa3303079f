#!/usr/bin/env bash
# Installs a Turnpoint .deb into a fresh Debian 12 system and runs it there: what an analyst's
# new machine does with `apt install ./turnpoint_VERSION_amd64.deb`. Not run by scripts/test
# (it downloads a base system and Qt, a few hundred MB, and needs root for debootstrap/chroot).
#   tests/install/check-fresh-debian.sh path/to/turnpoint_VERSION_amd64.deb [CHROOT_DIR]
# Exit 0 when the package installs with its dependencies, `turnpoint --version` runs, and
# `--export-png` writes a chart in English and in Chinese (the Chinese strings must be there).
set -euo pipefail
deb=$(realpath "$1")
dir=${2:-/tmp/turnpoint-fresh-debian12}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

command -v debootstrap >/dev/null || apt-get install -y debootstrap
if [ ! -x "$dir/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$dir" "$mirror"
fi
mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
trap 'umount "$dir/proc" 2>/dev/null || true' EXIT
cp "$deb" "$dir/tmp/turnpoint.deb"
chroot "$dir" sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall /tmp/turnpoint.deb' >&2
chroot "$dir" turnpoint --version
chroot "$dir" turnpoint --export-png /tmp/en.png
chroot "$dir" turnpoint --lang zh_CN --export-png /tmp/zh.png
# The Chinese build of the help text proves the translations are embedded and load.
chroot "$dir" turnpoint --lang zh_CN --help | grep -q '用法' || { echo "no Chinese help text" >&2; exit 1; }
for f in en zh; do
    [ -s "$dir/tmp/$f.png" ] || { echo "no $f.png written" >&2; exit 1; }
done
echo "fresh Debian 12: installed and ran; charts in $dir/tmp/en.png and $dir/tmp/zh.png"
