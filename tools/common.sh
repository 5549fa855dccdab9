# Shared by tools/demo.sh and tools/test.sh: Debian packages and the build.
# shellcheck shell=bash

DISKDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DISKDESK_BUILD=${DISKDESK_BUILD:-$DISKDESK_ROOT/build}

DISKDESK_PACKAGES=(
    build-essential cmake ninja-build pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-svg-dev
    libqcustomplot-dev libcurl4-openssl-dev curl qtkeychain-qt6-dev libgl-dev
    qemu-utils tgt libiscsi-dev xvfb xauth fonts-dejavu-core
    fonts-ipafont-gothic  # Japanese glyphs in tst_i18n_screenshot (12 MB; fonts-noto-cjk is 91 MB)
    qt6-translations-l10n # Qt's own texts (dialog buttons) in German and Japanese
    openssl dbus-daemon gnome-keyring
    libxml2-utils
)

install_packages() {
    local missing=()
    for p in "${DISKDESK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "DiskDesk needs these Debian packages: ${missing[*]}; run this command as root (or with sudo)." >&2
        exit 1
    fi
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build_diskdesk() {
    # Line tables only (-g1): backtraces keep file and line, and the build takes ~40% less CPU.
    cmake -S "$DISKDESK_ROOT" -B "$DISKDESK_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "$@"
    cmake --build "$DISKDESK_BUILD" --parallel "$(nproc)"
}
