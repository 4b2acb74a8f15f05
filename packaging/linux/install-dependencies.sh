#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what building (and, with --tests, testing) Mail Setup Assistant needs on Debian 12 or
# Ubuntu 24.04. Installs only what is missing; uses sudo when not run as root.
set -euo pipefail

want_tests=0
for argument in "$@"; do
    case "$argument" in
        --tests) want_tests=1 ;;
        -h|--help) echo "usage: $0 [--tests]"; exit 0 ;;
        *) echo "$0: unknown option $argument" >&2; exit 2 ;;
    esac
done

build_packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev qt6-qpa-plugins libyaml-cpp-dev libgl-dev
    fonts-dejavu-core publicsuffix help2man librsvg2-bin
)
test_packages=(
    xvfb xauth x11-utils xdotool imagemagick
    dnsmasq-base dovecot-imapd dovecot-pop3d dovecot-submissiond openssl
    libplist-utils desktop-file-utils appstream dpkg-dev dpkg-repack man-db file fakeroot poppler-utils
    clang-14 libclang-rt-14-dev python3
)
# Debian ships Thunderbird as a real package (153 ESR from bookworm-security); Ubuntu only as a
# snap, which does not work in containers — the Thunderbird tests then skip with a message.
if grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then
    test_packages+=(thunderbird)
fi

packages=("${build_packages[@]}")
if [ "$want_tests" = 1 ]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" = 0 ]; then
    echo "All ${#packages[@]} required packages are installed."
    exit 0
fi

sudo=()
if [ "$(id -u)" != 0 ]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
# Package scripts must not start the mail server we only need as a test program. The blocker is
# removed again on every exit path, so a failed install never leaves the machine unable to start
# services.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${sudo[@]}" chmod +x /usr/sbin/policy-rc.d
    trap '"${sudo[@]}" rm -f /usr/sbin/policy-rc.d' EXIT
fi
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
# The tests start their own dovecot on loopback; the system service the package enables would
# otherwise run an IMAP/POP3 server on this machine after the next reboot.
if [ -d /run/systemd/system ] && systemctl list-unit-files dovecot.service >/dev/null 2>&1; then
    "${sudo[@]}" systemctl disable --now dovecot.service >/dev/null 2>&1 || true
fi
