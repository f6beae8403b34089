#!/usr/bin/env bash
# Fetches the embedded ClickHouse engine (chDB's libchdb.so) from the npm registry by package name
# and version, checks it against the pinned integrity, and caches it outside target/ so that
# `mvn clean` does not fetch 178 MB again. Called by the build (store/pom.xml) and by ./cds.
#
#   fetch-chdb.sh <version> <sha512-integrity> <cache-dir>
#
# The library ends up at <cache-dir>/chdb/<version>/libchdb.so.
set -euo pipefail
version=$1 integrity=$2 cache=$3
target_dir="$cache/chdb/$version"
lib="$target_dir/libchdb.so"
marker="$target_dir/.integrity"

if [ -f "$lib" ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$integrity" ]; then
  exit 0
fi
npm=${CDS_NPM:-npm}
if ! command -v "$npm" >/dev/null 2>&1; then
  echo "npm was not found on PATH: the build needs npm to fetch the embedded ClickHouse engine (@chdb/lib-linux-x64-gnu@$version); install Node.js and npm." >&2
  exit 3
fi
mkdir -p "$target_dir"
work=$(mktemp -d "$target_dir/.fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "Fetching @chdb/lib-linux-x64-gnu@$version with npm pack (about 178 MB, once)..." >&2
if ! (cd "$work" && "$npm" pack "@chdb/lib-linux-x64-gnu@$version" --silent >/dev/null 2>"$work/npm.log"); then
  echo "npm pack @chdb/lib-linux-x64-gnu@$version failed: $(tail -n 3 "$work/npm.log" | tr '\n' ' ')" >&2
  exit 4
fi
tarball=$(ls "$work"/*.tgz)
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "The downloaded chDB package does not match the pinned integrity (expected $integrity, got $actual); refusing to use it." >&2
  exit 5
fi
tar -xzf "$tarball" -C "$work" package/libchdb.so
mv -f "$work/package/libchdb.so" "$lib"
echo "$integrity" > "$marker"
echo "Cached libchdb.so at $lib" >&2
