# The node's JVM options beyond its heap, the same for a release node and for ./crossway's servers.
# shellcheck shell=bash

# java_gc_options JAVA_HOME: the garbage collector (CROSSWAY_JAVA_GC: parallel, the default, or g1),
# where the JDK has them as a product feature (25 and later), compact object headers, and native access for
# the deployment's RSA provider.
#
# Why parallel, at what price and when to choose g1: docs/decisions/release.md ("The JVM"). A collector
# named in CROSSWAY_JAVA_SIZING as well would conflict (the JVM refuses two): it is named here only.
java_gc_options() {
  local java="$1/bin/java" opts
  case "${CROSSWAY_JAVA_GC:-parallel}" in
    parallel) opts="-XX:+UseParallelGC" ;;
    g1) opts="-XX:+UseG1GC" ;;
    *) echo "CROSSWAY_JAVA_GC is parallel or g1, not '${CROSSWAY_JAVA_GC}'" >&2; return 1 ;;
  esac
  # a 4-byte smaller header on every object (JEP 519): the DOM of each message is many small objects
  if "$java" -XX:+UseCompactObjectHeaders -version >/dev/null 2>&1; then
    opts="$opts -XX:+UseCompactObjectHeaders"
  fi
  # the RSA of inbound signature checks loads AWS-LC's native library (interop's RsaProvider): allowed
  # explicitly, as JDK 24 and later warn of it and will refuse it unless it is
  if "$java" --enable-native-access=ALL-UNNAMED -version >/dev/null 2>&1; then
    opts="$opts --enable-native-access=ALL-UNNAMED"
  fi
  echo "$opts"
}
