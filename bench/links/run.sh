#!/usr/bin/env bash
# Link-check benchmark: generates a site of ROLES roles with BROKEN planted broken internal links,
# checks it with our checker and, on the same built site, with linkinator 6, hyperlink and
# html-proofer (each installed here when missing), and prints time, peak memory and what each found.
# The configured origin is the default http://localhost:8080, which nothing serves here: the tools are
# told to skip it (canonical URLs) and every other host, so they check only the site on disk.
# Usage: bench/links/run.sh [ROLES=4000] [BROKEN=40]   (run from the repository root; needs the network
# to the npm registry and Debian's archive the first time, for the three other tools)
set -euo pipefail
ROLES="${1:-4000}"
BROKEN="${2:-40}"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/careers-links-bench.XXXXXX")"
TOOLS="${LINK_TOOLS_DIR:-${TMPDIR:-/tmp}/careers-link-tools}"
cd "$REPO"

node --import tsx bench/links/generate.ts "$WORK/content" --roles "$ROLES" --broken "$BROKEN"
PLANTED="$WORK/planted.json"

# Runs a command under /usr/bin/time -v (or plain timing when it is missing), keeping its output.
# Prints "seconds peak_mb" for the table.
measure() {
  local out="$1"; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$out.time" "$@" >"$out" 2>"$out.err" || true
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out.time" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.time")
    echo "$wall $((rss / 1024))"
  else
    local start end
    start=$(date +%s.%N); "$@" >"$out" 2>"$out.err" || true; end=$(date +%s.%N)
    echo "$(echo "$end - $start" | bc) ?"
  fi
}

row() { printf '| %-28s | %8s | %8s | %12s | %14s |\n' "$@"; }

echo "Built for the comparison: $ROLES roles, $BROKEN planted broken links (half missing pages, half missing headings) in $WORK"
ours=$(measure "$WORK/ours.json" node --import tsx src/cli/main.ts links --content "$WORK/content" --no-cache --format json)
ours_found=$(node --import tsx bench/links/count.ts "$PLANTED" "$WORK/ours.json" ours)
inproc=$(node --import tsx bench/links/measure.ts "$WORK/content")

node --import tsx src/cli/main.ts build --content "$WORK/content" --out "$WORK/_site" --links off --no-cache >/dev/null 2>&1
echo "Built site: $(find "$WORK/_site" -name '*.html' | wc -l) HTML files"

if [ ! -x "$TOOLS/node_modules/.bin/linkinator" ] || [ ! -x "$TOOLS/node_modules/.bin/hyperlink" ]; then
  npm install --prefix "$TOOLS" --no-audit --no-fund linkinator@6 hyperlink@5 >/dev/null 2>&1
fi
linkinator_version=$("$TOOLS/node_modules/.bin/linkinator" --version 2>/dev/null || echo '?')
linkinator=$(measure "$WORK/linkinator.json" timeout 1200 "$TOOLS/node_modules/.bin/linkinator" "$WORK/_site" --recurse --skip '^(http://localhost:8080|https?://(?!localhost))' --format json --concurrency 50)
linkinator_found=$(node --import tsx bench/links/count.ts "$PLANTED" "$WORK/linkinator.json" linkinator)

hyperlink_version=$(node -p "require('$TOOLS/node_modules/hyperlink/package.json').version")
hyperlink=$(measure "$WORK/hyperlink.tap" timeout 1200 "$TOOLS/node_modules/.bin/hyperlink" --root "$WORK/_site" --recursive --internal "$WORK/_site/index.html")
hyperlink_found=$(node --import tsx bench/links/count.ts "$PLANTED" "$WORK/hyperlink.tap" hyperlink)

if ! command -v htmlproofer >/dev/null && [ "$(id -u)" = 0 ]; then
  (apt-get install -y ruby-html-proofer >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y ruby-html-proofer >/dev/null 2>&1)) || true
fi
if command -v htmlproofer >/dev/null; then
  htmlproofer_version=$(dpkg-query -W -f '${Version}' ruby-html-proofer 2>/dev/null || echo '?')
    # Run from $WORK: html-proofer keeps a cache folder (tmp/.htmlproofer) in its working directory.
  htmlproofer=$(measure "$WORK/htmlproofer.txt" env -C "$WORK" timeout 1200 htmlproofer ./_site --disable-external --root-dir "$WORK/_site")
  cat "$WORK/htmlproofer.txt.err" >>"$WORK/htmlproofer.txt"
  htmlproofer_found=$(node --import tsx bench/links/count.ts "$PLANTED" "$WORK/htmlproofer.txt" htmlproofer)
fi

echo
row 'checker' 'time (s)' 'peak MB' "planted found" 'other reports'
row '---' '---:' '---:' '---:' '---:'
read -r t m <<<"$ours"; read -r f o <<<"$ours_found"
row 'careers links (whole CLI)' "$t" "$m" "$f / $BROKEN" "$o"
row 'careers link check alone' "$(node -p "($inproc).linkCheckMs / 1000")" '-' "$(node -p "($inproc).found") / $BROKEN" '-'
read -r t m <<<"$linkinator"; read -r f o <<<"$linkinator_found"
row "linkinator $linkinator_version" "$t" "$m" "$f / $BROKEN" "$o"
read -r t m <<<"$hyperlink"; read -r f o <<<"$hyperlink_found"
row "hyperlink $hyperlink_version" "$t" "$m" "$f / $BROKEN" "$o"
if [ -n "${htmlproofer:-}" ]; then
  read -r t m <<<"$htmlproofer"; read -r f o <<<"$htmlproofer_found"
  row "html-proofer $htmlproofer_version" "$t" "$m" "$f / $BROKEN" "$o"
else
  row 'html-proofer' 'n/a' 'n/a' 'not installed' '-'
fi
echo
echo "Content loading in the CLI run: $(node -p "($inproc).loadMs") ms (cold); outputs kept in $WORK"
