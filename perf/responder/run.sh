#!/usr/bin/env bash
# Responding gateway load test: signed XCPD and XCA requests at a realistic mix against a real
# Crossway. Starts its own servers beside anything else on the machine and stops them on exit:
#   MariaDB database crossway_perf2 (dropped and created fresh, user crossway_perf2),
#   Keycloak from .crossway/keycloak-perf2 on 8191 (management 9011),
#   WildFly node perf2-node at port offset 600 (HTTP 8680, management 10590), multicast 230.0.0.98.
# (perf/directory uses 8580/8190/9010: both can run at the same time, and beside ./crossway test.)
# The EAR must be built first:  cd ../.. && mvn -B -q -o install -DskipTests
# It is copied to perf/responder/target/crossway.ear at start (CROSSWAY_PERF_EAR names another build).
#
#   perf/responder/run.sh [--with-peer] [extra ResponderBench options, e.g. --users 16 --measure-seconds 60 --patients 10000]
#   --floor-users 16,64: after the cache-hit windows, the rungs below a hit with the same signed requests: WildFly alone
#     (perf/responder/floor, deployed beside Crossway: an answer of a hit's size, nothing of Crossway's between), then
#     Crossway refusing them before the parse (sent as text/plain) and after it (sent to ITI-38: wrong Action)
#   --jvm-client httpclient5 (the default) or java.net.http: the JVM client of every measured window (Load.Client)
#   --hit-generators java,wrk,httpclient5,java.net.http: the cache-hit sweep once per generator ("java": --jvm-client's)
#   --baseline-without-replay-cache true: measure a build from before the replay cache (it logs what a second sending gets instead of requiring REPLAYED)
#   with CROSSWAY_PERF_SINGLE_ACCOUNT=true in the environment the application's database user may migrate, and the settings
#   are also given as the system properties such a build read (builds before 2026-12-05)
#
# --with-peer also builds ../shared/peers/ipf-xcpd-baseline (copied to target/ipf-peer: the shared folder is
# read-only) and compares Crossway with it in the same run (PeerComparison; it starts the peer on 127.0.0.1:18680
# with its SAML check and replay cache, records its pid here and stops it). The two servers are warmed in turn, in rounds
# of 20 s, each for at least --peer-warmup-seconds and --peer-warmup-messages (default 200,000), then until its CPU per
# request stops falling (two rounds without a new best by 5%; at most --peer-warmup-max-seconds, default 300; give 600 on
# a host where the peer answers under 1,000 a second). Assertions live --peer-assertion-seconds (default 90),
# so the peer's replay cache forgets them: before each of its rounds and windows the harness waits, if it must, until the
# IDs it may still hold and the next pool are under its sweep threshold (PeerComparison.ReplayLedger).
# --peer-repeats 3 (the default): pairs of windows per concurrency, in turn; the report gives each ratio and their median.
# --peer-clients httpclient5,java.net.http: the pairs of windows once per JVM client (default: --jvm-client's).
#
# The server keeps a replay cache: every send is a request signed for it alone, signed just before its window
# (ResponderBench, Pools). The inbound-trust settings of the perf server are set below.
#
# The report goes to stdout and to perf/responder/target/results.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WITH_PEER=false
WITH_FLOOR=false
ARGS=()
for arg in "$@"; do
  if [ "$arg" = --with-peer ]; then WITH_PEER=true; else ARGS+=("$arg"); fi
  if [ "$arg" = --floor-users ]; then WITH_FLOOR=true; fi
done
set -- "${ARGS[@]}"
PEER_PORT=18680
ROOT="$(cd "$HERE/../.." && pwd)"
STATE="$ROOT/.crossway"
mkdir -p "$STATE" "$HERE/target"
export CROSSWAY_KEYCLOAK_PORT=8191 CROSSWAY_KEYCLOAK_MGMT_PORT=9011
# shellcheck source=../../scripts/lib.sh
source "$ROOT/scripts/lib.sh"
PIDS="$STATE/perf2-pids"   # not .crossway/pids nor perf-pids: other runs keep their own

OFFSET=600
HTTP_PORT=$((8080 + OFFSET))
API="http://localhost:$HTTP_PORT"

require_tools
[ -f "$REALM_TOOL" ] || die "realm tool missing: cd $ROOT && mvn -B -q -o install -DskipTests"
if [ -f "$PIDS" ]; then
  log "a previous responder perf run left $PIDS; stopping what it recorded"
  stop_recorded
fi
for port in $HTTP_PORT $((9990 + OFFSET)) "$KEYCLOAK_PORT" "$KEYCLOAK_MGMT_PORT" $PEER_PORT; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then die "port $port is in use"; fi
done

# a snapshot of the EAR, taken before anything starts, so a rebuild by someone else can't pull it away
SNAPSHOT="$HERE/target/crossway.ear"
if [ -n "${CROSSWAY_PERF_EAR:-}" ]; then cp "$CROSSWAY_PERF_EAR" "$SNAPSHOT"
elif [ -f "$ROOT/ear/target/crossway.ear" ] && [ "${CROSSWAY_PERF_KEEP_EAR:-}" != true ]; then cp "$ROOT/ear/target/crossway.ear" "$SNAPSHOT"; fi
[ -f "$SNAPSHOT" ] || die "no EAR: cd $ROOT && mvn -B -q -o install -DskipTests"
unzip -tq "$SNAPSHOT" >/dev/null || die "$SNAPSHOT is incomplete (a build in progress?); retry"

# wrk (Debian package) drives the cache-hit sweep beside the JVM client: it costs the shared cores less per request
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package) for the cache-hit sweep"
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null || true
  else sudo DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null || true; fi
fi
WRK_ARGS=()
command -v wrk >/dev/null && WRK_ARGS=(--wrk "$(command -v wrk)" --wrk-script "$HERE/wrk/once.lua")

# against this checkout's interop (a reactor of ../../interop and perf/responder, packaged, nothing installed)
log "building the load test (perf/responder, with this checkout's interop)"
mvn -B -q -o -f "$HERE/reactor/pom.xml" package -DskipTests || mvn -B -q -f "$HERE/reactor/pom.xml" package -DskipTests
JAR="$HERE/target/responder-bench.jar"
if [ "$WITH_FLOOR" = true ]; then
  log "building the floor servlet (perf/responder/floor: WildFly's own cost per request, deployed beside Crossway)"
  mvn -B -q -o -f "$HERE/floor/pom.xml" package || mvn -B -q -f "$HERE/floor/pom.xml" package
fi

PEER_ARGS=()
if [ "$WITH_PEER" = true ]; then
  PEER_SRC="$CROSSWAY_SHARED/peers/ipf-xcpd-baseline"
  [ -f "$PEER_SRC/pom.xml" ] || die "no peer at $PEER_SRC"
  log "building the peer (a copy of $PEER_SRC in target/ipf-peer; its first build downloads IPF 5 from Maven Central)"
  rm -rf "$HERE/target/ipf-peer" && mkdir -p "$HERE/target/ipf-peer"
  cp -r "$PEER_SRC/pom.xml" "$PEER_SRC/src" "$HERE/target/ipf-peer/" && chmod -R u+w "$HERE/target/ipf-peer"
  mvn -B -q -o -f "$HERE/target/ipf-peer/pom.xml" package -DskipTests || mvn -B -q -f "$HERE/target/ipf-peer/pom.xml" package -DskipTests
  # the peer's README names Java 17 (IPF 5, Groovy, Spring Boot 3.4)
  PEER_JAVA="$(command -v java)"
  [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ] && PEER_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
  PEER_ARGS=(--peer-jar "$HERE/target/ipf-peer/target/ipf-baseline.jar" --peer-java "$PEER_JAVA" --peer-port "$PEER_PORT"
    --pids-file "$PIDS")
fi

trap 'stop_recorded' EXIT
trap 'exit 130' INT TERM

ensure_mariadb
DB_PASSWORD="$(local_secret PERF2_DB_PASSWORD)"
create_database crossway_perf2 crossway_perf2 "$DB_PASSWORD" fresh
if [ "${CROSSWAY_PERF_SINGLE_ACCOUNT:-}" = true ]; then
  # a build from before the two database accounts (2026-12-05) migrates as the application's own user
  for host in localhost 127.0.0.1; do
    echo "GRANT ALL PRIVILEGES ON \`crossway_perf2\`.* TO 'crossway_perf2'@'$host';" | db_admin
  done
fi

export CROSSWAY_PORTAL_SECRET; CROSSWAY_PORTAL_SECRET="$(local_secret PORTAL_SECRET)"
start_keycloak "$STATE/keycloak-perf2" "$STATE/keycloak-perf2.log" fresh
apply_realm --sandbox --portal-url "$API"

export CROSSWAY_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/crossway_perf2?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
export CROSSWAY_DB_USER=crossway_perf2 CROSSWAY_DB_PASSWORD="$DB_PASSWORD"
export CROSSWAY_OIDC_PROVIDER_URL="http://localhost:$KEYCLOAK_PORT/realms/crossway"
# sandbox mode: the sandbox clients (sandbox-admin, sandbox-partner) are accepted only then; it also seeds
# the few sandbox communities, which the load test does not touch
export CROSSWAY_MULTICAST=230.0.0.98 CROSSWAY_SANDBOX=true
# inbound trust: the audience is this server's URL; timestamps keep the default 5-minute cap (each window's requests
# are signed just before it, so none needs longer); the per-initiator token bucket stays on (its cost is measured)
# at the default 100/s, with overrides that never limit for the load test's initiators: .42 and .42.<round> (the
# cache-miss scenarios vary the requesting community by round so that each key is new)
export CROSSWAY_GATEWAY_PUBLIC_URL="$API" CROSSWAY_GATEWAY_MAX_TIMESTAMP_LIFETIME=PT5M CROSSWAY_GATEWAY_RATE=100
overrides="2.16.840.1.113883.3.9999.42=100000:100000"
for round in $(seq 1 64); do overrides="$overrides,2.16.840.1.113883.3.9999.42.$round=100000:100000"; done
export CROSSWAY_GATEWAY_RATE_OVERRIDES="$overrides"
# the cluster's key material (JGroups SYM_ENCRYPT and AUTH): without it the server's channel does not start
ensure_cluster_key
# the server runs from a private copy of the provisioned WildFly (a rebuild of ear/ can't pull modules away)
log "copying the provisioned WildFly to $STATE/wildfly-perf2"
rm -rf "$STATE/wildfly-perf2" && cp -a "$SERVER_HOME" "$STATE/wildfly-perf2"
SERVER_HOME="$STATE/wildfly-perf2"
# start_wildfly deploys $ROOT/ear/target/crossway.ear: ROOT points at the snapshot meanwhile
mkdir -p "$STATE/perf2-root/ear/target"
cp "$SNAPSHOT" "$STATE/perf2-root/ear/target/crossway.ear"
REAL_ROOT="$ROOT"; ROOT="$STATE/perf2-root"
if [ "${CROSSWAY_PERF_SINGLE_ACCOUNT:-}" = true ]; then
  # such a build also read its settings as system properties, which its own crossway.cli set from the
  # environment (this checkout's server configuration no longer does): the same values, from a file of
  # this run's (standalone.sh -P), not the command line, where ps would show the two secrets
  export CROSSWAY_SERVER_PROPERTIES="$STATE/perf2-legacy.properties"
  (umask 077; : >"$CROSSWAY_SERVER_PROPERTIES")
  for pair in crossway.oidc.provider-url=CROSSWAY_OIDC_PROVIDER_URL crossway.oidc.portal-secret=CROSSWAY_PORTAL_SECRET \
      crossway.keycloak.manager-secret=CROSSWAY_MANAGER_SECRET crossway.signing.key=CROSSWAY_SIGNING_KEY \
      crossway.signing.cert=CROSSWAY_SIGNING_CERT crossway.gateway.public-url=CROSSWAY_GATEWAY_PUBLIC_URL \
      crossway.shared=CROSSWAY_SHARED crossway.sandbox=CROSSWAY_SANDBOX crossway.geo.zcta=CROSSWAY_GEO_ZCTA; do
    variable="${pair#*=}"
    if [ -n "${!variable:-}" ]; then printf '%s=%s\n' "${pair%%=*}" "${!variable}" >>"$CROSSWAY_SERVER_PROPERTIES"; fi
  done
fi
start_wildfly "$STATE/perf2-node" perf2-node "$OFFSET" "$STATE/perf2-node.log"
ROOT="$REAL_ROOT"
if [ "$WITH_FLOOR" = true ]; then
  cp "$HERE/floor/target/crossway-floor.war" "$STATE/perf2-node/deployments/"
  for _ in $(seq 1 120); do
    [ -f "$STATE/perf2-node/deployments/crossway-floor.war.deployed" ] && break
    [ -f "$STATE/perf2-node/deployments/crossway-floor.war.failed" ] && die "the floor servlet did not deploy"
    sleep 1
  done
  [ -f "$STATE/perf2-node/deployments/crossway-floor.war.deployed" ] || die "the floor servlet did not deploy within 120 s"
  log "the floor servlet is deployed at $API/crossway-floor/answer"
fi

WF_SH="$(awk '$1 == "wildfly-perf2-node" { print $2 }' "$PIDS")"
WF_JAVA="$(pgrep -P "$WF_SH" java || true)"
DB_PID="$(pidof mariadbd || true)"
log "WildFly JVM pid ${WF_JAVA:-?}, mariadbd pid ${DB_PID:-?}"

SERVER_JAVA_HOME="$(server_java_home)"
{
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM;"
  echo "server JVM: $("$SERVER_JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p) (WildFly $VERSION_WILDFLY, $(tr '\0' ' ' </proc/"${WF_JAVA:-self}"/cmdline | grep -o -- '-Xmx[0-9a-zA-Z]*' | head -1)),"
  echo "load generator JVM: $("$SERVER_JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p); MariaDB $(mariadb --version | grep -o '[0-9]*\.[0-9]*\.[0-9]*-MariaDB' | head -1)."
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$HERE/target/machine.txt"

# the load generator runs on the same JDK as the server so that it can read the server's JFR file
"$SERVER_JAVA_HOME/bin/java" -Xms1g -Xmx3g -jar "$JAR" --api "$API" \
  --token-url "http://localhost:$KEYCLOAK_PORT/realms/crossway/protocol/openid-connect/token" \
  --server-pid "${WF_JAVA:-0}" --db-pid "${DB_PID:-0}" --jcmd "$SERVER_JAVA_HOME/bin/jcmd" \
  --ccda "$CROSSWAY_SHARED/samples/ccda/hl7-c-cda-examples/CCD_1.xml" \
  --out "$HERE/target/results.md" "${WRK_ARGS[@]}" "${PEER_ARGS[@]}" "$@"
if command -v wrk >/dev/null; then wrk_version="$({ wrk --version 2>&1 || true; } | head -1 | cut -d' ' -f1-2)"; else wrk_version="not installed"; fi
echo "wrk: $wrk_version." | tee -a "$HERE/target/machine.txt"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)." | tee -a "$HERE/target/machine.txt"
log "report: $HERE/target/results.md"
