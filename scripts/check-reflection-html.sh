#!/usr/bin/env bash
# End-to-end check of the reflection workflow's HTML report in a real browser:
#   1. build the `competency` CLI;
#   2. `reflect init` a reflection file for the bundled Leadership Toolkit, and check it;
#   3. fill it in: the committed sample Tests/CompetencyCLITests/Fixtures/reflection/toolkit-autumn.yaml
#      is that file filled in by hand (levels, evidence, focus marks) — checked here line by line;
#   4. `reflect check` and `reflect report --format html` it;
#   5. render the page with headless Chromium (scripts/render-html-to-png.sh) and check the PNG
#      is a 1200x1600 picture with real content, not a blank page.
#
#   scripts/check-reflection-html.sh [OUT.png]
#
# OUT.png defaults to a temporary file; pass docs/images/reflection-report.png to refresh the
# documentation's screenshot. SCRATCH_PATH sets SwiftPM's build folder (default .build).
# Needs Chromium (apt-get install -y chromium) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${1:-$work/reflection-report.png}
scratch=${SCRATCH_PATH:-.build}
sample=$root/Tests/CompetencyCLITests/Fixtures/reflection/toolkit-autumn.yaml

step() { printf '==> %s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

step "build the competency CLI"
swift build --scratch-path "$scratch" --product competency >/dev/null
bin=$(swift build --scratch-path "$scratch" --show-bin-path)/competency
[[ -x $bin ]] || fail "no competency executable at $bin"

step "reflect init, and check the empty file"
cd "$work"
"$bin" reflect init -o my-reflection.yaml --name "Sam Patel" --role "Head of Year 7" --date 2026-10-05 >/dev/null
"$bin" reflect check my-reflection.yaml >/dev/null || fail "the file reflect init wrote does not pass reflect check"

step "fill it in (the committed sample), changing only level, evidence and focus"
changed=$(diff my-reflection.yaml "$sample" | grep '^[<>]' || true)
[[ -n $changed ]] || fail "the sample is not filled in"
unexpected=$(printf '%s\n' "$changed" | grep -Ev '^[<>] (    (level|evidence|focus):( .*)?|      .*|)$' || true)
[[ -z $unexpected ]] || fail "the sample differs from the init'd file elsewhere than level/evidence/focus:
$unexpected"
cp "$sample" my-reflection.yaml
"$bin" reflect check my-reflection.yaml >/dev/null || fail "the sample does not pass reflect check"

step "reflect report --format html"
"$bin" reflect report my-reflection.yaml --format html -o report.html
grep -q '<svg class="profile-chart"' report.html || fail "the report has no profile chart"
grep -q 'id="_goals"' report.html || fail "the report has no growth goals"

step "render it with headless Chromium"
cd "$root"
scripts/render-html-to-png.sh "$work/report.html" "$out" 1200x1600 >/dev/null

step "check the screenshot"
python3 - "$out" <<'PY'
import struct, sys, zlib

path = sys.argv[1]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"error: {path} is not a PNG")
width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
if (width, height) != (1200, 1600):
    sys.exit(f"error: {path} is {width}x{height}, not 1200x1600")
if depth != 8 or colour not in (2, 6):
    sys.exit(f"error: unexpected PNG format (bit depth {depth}, colour type {colour})")
# Decode the image data (PNG filters included) to count what is on the page.
chunks, offset = [], 8
while offset < len(data):
    length, kind = struct.unpack(">I4s", data[offset:offset + 8])
    if kind == b"IDAT":
        chunks.append(data[offset + 8:offset + 8 + length])
    offset += 12 + length
raw = zlib.decompress(b"".join(chunks))
channels = 3 if colour == 2 else 4
stride = width * channels
rows, previous = [], bytearray(stride)
for y in range(height):
    kind = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        left = line[x - channels] if x >= channels else 0
        up = previous[x]
        corner = previous[x - channels] if x >= channels else 0
        if kind == 1:
            line[x] = (line[x] + left) & 0xFF
        elif kind == 2:
            line[x] = (line[x] + up) & 0xFF
        elif kind == 3:
            line[x] = (line[x] + (left + up) // 2) & 0xFF
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
    rows.append(bytes(line))
    previous = line
colours, ink = set(), 0
for line in rows[::4]:
    for x in range(0, stride, channels * 4):
        pixel = line[x:x + 3]
        colours.add(pixel)
        if pixel != b"\xff\xff\xff":
            ink += 1
sampled = (height // 4) * (width // 4)
if len(colours) < 16 or ink < sampled * 0.05:
    sys.exit(f"error: {path} looks blank ({len(colours)} colours, {ink / sampled:.1%} not white)")
print(f"{path}: {width}x{height}, {len(colours)} colours sampled, {ink / sampled:.0%} of the page not white")
PY
echo "reflection HTML check passed: $out"
