#!/usr/bin/env bash
# Updates the translation files from the sources: new tr() texts appear as unfinished messages,
# texts gone from the sources are dropped. Run it after changing visible strings, then translate
# what is unfinished (Qt Linguist, or tools/ts-fill.py from JSON); tst_translations fails until
# every message is finished.
#
#   bash tools/update-translations.sh           translations/diskdesk_*.ts
#   bash tools/update-translations.sh FILE.ts   these files (tst_translations runs it on copies)
#
# Also `cmake --build BUILD --target diskdesk_lupdate`. Scanned: app dialogs models api cli, the
# program's own texts. Not lab/: the lab answers in the manager's English, like a real engine.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v qtpaths6 >/dev/null && qtpaths6 --query QT_HOST_BINS)/lupdate"; do
        [ -x "$candidate" ] && { lupdate=$candidate; break; }
    done
fi
[ -n "$lupdate" ] || { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools); or set LUPDATE" >&2; exit 2; }

if [ $# -gt 0 ]; then
    ts=()
    for f in "$@"; do ts+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
    ts=("$root"/translations/diskdesk_*.ts)
fi
cd "$root"
# -no-obsolete: a vanished text is not kept as a stale translation; -locations relative: the
# file names the source lines for translators without this machine's paths. English needs only
# the plural forms of %n texts ("%n disk(s)" -> "1 disk", "2 disks"): -pluralonly.
status=0
for f in "${ts[@]}"; do
    extra=()
    case $(basename "$f") in *_en.ts) extra=(-pluralonly) ;; esac
    "$lupdate" -silent -no-obsolete -locations relative "${extra[@]}" app dialogs models api cli -ts "$f" || status=$?
done
exit $status
