#!/bin/bash
# Packaging (issue 9): `cmake --install` into a temporary prefix puts every file in its standard
# place, and `cpack -G DEB` makes a .deb with its dependencies declared and the same files.
# The .deb is only inspected (dpkg-deb), never installed on this machine.
#   packaging.sh BUILD_DIR VERSION
# Reuses BUILD_DIR as it is: build it first (tools/test.sh builds everything).
set -euo pipefail

build=$1
version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/diskdesk-packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

programs=(diskdesk diskdesk-cli diskdesk-lab)
icon_sizes=(16 22 24 32 48 64 128 256)

# The width and height of a PNG from its IHDR chunk (bytes 16..23, big-endian).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'; }

# --- cmake --install into a temporary prefix -------------------------------------------------
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "cmake --install failed"; exit 1; }

for p in "${programs[@]}"; do
    [ -x "$prefix/bin/$p" ] || fail "bin/$p missing or not executable"
done
# What is installed runs from where it is installed, without a display.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/diskdesk" --version 2>"$work/stderr") || fail "installed diskdesk --version failed: $(cat "$work/stderr")"
[ "$out" = "DiskDesk $version" ] || fail "installed diskdesk --version printed '$out', expected 'DiskDesk $version'"
out=$("$prefix/bin/diskdesk-cli" --version 2>"$work/stderr") || fail "installed diskdesk-cli --version failed: $(cat "$work/stderr")"
[ "$out" = "diskdesk-cli $version" ] || fail "installed diskdesk-cli --version printed '$out'"
out=$("$prefix/bin/diskdesk-lab" --version 2>"$work/stderr") || fail "installed diskdesk-lab --version failed: $(cat "$work/stderr")"
[ "$out" = "diskdesk-lab $version" ] || fail "installed diskdesk-lab --version printed '$out'"

desktop=$prefix/share/applications/diskdesk.desktop
if [ -f "$desktop" ]; then
    grep -qx 'Exec=diskdesk' "$desktop" || fail "diskdesk.desktop: Exec is not 'diskdesk'"
    grep -qx 'Icon=diskdesk' "$desktop" || fail "diskdesk.desktop: Icon is not 'diskdesk'"
    grep -qx 'Type=Application' "$desktop" || fail "diskdesk.desktop: Type is not Application"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate refuses diskdesk.desktop"
    fi
else
    fail "share/applications/diskdesk.desktop missing"
fi

for s in "${icon_sizes[@]}"; do
    png=$prefix/share/icons/hicolor/${s}x${s}/apps/diskdesk.png
    if [ -f "$png" ]; then
        [ "$(png_size "$png")" = "${s}x${s}" ] || fail "$png is $(png_size "$png"), not ${s}x${s}"
    else
        fail "icons/hicolor/${s}x${s}/apps/diskdesk.png missing"
    fi
done
svg=$prefix/share/icons/hicolor/scalable/apps/diskdesk.svg
[ -f "$svg" ] && grep -q '<svg' "$svg" || fail "icons/hicolor/scalable/apps/diskdesk.svg missing or not SVG"

# The translations, also built into the program, for packagers and tools (lconvert, Linguist).
for lang in de ja; do
    qm=$prefix/share/diskdesk/translations/diskdesk_$lang.qm
    [ -s "$qm" ] || fail "share/diskdesk/translations/diskdesk_$lang.qm missing or empty"
done

# One manual page per program, naming every long option its --help prints.
for p in "${programs[@]}"; do
    page=$prefix/share/man/man1/$p.1.gz
    if [ ! -f "$page" ]; then
        fail "share/man/man1/$p.1.gz missing"
        continue
    fi
    source=$(gzip -dc "$page")
    grep -q "^\.TH .*DiskDesk $version" <<<"$source" || fail "$p.1: .TH does not carry version $version"
    if command -v man >/dev/null; then
        warnings=$(MANWIDTH=80 man -l --warnings "$page" 2>&1 >/dev/null || true)
        [ -z "$warnings" ] || fail "$p.1 has troff warnings: $warnings"
    fi
    help=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$p" --help 2>"$work/stderr") || fail "$p --help failed"
    for option in $(grep -oE -- '(^|[ ,])--[a-z][a-z0-9-]*' <<<"$help" | sed 's/^[ ,]*//' | sort -u); do
        escaped=$(sed 's/-/\\-/g' <<<"$option")
        grep -qF -- "$escaped" <<<"$source" \
            || fail "$p --help lists $option but docs/man/$p.1 does not describe it"
    done
done

# --- cpack -G DEB ------------------------------------------------------------------------------
if ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    echo "dpkg-deb or dpkg-shlibdeps missing (Debian: dpkg-dev); the .deb is not checked" >&2
    exit $((failures > 0))
fi
(cd "$build" && cpack -G DEB -B "$work/cpack" -C RelWithDebInfo >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; exit 1; }
deb=$(ls "$work"/cpack/diskdesk_"$version"_*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then
    ls -l "$work/cpack" >&2
    fail "no diskdesk_${version}_ARCH.deb made"
    exit 1
fi
info=$(dpkg-deb -I "$deb")
echo "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = diskdesk ] || fail ".deb Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail ".deb Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail ".deb Architecture is '$(field Architecture)'"
depends=$(field Depends)
# From dpkg-shlibdeps (libraries the programs link) and by hand (programs run, plugins loaded).
for dep in libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 libqcustomplot2.1-qt6 \
           libqt6keychain1 libcurl4 libiscsi7 libc6 \
           qemu-utils openssl libqt6sql6-sqlite libqt6svg6; do
    grep -qE "(^|[ ,|])$dep( |,|$)" <<<"$depends" || fail ".deb Depends lacks $dep: $depends"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in "${programs[@]/#/./usr/bin/}" \
            ./usr/share/applications/diskdesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/diskdesk.svg \
            ./usr/share/icons/hicolor/48x48/apps/diskdesk.png \
            ./usr/share/man/man1/diskdesk.1.gz ./usr/share/man/man1/diskdesk-cli.1.gz \
            ./usr/share/man/man1/diskdesk-lab.1.gz \
            ./usr/share/diskdesk/translations/diskdesk_de.qm \
            ./usr/share/diskdesk/translations/diskdesk_ja.qm; do
    grep -qxF "$path" <<<"$contents" || fail ".deb lacks $path"
done
# Nothing from the build or test tree: only /usr.
stray=$(grep -vE '^\./(usr/)?$|^\./usr/' <<<"$contents" || true)
[ -z "$stray" ] || fail ".deb holds files outside /usr: $stray"
grep -q 'diskdesk-bench\|/tst_' <<<"$contents" && fail ".deb holds the benchmark or a test program"

if [ "$failures" -gt 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "packaging: install prefix and $(basename "$deb") are complete"
