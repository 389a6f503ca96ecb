#!/usr/bin/env bash
# Rebuilds the LibreOffice-made fixtures from their .fodt sources (Debian:
# apt-get install libreoffice-writer-nogui fonts-noto-cjk). The .xlsx, .ofd
# and scan fixtures are written by `go test ./internal/document -run
# TestWriteFixtures -update-fixtures`.
set -euo pipefail
cd "$(dirname "$0")"
profile="file://$(mktemp -d)/profile"
# bundled_plan_table.fodt comes from `go test ./internal/plan -run
# TestBundledPlanAsTable -write-bundled-fodt` (the bundled plan's tasks as a table).
for f in report_numbered report_styles plan_table bundled_plan_table; do
  soffice -env:UserInstallation="$profile" --headless --norestore --convert-to docx "$f.fodt" >/dev/null
done
soffice -env:UserInstallation="$profile" --headless --norestore --convert-to 'doc:MS Word 97' report_numbered.fodt >/dev/null
soffice -env:UserInstallation="$profile" --headless --norestore --convert-to 'doc:MS Word 97' plan_table.fodt >/dev/null
soffice -env:UserInstallation="$profile" --headless --norestore --convert-to 'doc:MS Word 97' bundled_plan_table.fodt >/dev/null
# WPS Office saves .wps in Word's binary format; a .doc under the .wps name
# is what the reader meets.
cp report_numbered.doc report_wps.wps
# The scan: page 1 of the bundled report 001 laid out by LibreOffice at 16 pt
# and rendered at 200 dpi (pdftoppm -r 200 -gray -png -f 1 -l 1 -singlefile
# scan_source.pdf /tmp/fmt_scan_page), wrapped as an image-only PDF by
# `go test ./internal/document -run TestWriteFixtures -update-fixtures`;
# scan_report.txt is that page's text layer (pdftotext -f 1 -l 1).
