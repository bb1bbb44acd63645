#!/bin/sh
# Debian packages Protokoll needs beside its Python dependencies, installed when missing:
# Tesseract's Swedish (and English) language data for OCR (the Tesseract library itself
# comes inside the tesserocr wheel), the DejaVu fonts the OCR tests render text with, and
# Chromium, the headless browser tests/test_browser.py drives through Playwright.
# Run by `make install` before pip; quick and silent when everything is there.
set -eu

PACKAGES="tesseract-ocr-swe tesseract-ocr-eng fonts-dejavu-core chromium"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: not a Debian system; install Tesseract's Swedish data" \
         "(swe.traineddata, set TESSDATA_PREFIX to its folder) and DejaVu fonts yourself." >&2
    exit 0
fi

missing=""
for pkg in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
else
    echo "install-system-deps: missing Debian packages:$missing" >&2
    echo "  install them as root:  apt-get install --no-install-recommends$missing" >&2
    echo "  until then scanned pages and images cannot be read (OCR) and the OCR tests are skipped." >&2
    exit 0
fi

echo "install-system-deps: installing$missing" >&2
$sudo apt-get update -qq -o DPkg::Lock::Timeout=600
# shellcheck disable=SC2086  # word splitting of the package list is intended
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 $missing >/dev/null
