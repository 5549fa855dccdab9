#!/bin/sh
# Runs a test inside `dbus-run-session` with a private, unlocked gnome-keyring (Secret Service),
# so that QtKeychain talks to a real keychain; nothing of the user's own session is used.
set -e
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf '%s' 'diskdesk-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
