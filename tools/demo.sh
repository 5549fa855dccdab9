#!/usr/bin/env bash
# The demo command: installs what it needs, builds, starts diskdesk-lab with a demo inventory in a
# fresh data folder, and opens DiskDesk connected to it. Closing DiskDesk stops the lab engine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
build_diskdesk

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): run the demo from a desktop session." >&2
    exit 1
fi

data=$(mktemp -d -t diskdesk-demo.XXXXXX)
log="$data/lab.log"
# HTTPS with the lab's own CA (made at first start in $data/lab/pki); DiskDesk trusts exactly that
# CA for this run (--ca-file) and saves no profile.
"$DISKDESK_BUILD/lab/diskdesk-lab" --data-dir "$data/lab" --port 0 --demo >"$log" 2>&1 &
lab_pid=$!
cleanup() {
    kill -TERM "$lab_pid" 2>/dev/null && wait "$lab_pid" 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT INT TERM

url=""
for _ in $(seq 1 600); do
    url=$(sed -n 's/^diskdesk-lab listening on \(https[^ ]*\)$/\1/p' "$log" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$lab_pid" 2>/dev/null || { cat "$log" >&2; echo "diskdesk-lab did not start." >&2; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { cat "$log" >&2; echo "diskdesk-lab did not start in time." >&2; exit 1; }
echo "diskdesk-lab is serving the demo inventory at $url (user admin@internal, CA $data/lab/pki/ca.pem)"

"$DISKDESK_BUILD/app/diskdesk" --url "$url" --user admin@internal --password-file "$data/lab/admin-password" \
    --ca-file "$data/lab/pki/ca.pem"
