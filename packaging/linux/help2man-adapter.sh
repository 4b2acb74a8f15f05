#!/bin/sh
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# help2man runs "<program> --help" and "<program> --version"; this stands in for the program
# ($MAILSETUP_BINARY) and passes its output through, adjusted to the two forms help2man parses:
#  --help     further usage lines ("       mailsetup COMMAND ...") become "   or: mailsetup ...",
#             so they land in SYNOPSIS and not in DESCRIPTION;
#  --version  only the first line ("mailsetup 0.1.0"): the catalog snapshot dates that follow
#             describe the build, not the manual.
set -eu
: "${MAILSETUP_BINARY:?must name the mailsetup binary to document}"
case "${1:-}" in
    --help)
        help=$("$MAILSETUP_BINARY" --help)
        printf '%s\n' "$help" | sed '/^Usage:/,/^$/ s/^ \{2,\}\(mailsetup \)/   or: \1/'
        ;;
    --version)
        version=$("$MAILSETUP_BINARY" --version)
        printf '%s\n' "$version" | sed -n 1p
        ;;
    *)
        echo "usage: MAILSETUP_BINARY=FILE $0 --help|--version" >&2
        exit 2
        ;;
esac
