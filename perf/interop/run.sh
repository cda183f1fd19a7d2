#!/usr/bin/env bash
# Builds the interop JMH benchmarks and runs them with settings for a 2-core machine: one fork,
# one thread (the other core stays for the OS, GC and JIT), 6 x 10 s warm-up, 5 x 5 s measured.
# A minute of warm-up, not 15 s: with 3 x 5 s the signature check was still getting faster at
# every measured iteration (1.5 ms down to 0.43 ms of CPU), the JIT being short of CPU here.
# Two passes: average time in µs/op, with the GC profiler (bytes allocated per op) and
# CpuTimeProfiler (JVM CPU per op, which other load on the machine does not inflate); then
# throughput in ops/s. Results go to target/jmh-*.json and target/jmh-*.txt, the machine's
# load average every 30 s to target/loadavg.txt. About 40 minutes.
#
#   ./run.sh                 everything
#   ./run.sh Xcpd            only benchmarks matching a regexp (any JMH option can follow)
#
# Builds against this checkout's interop module (reactor/pom.xml: interop and this project,
# packaged, nothing installed), so a comparison measures the code beside it, not whatever
# snapshot another checkout last installed in ~/.m2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${CROSSWAY_SHARED:-$(cd "$root/.." && pwd)/shared}"

(cd "$here" && mvn -B -q -f reactor/pom.xml package -DskipTests)
cd "$here"

(while true; do echo "$(date +%T) $(cat /proc/loadavg)"; sleep 30; done) > target/loadavg.txt &
sampler=$!
trap 'kill "$sampler"' EXIT

common=(-f 1 -wi 6 -w 10s -i 5 -r 5s -t 1 -jvmArgsAppend "-Xms2g -Xmx2g -Dcrossway.shared=$shared")
java -Dcrossway.shared="$shared" -jar target/benchmarks.jar "${common[@]}" -bm avgt -tu us \
  -prof gc -prof dev.crossway.perf.interop.CpuTimeProfiler -rf json -rff target/jmh-avgt.json "$@" | tee target/jmh-avgt.txt
java -Dcrossway.shared="$shared" -jar target/benchmarks.jar "${common[@]}" -bm thrpt -tu s \
  -rf json -rff target/jmh-thrpt.json "$@" | tee target/jmh-thrpt.txt
