#!/usr/bin/env bash
# The test command: installs what it needs, builds, and runs every test headless through ctest,
# twice: in the normal build ($DISKDESK_BUILD, default build/), then built with AddressSanitizer
# and UndefinedBehaviorSanitizer (-DDISKDESK_SANITIZE=ON, in build-asan/), where any report fails
# the test that caused it (tests/CMakeLists.txt sets the sanitizers' options per test).
# DISKDESK_SANITIZED=0 skips the second pass (a quick local run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
started=$(date +%s)
build_diskdesk
export QT_QPA_PLATFORM=offscreen
(cd "$DISKDESK_BUILD" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
echo "tools/test.sh: normal pass took $(( $(date +%s) - started )) s"

if [ "${DISKDESK_SANITIZED:-1}" = 0 ]; then
    exit 0
fi
started=$(date +%s)
asan_build=${DISKDESK_ASAN_BUILD:-$DISKDESK_ROOT/build-asan}
DISKDESK_BUILD=$asan_build build_diskdesk -DDISKDESK_SANITIZE=ON
(cd "$asan_build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
echo "tools/test.sh: sanitized pass took $(( $(date +%s) - started )) s"
