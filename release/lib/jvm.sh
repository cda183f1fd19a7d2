# The node's JVM options beyond its heap, the same for a release node and for ./crossway's servers.
# shellcheck shell=bash

# java_gc_options JAVA_HOME: the garbage collector (CROSSWAY_JAVA_GC: parallel, the default, or g1) and,
# where the JDK has them as a product feature (25 and later), compact object headers.
#
# Why parallel (docs/decisions/release.md, "The JVM"): a gateway request allocates a few hundred KB that die
# young (the message's DOM, its canonical forms, the answer), and the long-lived heap is the caches.
# G1's write barriers (filtering and queueing each cross-region store) and its concurrent refinement
# cost the request threads CPU on every reference store, where the parallel collector's barrier is one
# card mark; on two cores a cache hit cost about 20% less CPU with it (docs/PERFORMANCE.md, "Issue 15,
# session 17"). A collector named in CROSSWAY_JAVA_SIZING as well would conflict: name it here only.
# Its price is that a full collection stops the node
# for as long as marking and compacting the live heap take (measured there too); choose g1 where
# pauses matter more than throughput, e.g. a heap far larger than the default.
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
  echo "$opts"
}
