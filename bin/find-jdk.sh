# Sourced by ./cds, ./mvnw and .ci/run: sets JAVA_HOME to a JDK 25 or newer, or says in one sentence
# that there is none and exits. Looks at JAVA_HOME first, then the usual install locations.
cds_java_feature() { # prints the feature version of the JDK at $1 (25 for "25.0.1"), or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
cds_find_jdk() {
  local candidate version
  # CDS_JDK_SEARCH_PATH (space-separated globs) replaces the usual locations, for tests and odd machines.
  local search=${CDS_JDK_SEARCH_PATH:-"/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk*"}
  for candidate in "${JAVA_HOME:-}" $search; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    version=$(cds_java_feature "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 25 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! CDS_JDK=$(cds_find_jdk); then
  echo "No JDK 25 or newer was found (looked in JAVA_HOME=${JAVA_HOME:-<unset>}, /usr/lib/jvm, /opt): install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$CDS_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
