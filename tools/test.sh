#!/usr/bin/env bash
# The test command: installs what it needs, builds, and runs every test headless through ctest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
build_diskdesk
cd "$DISKDESK_BUILD"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
