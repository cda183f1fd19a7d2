#!/usr/bin/env bash
# Initiator fan-out benchmark: ejb-initiator's outbound layer (Gateway, SoapClient, Envelopes: the
# classes the EAR runs) in a plain JVM with a bounded executor, as its unit tests build it, against
# simulated XCPD responders on 127.0.0.1 in a separate process (so their threads and heap are not
# counted). No WildFly, Keycloak or database. The simulator listens on 127.0.0.1:18690; it is
# recorded in .crossway/perf-initiator-pids and stopped on exit.
# ejb-initiator and interop must be installed first:  cd ../.. && mvn -B -q -o install -DskipTests
#
#   perf/initiator/run.sh [FanOutBench options, e.g. --endpoints 500 --timeout-seconds 10
#                          --max-concurrency 64,256,512 --concurrent 100 --targets-per-query 20 --seconds 60]
#
# The report goes to stdout and to perf/initiator/target/results.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
STATE="$ROOT/.crossway"
mkdir -p "$STATE" "$HERE/target"
# shellcheck source=../../scripts/lib.sh
source "$ROOT/scripts/lib.sh"
PIDS="$STATE/perf-initiator-pids"
PORT="${SIMULATOR_PORT:-18690}"

require_tools
if [ -f "$PIDS" ]; then
  log "a previous initiator perf run left $PIDS; stopping what it recorded"
  stop_recorded
fi
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then die "port $PORT is in use"; fi

log "building the benchmark (perf/initiator)"
mvn -B -q -o -f "$HERE/pom.xml" package -DskipTests || mvn -B -q -f "$HERE/pom.xml" package -DskipTests
JAR="$HERE/target/initiator-bench.jar"
JAVA="$(server_java_home)/bin/java"   # the JDK the EAR runs on

trap 'stop_recorded' EXIT
trap 'exit 130' INT TERM

log "starting the simulated responders on 127.0.0.1:$PORT"
setsid "$JAVA" -Xmx256m -cp "$JAR" dev.crossway.perf.initiator.Simulator "$PORT" "$CROSSWAY_SHARED/samples/ihe/metriport" \
  >"$HERE/target/simulator.log" 2>&1 &
SIM=$!
echo "simulator $SIM" >>"$PIDS"
for _ in $(seq 1 30); do grep -q ready "$HERE/target/simulator.log" 2>/dev/null && break; sleep 0.5; done
grep -q ready "$HERE/target/simulator.log" || die "the simulator did not start (see $HERE/target/simulator.log)"
SIM_JAVA="$(sed -n 's/.* pid \([0-9]*\)$/\1/p' "$HERE/target/simulator.log")"

{
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM;"
  echo "benchmark and simulator JVM: $("$JAVA" -version 2>&1 | sed -n 2p)."
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$HERE/target/machine.txt"

"$JAVA" -Xms1g -Xmx1g -jar "$JAR" --simulator "http://127.0.0.1:$PORT" --simulator-pid "${SIM_JAVA:-$SIM}" \
  --out "$HERE/target/results.md" "$@"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)." | tee -a "$HERE/target/machine.txt"
log "report: $HERE/target/results.md"
