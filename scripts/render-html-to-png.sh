#!/usr/bin/env bash
# Renders a local HTML page to a PNG screenshot with headless Chromium, to look at a page
# as a browser shows it (and to check that it renders at all).
#
#   scripts/render-html-to-png.sh IN.html OUT.png [WIDTHxHEIGHT]
#
# The window is 1200x1600 unless a size is given; the screenshot is of the window, not of
# the whole page. The page is opened as a file:// URL, so it must be self-contained: no
# network is used. Needs Chromium: `apt-get install -y chromium` (Debian), or set CHROMIUM
# to the browser's path. Exits non-zero, with a message, when the PNG was not written.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 IN.html OUT.png [WIDTHxHEIGHT]" >&2
    exit 2
fi
input=$1
output=$2
size=${3:-1200x1600}
if [[ ! $size =~ ^[0-9]+x[0-9]+$ ]]; then
    echo "error: size must be WIDTHxHEIGHT, such as 1200x1600, not \"$size\"" >&2
    exit 2
fi
if [[ ! -f $input ]]; then
    echo "error: no such file: $input" >&2
    exit 1
fi

browser=${CHROMIUM:-}
if [[ -z $browser ]]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then
            browser=$(command -v "$candidate")
            break
        fi
    done
fi
if [[ -z $browser ]]; then
    echo "error: Chromium not found; install it (apt-get install -y chromium) or set CHROMIUM" >&2
    exit 1
fi

absolute_input=$(cd "$(dirname "$input")" && pwd)/$(basename "$input")
mkdir -p "$(dirname "$output")"
absolute_output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
rm -f "$absolute_output"

# A private profile, so that runs do not share state or leave a lock behind.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$profile" --window-size="${size/x/,}" \
    --screenshot="$absolute_output" "file://$absolute_input" >/dev/null 2>"$profile/stderr" || {
    cat "$profile/stderr" >&2
    echo "error: Chromium failed to render $input" >&2
    exit 1
}
if [[ ! -s $absolute_output ]]; then
    cat "$profile/stderr" >&2
    echo "error: Chromium wrote no screenshot for $input" >&2
    exit 1
fi
echo "$output"
