#!/usr/bin/env bash
# Fuzzes the XML decoder (api/xmldecoder.*, api/xmlpullreader.*) with libFuzzer under
# AddressSanitizer and UndefinedBehaviorSanitizer.
#
#   bash tools/fuzz.sh [SECONDS]        (default 600)
#
# Builds build-fuzz with clang (-DDISKDESK_FUZZ=ON), seeds a fresh corpus from the real manager
# samples in tests/data/examples/ (copied at run time into build-fuzz/corpus, which is not
# committed), uses fuzz/xml.dict, and runs fuzz_xmldecoder for SECONDS. A finding stops the run
# with a non-zero exit and leaves crash-*/leak-*/timeout-* files in build-fuzz/; turn each one
# into a test in tests/tst_xmldecoder_robustness.cpp. The log is build-fuzz/fuzz.log.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${DISKDESK_FUZZ_BUILD:-$ROOT/build-fuzz}
SECONDS_TO_RUN=${1:-600}

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DDISKDESK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$BUILD" --target fuzz_xmldecoder

rm -rf "$BUILD/corpus"
mkdir -p "$BUILD/corpus" "$BUILD/artifacts"
cp "$ROOT"/tests/data/examples/*.xml "$BUILD/corpus/"

cd "$BUILD"
# -max_len: the samples go up to ~30 KB; larger inputs only slow the search down.
# -timeout: a single input taking a second is a finding (the decoders are linear).
# -rss_limit_mb: a memory blow-up is a finding too.
set -x
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ./fuzz/fuzz_xmldecoder corpus -dict="$ROOT/fuzz/xml.dict" -max_len=65536 -timeout=1 \
    -rss_limit_mb=2048 -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 \
    -artifact_prefix="$BUILD/artifacts/" 2>&1 | tee "$BUILD/fuzz.log"
exit "${PIPESTATUS[0]}"
