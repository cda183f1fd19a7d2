#!/usr/bin/env bash
# Initiator audit load test: the audit write path of ejb-initiator (GroupCommit + JdbcAccessTrail,
# the classes the EAR runs) in a plain JVM against the shared MariaDB, at the initiator's peak rate
# and beyond, then every record looked up: "lost" must be 0. No WildFly, Keycloak or network.
# Uses the modules' compiled classes (target/classes), so nothing is installed into ~/.m2.
#
#   perf/audit/run.sh [seconds-per-step] [caller-threads] [rates, e.g. 240,1000,3000,0 (0 = flat out)]
#
# Environment: AUDIT_PERF_DB (default crossway_audit_perf), CROSSWAY_TEST_DB_URL (jdbc:mysql://127.0.0.1:3306/).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SECONDS_PER_STEP="${1:-30}"
THREADS="${2:-64}"
RATES="${3:-240,1000,3000,0}"
DB="${AUDIT_PERF_DB:-crossway_audit_perf}"
URL="${CROSSWAY_TEST_DB_URL:-jdbc:mysql://127.0.0.1:3306/}"

cd "$ROOT"
mvn -B -q -o -pl ejb-initiator -am compile
mkdir -p "$HERE/target"
mvn -B -q -o -pl ejb-initiator dependency:build-classpath -Dmdep.outputFile="$HERE/target/classpath.txt" -Dmdep.includeScope=test
CP="$(cat "$HERE/target/classpath.txt")"
CP="$ROOT/ejb-initiator/target/classes:$ROOT/ejb-directory/target/classes:$ROOT/interop/target/classes:$ROOT/test-support/target/classes:$CP"
mkdir -p "$HERE/target/classes"
javac -d "$HERE/target/classes" -cp "$CP" "$HERE/src/dev/crossway/perf/audit/AuditLoad.java"
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM; $(java -version 2>&1 | head -1); MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'select version()' 2>/dev/null || echo '?')."
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
java -Xmx512m -cp "$HERE/target/classes:$CP" dev.crossway.perf.audit.AuditLoad "$URL" "$DB" root "" "$SECONDS_PER_STEP" "$THREADS" "$RATES"
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
