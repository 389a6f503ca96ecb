#!/usr/bin/env bash
# Release builds: gongwen for the machines offices have — Windows PCs,
# 信创 servers (麒麟/统信 Linux on 鲲鹏/飞腾 arm64 or 龙芯 loong64), Linux
# and Macs — cross-compiled with CGO_ENABLED=0 (no C toolchain, no shared
# libraries), version and commit stamped ("gongwen version"), packed with
# the README into dist/*.zip (Windows) and dist/*.tar.gz, plus
# dist/SHA256SUMS.
#
#   scripts/release.sh            version from "git describe"
#   scripts/release.sh v0.3.0     version given
#
# Needs only Go and bash. The same commit gives the same archives.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(windows/amd64 linux/amd64 linux/arm64 linux/loong64 darwin/arm64)
version=${1:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
commit=$(git rev-parse HEAD 2>/dev/null || true)
# The commit's time, not the clock's: a rebuild stamps the same date.
date=$(TZ=UTC git log -1 --date=format-local:%Y-%m-%dT%H:%M:%SZ --format=%cd 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)
ldflags="-s -w -X main.version=$version -X main.commit=$commit -X main.date=$date"

out=dist
rm -rf "$out"
mkdir -p "$out"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
go build -o "$stage/archive" ./scripts/archive

for t in "${targets[@]}"; do
  goos=${t%/*}
  goarch=${t#*/}
  name=gongwen-$version-$goos-$goarch
  exe=gongwen
  ext=tar.gz
  if [ "$goos" = windows ]; then
    exe=gongwen.exe
    ext=zip
  fi
  mkdir -p "$stage/$name"
  CGO_ENABLED=0 GOOS=$goos GOARCH=$goarch go build -trimpath -buildvcs=false -ldflags "$ldflags" -o "$stage/$name/$exe" ./cmd/gongwen
  cp README.md "$stage/$name/"
  if [ "$goos" = windows ]; then
    cp scripts/gongwen-web.cmd "$stage/$name/"
  fi
  "$stage/archive" -o "$out/$name.$ext" -C "$stage" -mtime "$date" "$name"
  printf '%-16s %9d bytes binary  %9d bytes %s\n' "$goos/$goarch" "$(wc -c <"$stage/$name/$exe")" "$(wc -c <"$out/$name.$ext")" "$name.$ext"
done
(cd "$out" && "$stage/archive" -sums SHA256SUMS ./*.zip ./*.tar.gz)
echo "dist/SHA256SUMS:"
cat "$out/SHA256SUMS"
