#!/usr/bin/env bash
# Cold start of a gongwen binary: "ask" on a fresh index (builds it from the
# bundled corpus, then answers) and again on the index it left, N times.
#   scripts/coldstart.sh dist-extracted/gongwen 15
bin=$1; n=${2:-10}
q="去年的报告里普法宣传搞了多少场活动?"
cold=(); warm=()
for i in $(seq $n); do
  db=$(mktemp -d)/db
  s=$(date +%s%N); GONGWEN_DB=$db "$bin" ask --now 2025-03-10 "$q" >/dev/null 2>&1; e=$(date +%s%N)
  cold+=($(( (e-s)/1000000 )))
  s=$(date +%s%N); GONGWEN_DB=$db "$bin" ask --now 2025-03-10 "$q" >/dev/null 2>&1; e=$(date +%s%N)
  warm+=($(( (e-s)/1000000 )))
  rm -rf "$(dirname $db)"
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print "median " a[int((NR+1)/2)] " ms, min " a[1] " ms, max " a[NR] " ms"}'; }
echo "cold (fresh index): $(med "${cold[@]}")"
echo "warm (index exists): $(med "${warm[@]}")"
