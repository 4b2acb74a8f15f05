#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks on Linux what can be checked of the Windows and macOS recipes, which cannot be built
# here: the committed icons are rendered from the current SVG and hold the expected sizes, and
# the Info.plist template is a well-formed property list. Run by ctest (tests/package).
# Usage: check-platform-files.sh SOURCE_DIR
set -euo pipefail
cd "$1"

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sha256sum --check --quiet packaging/platform-icons.sha256 ||
    fail "resources/icons/mailsetup.svg changed: run packaging/render-platform-icons.sh and commit the result"

ico_sizes=$(identify -format '%wx%h ' packaging/windows/mailsetup.ico)
[ "$ico_sizes" = "16x16 20x20 24x24 32x32 40x40 48x48 64x64 256x256 " ] ||
    fail "packaging/windows/mailsetup.ico has the sizes '$ico_sizes'"

# Every .icns entry must be a PNG of the size its type code stands for.
python3 - packaging/macos/mailsetup.icns <<'EOF' || fail "packaging/macos/mailsetup.icns is not a valid icon file"
import struct, sys
expected = {"icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128, "ic13": 256,
            "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024}
data = open(sys.argv[1], "rb").read()
assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data), "bad header"
offset, seen = 8, set()
while offset < len(data):
    code = data[offset:offset + 4].decode("ascii")
    length = struct.unpack(">I", data[offset + 4:offset + 8])[0]
    png = data[offset + 8:offset + length]
    assert png[:8] == b"\x89PNG\r\n\x1a\n", f"{code} is not a PNG"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (expected[code], expected[code]), f"{code} is {width}x{height}"
    seen.add(code)
    offset += length
assert seen == set(expected), f"missing entries {set(expected) - seen}"
EOF

# CMake fills in the ${MACOSX_BUNDLE_...} values; any text will do to check the property list.
sed 's/\${MACOSX_BUNDLE_[A-Z_]*}/value/g' packaging/macos/Info.plist.in > "$work/Info.plist"
python3 - "$work/Info.plist" <<'EOF' || fail "packaging/macos/Info.plist.in is not a valid property list"
import plistlib, sys
info = plistlib.load(open(sys.argv[1], "rb"))
for key in ("CFBundleExecutable", "CFBundleIdentifier", "CFBundleIconFile", "CFBundleVersion"):
    assert key in info, f"{key} missing"
EOF
echo "Windows and macOS files: OK"
