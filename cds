#!/usr/bin/env bash
# The project's one command for people:
#   ./cds demo      build what is missing, start the embedded stack and the dashboard (Ctrl-C stops)
#   ./cds build     rebuild everything (skipping tests)
#   ./cds help      the other commands
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/bin/find-jdk.sh"
cd "$here"

classpath_file="$here/cli/target/classpath.txt"
build() {
  echo "Building the project (./mvnw install -DskipTests)…" >&2
  "$here/mvnw" -B -q install -DskipTests >&2
  # The dependency plugin leaves the classpath file alone when it has not changed; its time is
  # what the next run compares sources with, so mark the build here.
  touch "$classpath_file"
}
case "${1:-}" in
  build) build; exit 0 ;;
esac
# Rebuild when never built or when a source file is newer than the last build.
if [ ! -f "$classpath_file" ] || [ -n "$(find "$here" -path "$here/var" -prune -o -path '*/target' -prune -o \
     \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$classpath_file" -print -quit)" ]; then
  build
fi

classpath="$here/cli/target/classes:$(cat "$classpath_file")"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dfile.encoding=UTF-8 \
  ${CDS_JAVA_OPTS:-} -cp "$classpath" vn.thanhhoa.cds.cli.Cds "$@"
