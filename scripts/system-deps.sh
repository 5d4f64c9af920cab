#!/bin/sh
# Install the Debian packages qtread needs (fonts, HarfBuzz subsetting, poppler, Java for
# epubcheck) when they are missing: with apt-get as root, else say what to install.
set -eu
missing=""
for package in "$@"; do
    case "$package" in
        default-jre-headless) command -v java >/dev/null 2>&1 && continue ;;
    esac
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "qtread needs these system packages:$missing" >&2
    echo "install them with: sudo apt-get install$missing" >&2
    exit 1
fi
