#!/usr/bin/env bash
# Rebuilds the LibreOffice-made fixtures from their .fodt sources (Debian:
# apt-get install libreoffice-writer-nogui fonts-noto-cjk). The .xlsx, .ofd
# and scan fixtures are written by `go test ./internal/document -run
# TestWriteFixtures -update-fixtures`.
set -euo pipefail
cd "$(dirname "$0")"
profile="file://$(mktemp -d)/profile"
for f in report_numbered report_styles plan_table; do
  soffice -env:UserInstallation="$profile" --headless --norestore --convert-to docx "$f.fodt" >/dev/null
done
soffice -env:UserInstallation="$profile" --headless --norestore --convert-to 'doc:MS Word 97' report_numbered.fodt >/dev/null
soffice -env:UserInstallation="$profile" --headless --norestore --convert-to 'doc:MS Word 97' plan_table.fodt >/dev/null
# WPS Office saves .wps in Word's binary format; a .doc under the .wps name
# is what the reader meets.
cp report_numbered.doc report_wps.wps
