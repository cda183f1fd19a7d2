#!/usr/bin/env bash
# Directory load test: N generated organizations synced into a real Crossway, then radius and
# name queries. Starts its own servers beside anything else on the machine and stops them on exit:
#   MariaDB database crossway_perf (dropped and created fresh, user crossway_perf),
#   Keycloak from .crossway/keycloak-perf on 8190 (management 9010),
#   WildFly node perf-node at port offset 500 (HTTP 8580, management 10490).
# The EAR must be built first:  cd ../.. && mvn -B -q -o install -DskipTests
# (or CROSSWAY_PERF_EAR=/path/to/crossway.ear names another build to deploy).
#
#   perf/directory/run.sh [N] [extra DirectoryBench options, e.g. --page-sizes 1000 --warmup-seconds 60]
#
# The report goes to stdout and to perf/directory/target/results-N.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
STATE="$ROOT/.crossway"
mkdir -p "$STATE"
export CROSSWAY_KEYCLOAK_PORT=8190 CROSSWAY_KEYCLOAK_MGMT_PORT=9010
# shellcheck source=../../scripts/lib.sh
source "$ROOT/scripts/lib.sh"
PIDS="$STATE/perf-pids"   # not .crossway/pids: a ./crossway run or test keeps its own

N="${1:-100000}"
shift || true
HTTP_PORT=8580
API="http://localhost:$HTTP_PORT"

require_tools
[ -f "${CROSSWAY_PERF_EAR:-$ROOT/ear/target/crossway.ear}" ] || die "ear/target/crossway.ear missing: cd $ROOT && mvn -B -q -o install -DskipTests"
[ -f "$REALM_TOOL" ] || die "realm tool missing: cd $ROOT && mvn -B -q -o install -DskipTests"
ZCTA="$CROSSWAY_SHARED/geo/zcta.csv"
[ -f "$ZCTA" ] || die "ZIP centroid table missing: $ZCTA"
if [ -f "$PIDS" ]; then
  log "a previous perf run left $PIDS; stopping what it recorded"
  stop_recorded
fi
for port in $HTTP_PORT $((9990 + 500)) "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT"; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then die "port $port is in use"; fi
done

log "building the load test (perf/directory)"
mvn -B -q -o -f "$HERE/pom.xml" package -DskipTests || mvn -B -q -f "$HERE/pom.xml" package -DskipTests
JAR="$HERE/target/directory-bench.jar"

trap 'stop_recorded' EXIT
trap 'exit 130' INT TERM

ensure_mariadb
DB_PASSWORD="$(local_secret PERF_DB_PASSWORD)"
create_database crossway_perf crossway_perf "$DB_PASSWORD" fresh

export CROSSWAY_PORTAL_SECRET; CROSSWAY_PORTAL_SECRET="$(local_secret PORTAL_SECRET)"
start_keycloak "$STATE/keycloak-perf" "$STATE/keycloak-perf.log" fresh
apply_realm --sandbox --portal-url "$API"

export CROSSWAY_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/crossway_perf?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
export CROSSWAY_DB_USER=crossway_perf CROSSWAY_DB_PASSWORD="$DB_PASSWORD"
export CROSSWAY_OIDC_PROVIDER_URL="http://localhost:$KEYCLOAK_PORT/realms/crossway"
export CROSSWAY_MULTICAST=230.0.0.99 CROSSWAY_SANDBOX=true CROSSWAY_GEO_ZCTA="$ZCTA"
# the generated directory is served on 127.0.0.1 over plain http: outbound policy must allow it
export CROSSWAY_OUTBOUND_ALLOW="127.0.0.1/32${CROSSWAY_OUTBOUND_ALLOW:+,$CROSSWAY_OUTBOUND_ALLOW}"
# the cluster's key material (JGroups SYM_ENCRYPT and AUTH): without it the server's channel does not start
ensure_cluster_key
# the server runs from a private copy of the provisioned WildFly, so a rebuild of ear/ by someone
# else during the run (./crossway test does one) cannot pull modules from under it
log "copying the provisioned WildFly to $STATE/wildfly-perf"
rm -rf "$STATE/wildfly-perf" && cp -a "$SERVER_HOME" "$STATE/wildfly-perf"
SERVER_HOME="$STATE/wildfly-perf"
# ...and deploys a snapshot of the EAR (CROSSWAY_PERF_EAR, default ear/target/crossway.ear):
# start_wildfly takes the EAR from $ROOT/ear/target, so ROOT points at the snapshot meanwhile
EAR="${CROSSWAY_PERF_EAR:-$ROOT/ear/target/crossway.ear}"
mkdir -p "$STATE/perf-root/ear/target"
cp "$EAR" "$STATE/perf-root/ear/target/crossway.ear"
unzip -tq "$STATE/perf-root/ear/target/crossway.ear" >/dev/null || die "$EAR is incomplete (a build in progress?); retry"
REAL_ROOT="$ROOT"; ROOT="$STATE/perf-root"
start_wildfly "$STATE/perf-node" perf-node 500 "$STATE/perf-node.log"
ROOT="$REAL_ROOT"

# CPU is read from the JVM itself (standalone.sh is its parent) and from mariadbd
WF_SH="$(awk '$1 == "wildfly-perf-node" { print $2 }' "$PIDS")"
WF_JAVA="$(pgrep -P "$WF_SH" java || true)"
DB_PID="$(pidof mariadbd || true)"
log "WildFly JVM pid ${WF_JAVA:-?}, mariadbd pid ${DB_PID:-?}"

SERVER_JAVA="$(server_java_home)/bin/java"
{
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM;"
  echo "server JVM: $("$SERVER_JAVA" -version 2>&1 | sed -n 2p) (WildFly $VERSION_WILDFLY, $(grep -o 'Xmx[0-9a-z]*' "$SERVER_HOME/bin/standalone.conf" | head -1)),"
  echo "load generator JVM: $(java -version 2>&1 | sed -n 2p); MariaDB $(mariadb --version | grep -o '[0-9]*\.[0-9]*\.[0-9]*-MariaDB' | head -1)."
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$HERE/target/machine-$N.txt"

java -Xms256m -Xmx1g -jar "$JAR" --n "$N" --zcta "$ZCTA" --api "$API" \
  --token-url "http://localhost:$KEYCLOAK_PORT/realms/crossway/protocol/openid-connect/token" \
  --server-pid "${WF_JAVA:-0}" --db-pid "${DB_PID:-0}" --out "$HERE/target/results-$N.md" "$@"
log "report: $HERE/target/results-$N.md"
