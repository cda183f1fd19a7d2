# ./crossway test: every test, with real servers (MariaDB, Keycloak, WildFly via Arquillian, Chromium).
# shellcheck shell=bash
# ./crossway test --it ClassName[,Other]: build without unit tests and run only those Arquillian
# classes (a developer's loop; CI runs everything).
# ./crossway test --cluster-only: build without unit tests and run only the cluster test (two
# nodes, the intruders, ClusterIT). ./crossway test --mtls: only the mutual TLS test on the
# production configuration (scripts/mtls-test.sh). ./crossway test --release: only the release test
# (package, install, production Keycloak and node, signed XCPD over mTLS, backup/restore; scripts/release-test.sh).
# ./crossway test --upgrade: only the upgrade rehearsal (release N-1's schema and data, a rolling restart of
# two nodes under signed XCPD load; scripts/upgrade-test.sh).
PIDS="$STATE/test-pids"
ONLY_IT=""
CLUSTER_ONLY=""
ONLY_MTLS=""
ONLY_RELEASE=""
ONLY_UPGRADE=""
case "${1:-}" in
  --it) ONLY_IT="${2:?--it needs a test class name}" ;;
  --cluster-only) CLUSTER_ONLY=1 ;;
  --mtls) ONLY_MTLS=1 ;;
  --release) ONLY_RELEASE=1 ;;
  --upgrade) ONLY_UPGRADE=1 ;;
  "") ;;
  *) die "unknown option: $1 (try --it ClassName, --cluster-only, --mtls, --release or --upgrade)" ;;
esac
require_tools
[ -f "$PIDS" ] && stop_recorded
trap 'stop_recorded' EXIT INT TERM

ensure_mariadb
if ! command -v chromedriver >/dev/null; then
  log "installing Chromium and ChromeDriver for the portal tests (Debian packages)"
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver >/dev/null
  else sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver >/dev/null; fi
fi
if [ ! -x /usr/sbin/slapd ]; then
  # PeopleLoginIT federates a real OpenLDAP directory (run by the test on a loopback port, stopped by PID);
  # the package's own service is not started (it is not needed, and containers forbid it)
  log "installing OpenLDAP's slapd for the directory login test (Debian package slapd)"
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y slapd >/dev/null
  else sudo DEBIAN_FRONTEND=noninteractive apt-get install -y slapd >/dev/null; fi
fi
TEST_DB_PASSWORD="$(local_secret TEST_DB_PASSWORD)"
create_database crossway_test crossway_test "$TEST_DB_PASSWORD" fresh

if [ -n "$ONLY_IT$CLUSTER_ONLY$ONLY_MTLS$ONLY_RELEASE$ONLY_UPGRADE" ]; then
  log "build (unit tests skipped: ${ONLY_IT:+--it $ONLY_IT}${CLUSTER_ONLY:+--cluster-only}${ONLY_MTLS:+--mtls}${ONLY_RELEASE:+--release}${ONLY_UPGRADE:+--upgrade})"
  mvn -B -q install -DskipTests || die "build failed"
else
  # the unit tests run on the JDK the servers run on (surefire's forked JVM), so that what a JDK
  # decides by default (XML limits, TLS, crypto, time zone and locale data) is tested as shipped
  log "build and unit tests (on $(server_java_home))"
  mvn -B install -DskipITs -Djvm="$(server_java_home)/bin/java" || die "unit tests failed"
fi

export CROSSWAY_PORTAL_SECRET; CROSSWAY_PORTAL_SECRET="$(local_secret PORTAL_SECRET)"
[ -z "$ONLY_MTLS$ONLY_RELEASE" ] && start_keycloak "$STATE/keycloak-test" "$ROOT/ear/target/keycloak-test.log" fresh
[ -z "$ONLY_MTLS$ONLY_RELEASE" ] && apply_realm --sandbox --portal-url http://localhost:8080

export CROSSWAY_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/crossway_test?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
export CROSSWAY_SANDBOX=true
# the portal shows times in the installation's zone (DashboardIT reads it back)
export CROSSWAY_TIME_ZONE="America/Chicago"
export CROSSWAY_GEO_ZCTA="$CROSSWAY_SHARED/geo/zcta.csv"
# the SAML audiences the node under test accepts: its own URLs, nothing taken from a request; one
# test initiator (InboundTrustIT) gets a tiny rate (3 requests, then one per 20 s) to prove the limit
export CROSSWAY_GATEWAY_PUBLIC_URL="http://localhost:8080,https://localhost:8443"
export CROSSWAY_GATEWAY_RATE_OVERRIDES="2.16.840.1.113883.3.9999.77=0.05:3"
ensure_signing_identity
# the sandbox network over mutual TLS: the node's HTTPS listener presents the sandbox server
# certificate and asks for client certificates; the initiator presents the sandbox client one.
# Outbound calls may reach only these loopback ports: the node's own gateway, the test FHIR
# directory (LocalFhirDirectory), the test facility of GatewayModeIT and the partner's webhook
# receiver of WebhooksIT (which also wants quick retries: 1 s, 2 s, 4 s, 8 s, then dead-lettered)
ensure_tls_identity "$STATE/tls"
export CROSSWAY_OUTBOUND_ALLOW="localhost:8443,127.0.0.1:18088,127.0.0.1:18089,127.0.0.1:19471"
export CROSSWAY_WEBHOOKS_BASE_DELAY=PT1S CROSSWAY_WEBHOOKS_MAX_ATTEMPTS=5 CROSSWAY_WEBHOOKS_INTERVAL=PT1S
export CROSSWAY_SERVER_JAVA_HOME; CROSSWAY_SERVER_JAVA_HOME="$(server_java_home)"

ensure_cluster_key

# No PHI in logs: after the end-to-end tests, the server log of the node under test (text and JSON)
# must not hold the sandbox patient's name or birth date (Alice Newman, 1970-05-01; HL7 writes the
# date 19700501), although the tests query, disclose and retrieve her records many times over.
phi_check() {
  local dir="$ROOT/ear/target/it-node1/log" pattern='newman|1970-05-01|19700501' hits
  [ -d "$dir" ] || die "no server log in $dir to check for PHI"
  hits="$(grep -rIliE "$pattern" "$dir" || true)"
  if [ -n "$hits" ]; then
    # shellcheck disable=SC2086
    grep -rIniE -m 5 "$pattern" $hits | cut -c1-300 >&2
    die "PHI in the server log: the sandbox patient's name or birth date (lines above)"
  fi
  log "no PHI in the server log (the sandbox patient's name and birth date appear nowhere in $dir)"
}

source "$ROOT/scripts/cluster-test.sh"
if [ -n "$CLUSTER_ONLY" ]; then
  cluster_test
  log "cluster test passed"
  exit 0
fi
if [ -n "$ONLY_MTLS" ]; then
  source "$ROOT/scripts/mtls-test.sh"
  CROSSWAY_MULTICAST="230.0.0.$(( (RANDOM % 200) + 20 ))" mtls_test
  exit 0
fi
if [ -n "$ONLY_RELEASE" ]; then
  source "$ROOT/scripts/release-test.sh"
  CROSSWAY_MULTICAST="230.0.0.$(( (RANDOM % 200) + 20 ))" release_test
  log "release test passed"
  exit 0
fi
source "$ROOT/scripts/upgrade-test.sh"
if [ -n "$ONLY_UPGRADE" ]; then
  upgrade_test
  exit 0
fi
if [ -n "$ONLY_IT" ]; then
  mvn -B -pl ear verify -Pit -Dit.test="$ONLY_IT" || die "integration tests failed"
  phi_check
  log "$ONLY_IT passed"
  exit 0
fi
log "integration tests: Arquillian in WildFly, the API over HTTP with real tokens, the portal in Chromium"
mvn -B -pl ear verify -Pit || die "integration tests failed"
phi_check

cluster_test
source "$ROOT/scripts/mtls-test.sh"
CROSSWAY_MULTICAST="230.0.0.$(( (RANDOM % 200) + 20 ))" mtls_test
source "$ROOT/scripts/release-test.sh"
CROSSWAY_MULTICAST="230.0.0.$(( (RANDOM % 200) + 20 ))" release_test
upgrade_test
log "all tests passed"
