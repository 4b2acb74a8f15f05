#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the committed platform icons from the one source, resources/icons/mailsetup.svg:
#   packaging/windows/mailsetup.ico   (Windows executables and installer)
#   packaging/macos/mailsetup.icns    (macOS app bundle and disk image)
# and records the SVG's checksum in packaging/platform-icons.sha256, which a test compares with
# the SVG: change the SVG, run this script, commit all four files.
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and python3. Linux builds need none
# of these files: they render their PNG icons from the SVG at build time.
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/mailsetup.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 20 24 32 40 48 64 128 256 512 1024; do
    rsvg-convert --width="$size" --height="$size" --output="$work/$size.png" "$svg"
done

# Windows: the sizes Explorer, the taskbar and the Start menu use at 100 to 200 % scaling.
convert "$work"/{16,20,24,32,40,48,64,256}.png packaging/windows/mailsetup.ico

# macOS: an .icns of PNG entries, as iconutil writes it (type code, then 1x/2x pixel size).
python3 - "$work" packaging/macos/mailsetup.icns <<'EOF'
import struct, sys
work, output = sys.argv[1], sys.argv[2]
entries = [("icp4", 16), ("ic11", 32), ("icp5", 32), ("ic12", 64), ("ic07", 128),
           ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)]
body = b""
for code, size in entries:
    with open(f"{work}/{size}.png", "rb") as png:
        data = png.read()
    body += code.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
with open(output, "wb") as icns:
    icns.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
EOF

sha256sum "$svg" > packaging/platform-icons.sha256
echo "Rendered packaging/windows/mailsetup.ico and packaging/macos/mailsetup.icns from $svg"
