#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package with CPack and checks it as users get it:
#  1. package fields and file list (dpkg-deb --info, --contents);
#  2. the files, unpacked with dpkg-deb -x: desktop file (desktop-file-validate), AppStream
#     metainfo (appstreamcli validate and validate-tree --no-net), icons, man page (lexgrog, man -l);
#  3. the unpacked program runs: --version, lookup anna@gmx.ch --format json;
#  4. as root only: installs the package with apt, runs /usr/bin/mailsetup, removes the package
#     and puts back a mailsetup package that was installed before: the machine ends as it began.
#     Without root, step 3 is the run check. Exits 77 (ctest: skipped) when a package that was
#     installed before could not be saved for restoring, so step 4 did not run.
# Run by ctest (tests/package/CMakeLists.txt).
# Usage: check-package.sh BUILD_DIR VERSION APP_ID
set -euo pipefail

if [ $# != 3 ]; then
    echo "usage: $0 BUILD_DIR VERSION APP_ID" >&2
    exit 2
fi
build_dir=$1
version=$2
app_id=$3
readonly package=mailsetup skipped=77

work=$(mktemp -d "${TMPDIR:-/tmp}/mailsetup-package.XXXXXX")
chmod 755 "$work"   # apt reads the .deb as its unprivileged user _apt

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "-- $*"; }
skip_install_check() { echo "-- $*: not touching it, install check skipped"; exit "$skipped"; }

# --- Machine state for the root phase; restore_machine runs on every exit ------------------------
machine_touched=0     # set before the first change to the dpkg database
previous_deb=""       # a copy of the mailsetup package that was installed before, if any
previous_auto=0       # whether apt had marked it as automatically installed
previous_record=""    # its dpkg status record and file checksums, to prove it came back unchanged

package_state() { dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null | tr -d ' ' || true; }
package_record() { dpkg-query --status "$package" && cat "/var/lib/dpkg/info/$package.md5sums"; }

restore_machine() {
    [ "$machine_touched" = 1 ] || return 0
    machine_touched=0
    local state
    state=$(package_state)
    if [ -n "$state" ] && [ "$state" != un ]; then
        # Ours has no configuration files; "remove" keeps the previous package's, if it had any.
        if [ -n "$previous_deb" ]; then
            dpkg --remove --force-remove-reinstreq "$package"
        else
            dpkg --purge --force-remove-reinstreq "$package"
        fi
    fi
    if [ -n "$previous_deb" ]; then
        dpkg --install --force-confold --force-confdef "$previous_deb"
        if [ "$previous_auto" = 1 ]; then
            apt-mark auto "$package" >/dev/null
        fi
        if ! package_record | diff -u "$previous_record" - >&2; then
            echo "FAIL: the restored $package package differs from the one installed before" >&2
            return 1
        fi
        echo "-- restored the $package package that was installed before"
    fi
}

cleanup() {
    local status=$?
    restore_machine || status=1
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# The program must answer from its own catalog, not from a user or system catalog of this machine.
run_isolated() {
    mkdir -p "$work/home/.config" "$work/etc-xdg"
    env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CONFIG_DIRS="$work/etc-xdg" \
        LC_ALL=C.UTF-8 LANGUAGE= "$@"
}

# Checks that BINARY prints the version and catalog dates, and finds the settings for a GMX address.
check_program_runs() {
    local binary=$1 output
    output=$(run_isolated "$binary" --version) || fail "$binary --version failed"
    [ "$(printf '%s\n' "$output" | sed -n 1p)" = "mailsetup $version" ] ||
        fail "$binary --version printed '$output', expected 'mailsetup $version' first"
    [ "$(printf '%s\n' "$output" | grep -c -E 'snapshot [0-9]{4}-[0-9]{2}-[0-9]{2}')" -ge 2 ] ||
        fail "$binary --version does not name both catalog snapshot dates: '$output'"
    output=$(run_isolated "$binary" lookup anna@gmx.ch --format json) ||
        fail "$binary lookup anna@gmx.ch exited with $?"
    printf '%s\n' "$output" | grep -q '"host": "imap.gmx.net"' ||
        fail "$binary lookup anna@gmx.ch did not find imap.gmx.net: $output"
}

# --- Build the package -------------------------------------------------------------------------
step "cpack -G DEB"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/cpack/*.deb)
[ "${#debs[@]}" = 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb: ${debs[*]}"
deb=$work/$(basename "${debs[0]}")
mv "${debs[0]}" "$deb"
step "built $(basename "$deb")"

# --- 1. Fields and file list ------------------------------------------------------------------
dpkg-deb --info "$deb" >"$work/info.txt" || fail "dpkg-deb --info cannot read the package"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project is $version"
[ "$(field Section)" = mail ] || fail "Section is '$(field Section)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is '$(field Maintainer)'"
[[ "$(field Homepage)" =~ ^https:// ]] || fail "Homepage is '$(field Homepage)'"
depends=$(field Depends)
# Computed by dpkg-shlibdeps: the Qt and C libraries the binary links, with versions.
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6; do
    [[ ", $depends" == *", $library (>= "* ]] || fail "Depends lacks computed '$library (>= ...)': $depends"
done
[[ ", $depends," == *", qt6-svg-plugins | libqt6svg6,"* ]] || fail "Depends lacks the SVG plugins: $depends"
[ "$(field Recommends)" = qt6-translations-l10n ] || fail "Recommends is '$(field Recommends)'"
description=$(field Description)
[ "$(printf '%s\n' "$description" | wc -l)" -ge 3 ] || fail "Description has no long text: $description"
[ "$(printf '%s\n' "$description" | awk 'length > 80' | wc -l)" = 0 ] ||
    fail "Description has lines over 80 columns: $description"

dpkg-deb --contents "$deb" >"$work/contents.txt" || fail "dpkg-deb --contents failed"
awk '$6 !~ /\/$/ { print $6 }' "$work/contents.txt" | sort >"$work/files.txt"
{
    echo "./usr/bin/mailsetup"
    echo "./usr/share/applications/$app_id.desktop"
    echo "./usr/share/doc/mailsetup/catalog.md"
    echo "./usr/share/doc/mailsetup/cli.md"
    echo "./usr/share/doc/mailsetup/copyright"
    for size in 16 22 24 32 48 64 128 256; do
        echo "./usr/share/icons/hicolor/${size}x$size/apps/$app_id.png"
    done
    echo "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    echo "./usr/share/man/man1/mailsetup.1.gz"
    echo "./usr/share/metainfo/$app_id.metainfo.xml"
} | sort >"$work/expected-files.txt"
diff -u "$work/expected-files.txt" "$work/files.txt" >&2 ||
    fail "the package's files differ from the expected list (- expected, + in the package)"
awk '$2 != "root/root" { exit 1 }' "$work/contents.txt" || fail "files not owned by root/root"
grep -q '^-rwxr-xr-x .* \./usr/bin/mailsetup$' "$work/contents.txt" || fail "/usr/bin/mailsetup is not 0755"

# --- 2. The files, unpacked -------------------------------------------------------------------
root=$work/root
dpkg-deb --extract "$deb" "$root"
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
man_page=$root/usr/share/man/man1/mailsetup.1.gz

step "desktop-file-validate"
validation=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $validation"
[ -z "$validation" ] || fail "desktop-file-validate reports: $validation"
grep -qx "Exec=mailsetup" "$desktop" || fail "the desktop file does not start mailsetup"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's icon is not $app_id"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejects the metainfo"
# The tree check also finds the desktop file the metainfo launches in the package.
appstreamcli validate-tree --no-net "$root" >"$work/validate-tree.txt" 2>&1 ||
    fail "appstreamcli validate-tree rejects the package: $(cat "$work/validate-tree.txt")"
first_release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$first_release" = "$version" ] ||
    fail "the newest <release> in the metainfo is '$first_release': add a release entry for $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
grep -q '<binary>mailsetup</binary>' "$metainfo" || fail "the metainfo does not provide the binary"
grep -o '<image[^>]*>[^<]*</image>' "$metainfo" >"$work/screenshots.txt" || fail "the metainfo has no screenshots"
if grep -q -v '>https://[^<]*\.png</image>' "$work/screenshots.txt"; then
    fail "a screenshot is not an https URL of a PNG: $(cat "$work/screenshots.txt")"
fi

step "icons"
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    file --brief "$png" | grep -q "^PNG image data, $size x $size," || fail "$png: $(file --brief "$png")"
done
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "the scalable icon is no SVG"

step "man page"
lexgrog "$man_page" | grep -q ': "mailsetup - ' || fail "lexgrog finds no NAME section: $(lexgrog "$man_page")"
# Wide lines: nothing is hyphenated, so options can be found in the text as they are.
MANWIDTH=250 LC_ALL=C.UTF-8 man --warnings --local-file "$man_page" >"$work/man.txt" 2>"$work/man-warnings.txt" ||
    fail "man cannot format the page: $(cat "$work/man-warnings.txt")"
[ ! -s "$work/man-warnings.txt" ] || fail "groff warns: $(cat "$work/man-warnings.txt")"
grep -q "mailsetup $version" "$work/man.txt" || fail "the man page is not for version $version"
# It was generated from this binary's --help: every option and command the help names is in it.
help=$(run_isolated "$root/usr/bin/mailsetup" --help) || fail "mailsetup --help failed"
tr -s ' ' <"$work/man.txt" >"$work/man-words.txt"
printf '%s\n' "$help" | grep -o -E -- '--[a-z][a-z-]*|^  [a-z]+ [a-zA-Z]+' | sed 's/^  //' | sort -u |
    while read -r words; do
        grep -q -F -- "$words" "$work/man-words.txt" || fail "the man page lacks '$words' from mailsetup --help"
    done

# --- 3. The unpacked program runs (it links the system's Qt, so no LD_LIBRARY_PATH) -----------
step "unpacked /usr/bin/mailsetup"
if readelf --dynamic "$root/usr/bin/mailsetup" | grep -q -E 'RPATH|RUNPATH'; then
    fail "the packaged binary has an RPATH/RUNPATH"
fi
check_program_runs "$root/usr/bin/mailsetup"

# --- 4. Install, run, remove (root only) ------------------------------------------------------
if [ "$(id -u)" != 0 ]; then
    echo "-- not root: skipped installing the package with apt; the unpacked copy above ran"
    echo "package check: OK"
    exit 0
fi

# Keeps a copy of the installed mailsetup package to put it back afterwards: the very file apt
# installed if apt's cache still has it, else one rebuilt by dpkg-repack from the installed files.
# Exits with "skipped" where that copy would not restore the package exactly.
save_previous_package() {
    local installed_version arch cached
    installed_version=$(dpkg-query -W -f='${Version}' "$package")
    arch=$(dpkg-query -W -f='${Architecture}' "$package")
    local installed="$package $installed_version is installed"
    step "saving the installed $package $installed_version to restore it afterwards"
    [ -f "/var/lib/dpkg/info/$package.md5sums" ] || skip_install_check "$installed without file checksums"
    # dpkg keeps the Section and Priority of the package it replaces where the new one has none.
    [ -n "$(dpkg-query -W -f='${Section}' "$package")" ] && [ -n "$(dpkg-query -W -f='${Priority}' "$package")" ] ||
        skip_install_check "$installed without Section or Priority (it would inherit the test package's)"
    mkdir "$work/previous"
    previous_record=$work/previous/record.txt
    package_record >"$previous_record"

    cached=/var/cache/apt/archives/${package}_${installed_version//:/%3a}_$arch.deb
    if [ -f "$cached" ] && dpkg-deb --control "$cached" "$work/previous/control" 2>/dev/null &&
        cmp -s "$work/previous/control/md5sums" "/var/lib/dpkg/info/$package.md5sums"; then
        cp "$cached" "$work/previous/"
    elif command -v dpkg-repack >/dev/null; then
        # A repacked copy would make changed configuration files look unchanged to dpkg.
        dpkg-query -W -f='${Conffiles}\n' "$package" | while read -r path checksum _; do
            [ -z "$path" ] || [ "$(md5sum <"$path" 2>/dev/null | cut -d' ' -f1)" = "$checksum" ] ||
                skip_install_check "$installed, its configuration file $path was changed and apt's cache has no copy"
        done
        (cd "$work/previous" && dpkg-repack --tag=none "$package" >repack.log 2>&1) ||
            { cat "$work/previous/repack.log" >&2; fail "dpkg-repack $package failed"; }
    else
        skip_install_check "$installed, apt's cache has no copy and dpkg-repack is missing"
    fi
    local copies=("$work/previous/${package}_"*.deb)
    previous_deb=${copies[0]}
    [ "$(dpkg-deb --field "$previous_deb" Version)" = "$installed_version" ] ||
        fail "the saved copy $previous_deb is not version $installed_version"
    if apt-mark showauto "$package" | grep -qx "$package"; then
        previous_auto=1
    fi
}

state=$(package_state)
case "$state" in
    ""|un) ;;
    ii) save_previous_package ;;
    hi) skip_install_check "$package is installed and on hold" ;;
    *) skip_install_check "$package is in dpkg state '$state' (neither cleanly installed nor removed)" ;;
esac

# Only our package may change: the dependencies must all be installed already (they are the
# build's), or removing it afterwards would leave the machine changed.
step "apt-get install ./$(basename "$deb")"
simulation=$(apt-get install --simulate --no-install-recommends "$deb" 2>&1) ||
    fail "apt-get cannot install the package: $simulation"
other_changes=$(printf '%s\n' "$simulation" | awk -v ours="$package" '/^(Inst|Remv|Purg) / && $2 != ours')
[ -z "$other_changes" ] ||
    fail "installing the package would also change other packages (install the build dependencies first):"$'\n'"$other_changes"

machine_touched=1
if [ -n "$previous_deb" ]; then
    dpkg --remove "$package" >/dev/null
fi
DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet --no-install-recommends "$deb" \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install failed"; }
[ "$(package_state)" = ii ] || fail "after apt-get install, $package is in state '$(package_state)'"
[ "$(dpkg-query -W -f='${Version}' "$package")" = "$version" ] || fail "apt installed another version"

step "installed /usr/bin/mailsetup"
check_program_runs /usr/bin/mailsetup
dpkg --listfiles "$package" | grep -qx "/usr/share/applications/$app_id.desktop" ||
    fail "dpkg does not list the desktop file as installed"

step "removing the package"
restore_machine
state=$(package_state)
if [ -z "$previous_deb" ]; then
    [ -z "$state" ] || [ "$state" = un ] || fail "after removal, $package is in state '$state'"
    [ ! -e /usr/bin/mailsetup ] || fail "/usr/bin/mailsetup is still there after removal"
fi
echo "package check: OK"
