#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders every page of the wizard in German and English at 1024x768 to PNG, under a virtual X
# server (Debian packages xvfb and xauth), so the pictures show what the real window shows.
#
#   tests/ui/render-pages.sh [OUTPUT_DIR] [--docs] [--appstream]
#
# OUTPUT_DIR defaults to build/dev/screenshots. --docs also copies the pictures the
# documentation shows into docs/screenshots/. --appstream also renders the settings page at
# 1280x720 (16:9, as software centres want it) into packaging/screenshots/settings-{en,de}.png,
# the screenshots the AppStream metainfo names.
set -euo pipefail
cd "$(dirname "$0")/../.."

output=build/dev/screenshots
update_docs=0
update_appstream=0
for argument in "$@"; do
    case "$argument" in
        --docs) update_docs=1 ;;
        --appstream) update_appstream=1 ;;
        -h|--help) sed -n '4,13p' "$0"; exit 0 ;;
        *) output=$argument ;;
    esac
done

renderer=build/dev/bin/mailsetup-render-pages
if [ ! -x "$renderer" ]; then
    echo "$0: $renderer is missing; build first: cmake --build --preset dev" >&2
    exit 2
fi
if ! command -v xvfb-run >/dev/null; then
    echo "$0: xvfb-run is missing (Debian package xvfb)" >&2
    exit 2
fi

mkdir -p "$output"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
# A fixed, plain environment: the same fonts and style on every machine.
render() { # OUTPUT_DIR WIDTH HEIGHT
    QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 ${2}x${3}x24 -nolisten tcp" "$renderer" "$1" "${2}x$3"
}
render "$output" 1024 768

if [ "$update_docs" = 1 ]; then
    mkdir -p docs/screenshots
    for page in 01-address 04-settings 06-settings-both-languages 08-export-new-outlook 16-online-search \
        17-connection-check 18-consent 19-privacy; do
        for language in en de; do
            cp "$output/$language-$page.png" "docs/screenshots/$language-$page.png"
        done
    done
    echo "Updated docs/screenshots/"
fi

if [ "$update_appstream" = 1 ]; then
    render "$output/appstream" 1280 720
    mkdir -p packaging/screenshots
    for language in en de; do
        cp "$output/appstream/$language-04-settings.png" "packaging/screenshots/settings-$language.png"
    done
    echo "Updated packaging/screenshots/"
fi
