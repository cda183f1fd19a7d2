# The upgrade rehearsal (docs/OPERATIONS.md, Upgrade): release N-1's schema and data, upgraded by this
# release's nodes with a rolling restart of two nodes while signed XCPD load runs.
#  1. expand-only check: every migration script this release adds to N-1's set
#     (scripts/upgrade/previous-release.properties) is scanned for statements an N-1 node could fail on
#     (DROP, MODIFY, UPDATE, dropped indexes...); the list must equal scripts/upgrade/contracting.txt,
#     which OPERATIONS.md explains. With git at hand, N-1's scripts are checked unchanged since N-1.
#  2. a fresh database crossway_upgrade, migrated by the deployment's own Flyway runner to N-1's
#     migration set only, and N-1's rows in every table (scripts/upgrade/previous-data.sql) plus the
#     test partner's certificate as an N-1 trust anchor;
#  3. node up1 of this release starts on it and migrates it (timed); the load starts: RATE signed XCPD
#     requests a second for N-1's patient 801, through a simulated balancer (scripts/upgrade/XcpdLoad.java:
#     readiness checks, round robin, a refused connection or a suspended node's 503 sent to the other
#     node; that retry is proven first with a third "node" whose port refuses connections); node up2 joins;
#     then the rolling restart: up1 drained (:suspend: readiness DOWN, in-flight requests finish; 4 s
#     later SIGTERM), started again, ready; then up2 the same;
#  4. no request failed; every N-1 row is still there (counts per table; the audit trail's documents in
#     their new child table), the audit triggers still refuse UPDATE and DELETE; the numbers are logged.
# What is not rehearsed: nodes running N-1's code (see OPERATIONS.md, Upgrade).
# Ports: offsets 800 and 900 (HTTP 8880 and 8980, management 10790 and 10890).
# shellcheck shell=bash

upgrade_test() {
  local dir="$ROOT/target/upgrade-test" db=crossway_upgrade rate="${CROSSWAY_UPGRADE_RATE:-10}"
  local props="$ROOT/scripts/upgrade/previous-release.properties" java cp
  rm -rf "$dir"; mkdir -p "$dir/ear" "$dir/load"
  java="$(server_java_home)/bin/java"
  trap 'log "upgrade test: stopped at line $LINENO of scripts/upgrade-test.sh"' ERR
  log "upgrade test: release N-1 (commit $(sed -n 's/^commit=//p' "$props")) schema and data, upgraded by a rolling restart of two nodes under XCPD load"

  # the EAR under test (its EJB jars hold every migration script, lib/ holds Flyway and interop), the
  # server's JDBC driver and Jackson (which Flyway uses; the server provides it to the deployment)
  (cd "$dir/ear" && unzip -q -o "$ROOT/ear/target/crossway.ear") || die "cannot unpack ear/target/crossway.ear"
  cp="$dir/ear/*:$dir/ear/lib/*"
  local jar
  for jar in $(find "$SERVER_HOME/modules" -path '*/com/mysql/*' -name '*.jar'; \
               find "$SERVER_HOME/modules" -path '*com/fasterxml/jackson/core/*' -name 'jackson-*.jar'); do
    cp="$cp:$jar"
  done

  # --- 1. the newer migrations: expand-only, or listed and explained
  "$java" -cp "$cp" "$ROOT/scripts/upgrade/PreviousRelease.java" contracting "$props" "$ROOT" >"$dir/contracting.txt" 2>"$dir/contracting.log" \
    || { cat "$dir/contracting.log" >&2; die "upgrade test: the expand-only check failed"; }
  if ! diff -u "$ROOT/scripts/upgrade/contracting.txt" "$dir/contracting.txt" >"$dir/contracting.diff"; then
    cat "$dir/contracting.diff" >&2
    die "upgrade test: the migrations since N-1 contract the schema differently than scripts/upgrade/contracting.txt says (diff above): a migration that drops, narrows or rewrites must be listed there and explained in docs/OPERATIONS.md (Upgrade), since a node of the previous release may fail on it during a rolling upgrade"
  fi
  local commit changed
  commit="$(sed -n 's/^commit=//p' "$props")"
  if git -C "$ROOT" cat-file -e "$commit^{commit}" 2>/dev/null; then
    changed="$(for m in directory responder initiator; do for f in $(sed -n "s/^$m=//p" "$props"); do
      git -C "$ROOT" diff --quiet "$commit" -- "ejb-$m/src/main/resources/db/migration/$m/$f" || echo "$m/$f"; done; done)"
    [ -z "$changed" ] || die "upgrade test: released migrations changed since $commit (Flyway refuses a changed checksum): $changed"
    log "upgrade test: N-1's migration scripts are unchanged since $commit"
  else
    log "upgrade test: no git history here (a snapshot): N-1's scripts not compared with commit $commit"
  fi
  log "upgrade test: $(grep -c . "$dir/contracting.txt") statements since N-1 are not expand-only, each listed in scripts/upgrade/contracting.txt"

  # --- 2. N-1's schema and data
  local t0 t_schema t_data t_migrate
  create_database "$db" "$db" "$(local_secret UPGRADE_DB_PASSWORD)" fresh
  export CROSSWAY_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$db?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
  t0=$(date +%s%N)
  "$java" -cp "$cp" "$ROOT/scripts/upgrade/PreviousRelease.java" migrate "$props" "jdbc:mysql://$DB_HOST:$DB_PORT/$db" \
    "$CROSSWAY_DB_MIGRATION_USER" >"$dir/previous-migrate.log" 2>&1 \
    || { tail -n 30 "$dir/previous-migrate.log" >&2; die "upgrade test: migrating to N-1's schema failed"; }
  t_schema=$(( ($(date +%s%N) - t0) / 1000000 ))
  root_db() { mariadb --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "${CROSSWAY_DB_ADMIN:-root}" -N -B "$db" "$@"; }
  # the test partner's certificate, trusted as N-1 stored it (no kind: responder V2 adds that column)
  local cert="$CROSSWAY_SIGNING_CERT" der fp from until
  der="$(openssl x509 -in "$cert" -outform DER | od -An -v -tx1 | tr -d ' \n')"
  fp="$(openssl x509 -in "$cert" -outform DER | sha256sum | cut -d' ' -f1)"
  from="$(date -u -d "$(openssl x509 -in "$cert" -noout -startdate | cut -d= -f2)" '+%F %T')"
  until="$(date -u -d "$(openssl x509 -in "$cert" -noout -enddate | cut -d= -f2)" '+%F %T')"
  t0=$(date +%s%N)
  {
    cat "$ROOT/scripts/upgrade/previous-data.sql"
    echo "INSERT INTO trust_anchor (fingerprint, label, subject, issuer, not_before, not_after, der, added_at, added_by) VALUES
      ('$fp', 'upgrade-test-partner', '$(openssl x509 -in "$cert" -noout -subject -nameopt RFC2253 | sed 's/^subject=//')',
       '$(openssl x509 -in "$cert" -noout -issuer -nameopt RFC2253 | sed 's/^issuer=//')', '$from', '$until', X'$der', '2026-11-20 10:00:00', 'admin');"
  } | root_db || die "upgrade test: loading N-1's data failed"
  t_data=$(( ($(date +%s%N) - t0) / 1000000 ))
  local tables table before_counts="$dir/counts-before.txt" n1_audit
  tables="$(echo "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA='$db' AND TABLE_NAME NOT LIKE 'flyway%' AND TABLE_NAME <> 'jgroups' ORDER BY 1" | root_db)"
  for table in $tables; do echo "$table $(echo "SELECT COUNT(*) FROM \`$table\`" | root_db)"; done >"$before_counts"
  n1_audit="$(echo "SELECT MAX(id) FROM audit_record" | root_db)"
  local empty; empty="$(awk '$2 == 0 {print $1}' "$before_counts" | tr '\n' ' ')"
  [ -z "$empty" ] || die "upgrade test: N-1's data leaves tables empty: $empty"
  log "upgrade test: N-1's schema (${t_schema} ms) and data in $(wc -l <"$before_counts") tables, $(awk '{s += $2} END {print s}' "$before_counts") rows (${t_data} ms)"

  # --- 3. this release's nodes, under load
  # behind the balancer both nodes answer to one public URL, which the partner's assertions name
  local public="http://gateway.upgrade.test" base1="$STATE/test-up1" base2="$STATE/test-up2"
  export CROSSWAY_GATEWAY_PUBLIC_URL="$public" CROSSWAY_JAVA_SIZING="-Xms512m -Xmx1g"
  local nodes="http://127.0.0.1:8880|http://127.0.0.1:10790/health/ready,http://127.0.0.1:8980|http://127.0.0.1:10890/health/ready"
  phase() { echo "$1" >"$dir/load/phase.tmp" && mv "$dir/load/phase.tmp" "$dir/load/phase"; }
  local steps="" s
  step_done() { steps="$steps$1=$(( ($(date +%s%N) - s) / 1000000 )) "; }

  s=$(date +%s%N)
  start_wildfly "$base1" up1 800 "$dir/up1.log"
  wait_for "http://127.0.0.1:10790/health/ready" 120 "node up1's readiness"
  step_done up1-start-migrate
  t_migrate="$(grep -o -e '[a-z]* schema at version [^ ]* ([0-9]* migrations applied)' -e 'applied [0-9]* migrations to schema [^ ]*, now at version [^ ]* (execution time [^)]*)' "$dir/up1.log" | tr '\n' ';')"
  grep -q 'responder schema at version' "$dir/up1.log" || die "upgrade test: node up1 did not report its migrations (see $dir/up1.log)"

  # the balancer's retry, proven once before the real load: a third "node", in rotation by up1's
  # readiness, whose gateway port refuses connections; its requests must end on up1, none failed
  mkdir -p "$dir/retry-check"; echo retry-check >"$dir/retry-check/phase"; echo 4 >"$dir/retry-check/seconds"
  "$java" -cp "$dir/ear/lib/*" "$ROOT/scripts/upgrade/XcpdLoad.java" "$CROSSWAY_SIGNING_KEY" "$CROSSWAY_SIGNING_CERT" \
    "$public/gateway/xcpd" "$CROSSWAY_SHARED/samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml" 801 "$rate" \
    "$dir/retry-check" "http://127.0.0.1:1|http://127.0.0.1:10790/health/ready,http://127.0.0.1:8880|http://127.0.0.1:10790/health/ready" \
    >"$dir/retry-check.log" 2>&1 || { cat "$dir/retry-check.log" >&2; die "upgrade test: the balancer's retry check failed to run"; }
  grep -q '^phase=all requests=[1-9][0-9]* failed=0 retried=[1-9]' "$dir/retry-check/summary.txt" \
    || die "upgrade test: a refused connection should be retried on the other node, not fail: $(cat "$dir/retry-check/summary.txt" "$dir/retry-check/failures.txt")"
  log "upgrade test: the simulated balancer sends a refused request to the other node ($(head -n 1 "$dir/retry-check/summary.txt"))"

  phase up2-joins
  "$java" -cp "$dir/ear/lib/*" "$ROOT/scripts/upgrade/XcpdLoad.java" "$CROSSWAY_SIGNING_KEY" "$CROSSWAY_SIGNING_CERT" \
    "$public/gateway/xcpd" "$CROSSWAY_SHARED/samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml" 801 "$rate" \
    "$dir/load" "$nodes" >"$dir/load.log" 2>&1 &
  local load_pid=$!
  echo "upgrade-load $load_pid" >>"$PIDS"
  s=$(date +%s%N)
  start_wildfly "$base2" up2 900 "$dir/up2.log"
  wait_for "http://127.0.0.1:10890/health/ready" 120 "node up2's readiness"
  step_done up2-start
  local view; view="$(cluster_view 10790)"
  [[ "$view" == *up1* && "$view" == *up2* ]] || die "upgrade test: up1 and up2 did not form one cluster (view: '$view')"
  phase both; sleep 10

  local node offset mgmt base pid
  for node in up1 up2; do
    if [ "$node" = up1 ]; then offset=800; base="$base1"; else offset=900; base="$base2"; fi
    mgmt=$((9990 + offset))
    pid="$(awk -v n="wildfly-$node" '$1 == n {print $2}' "$PIDS" | tail -n 1)"
    # drained as OPERATIONS.md says: suspended (readiness DOWN at once, in-flight requests finish, new
    # ones get 503), once the balancer has taken it out (3 failed checks, 500 ms apart) stopped as systemd stops it (SIGTERM). A
    # :shutdown alone is not enough: a request that reaches the node after its deployment stopped,
    # before its listener closed, gets 404 (seen in a run of this test)
    phase "$node-stop"; s=$(date +%s%N)
    JAVA_HOME="$(server_java_home)" "$SERVER_HOME/bin/jboss-cli.sh" -c --controller="127.0.0.1:$mgmt" \
      --command=':suspend(suspend-timeout=30)' >"$dir/$node-suspend.log" 2>&1 || die "upgrade test: :suspend of $node failed"
    sleep 4
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
    kill -0 -- "-$pid" 2>/dev/null && die "upgrade test: $node did not stop within 60 s of SIGTERM"
    step_done "$node-stop"
    phase "$node-start"; s=$(date +%s%N)
    start_wildfly "$base" "$node" "$offset" "$dir/$node-restarted.log"
    wait_for "http://127.0.0.1:$mgmt/health/ready" 120 "node $node's readiness"
    [ "$(grep -c '(0 migrations applied)' "$dir/$node-restarted.log")" = 3 ] \
      || die "upgrade test: $node should find the schema current after its restart: $(grep 'migrations applied' "$dir/$node-restarted.log" | tr '\n' ' ')"
    step_done "$node-start"
    phase "$node-back"; sleep 5
  done
  touch "$dir/load/stop"
  for _ in $(seq 1 90); do kill -0 "$load_pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$load_pid" 2>/dev/null && die "upgrade test: the load generator did not finish"
  wait "$load_pid" || { cat "$dir/load.log" >&2; die "upgrade test: the load generator failed"; }
  cat "$dir/load.log" >&2

  # --- 4. the verdict
  local all requests failed
  all="$(grep '^phase=all ' "$dir/load/summary.txt")"
  requests="$(sed 's/.* requests=\([0-9]*\).*/\1/' <<<"$all")"; failed="$(sed 's/.* failed=\([0-9]*\).*/\1/' <<<"$all")"
  [ "$requests" -ge 100 ] || die "upgrade test: only $requests requests sent"
  [ "$failed" = 0 ] || { head -n 20 "$dir/load/failures.txt" >&2; die "upgrade test: $failed of $requests XCPD requests failed during the rolling restart (above; all in $dir/load/failures.txt)"; }
  for node in up1 up2; do
    grep -q "^phase=$node-stop .*requests=[1-9]" "$dir/load/summary.txt" \
      || die "upgrade test: no request was sent while $node was stopping (summary: $(tr '\n' ' ' <"$dir/load/summary.txt"))"
  done

  # every N-1 row is still there (audit_record also holds the load's records: N-1's are those up to its last id)
  local count expected
  while read -r table expected; do
    if [ "$table" = audit_record ]; then count="$(echo "SELECT COUNT(*) FROM audit_record WHERE id <= $n1_audit" | root_db)"
    else count="$(echo "SELECT COUNT(*) FROM \`$table\`" | root_db)"; fi
    [ "$count" = "$expected" ] || die "upgrade test: table $table had $expected rows in N-1, now $count"
  done <"$before_counts"
  [ "$(echo "SELECT COUNT(*) FROM audit_record WHERE id <= $n1_audit AND record_key IS NOT NULL AND message_id = request_id" | root_db)" = "$n1_audit" ] \
    || die "upgrade test: N-1's audit records did not all get a key and their message id (responder V4)"
  [ "$(echo "SELECT COUNT(*) FROM audit_record_document d JOIN audit_record a ON a.record_key = d.record_key WHERE a.id <= $n1_audit" | root_db)" = 5 ] \
    || die "upgrade test: N-1's audited documents (5 in its lists) are not all in audit_record_document"
  [ "$(echo "SELECT status FROM appointment WHERE id = '6f1c0d1e-0000-4000-8000-000000000002'" | root_db)" = Scheduled ] \
    || die "upgrade test: N-1's running appointment was not put back to Scheduled (initiator V7)"
  [ "$(echo "SELECT COUNT(*) FROM document_content c JOIN stored_document d ON d.id = c.document_id WHERE SHA2(c.content, 256) = d.sha256" | root_db)" = 2 ] \
    || die "upgrade test: N-1's stored documents do not match their digests"
  [ "$(echo "SELECT COUNT(*) FROM audit_record WHERE id > $n1_audit AND transaction_code = 'ITI_55' AND outcome = 'SUCCESS'" | root_db)" -ge "$requests" ] \
    || die "upgrade test: fewer audit records than answered requests"
  local out t col
  for t in audit_record audit_record_document; do
    col=outcome; [ "$t" = audit_record_document ] && col=position
    out="$(echo "UPDATE $t SET $col = $col LIMIT 1" | root_db 2>&1)" && die "upgrade test: UPDATE of $t was allowed after the upgrade"
    [[ "$out" == *insert-only* ]] || die "upgrade test: UPDATE of $t refused, but not by the audit trigger: $out"
    out="$(echo "DELETE FROM $t LIMIT 1" | root_db 2>&1)" && die "upgrade test: DELETE of $t was allowed after the upgrade"
    [[ "$out" == *insert-only* ]] || die "upgrade test: DELETE of $t refused, but not by the audit trigger: $out"
  done

  log "upgrade test: up1 migrated N-1 -> this release: $t_migrate"
  log "upgrade test: steps (ms): $steps"
  log "upgrade test: load: $(tr '\n' ';' <"$dir/load/summary.txt")"
  log "upgrade test: passed: $requests signed XCPD requests at $rate/s through the rolling restart, none failed; N-1's $(awk '{s += $2} END {print s}' "$before_counts") rows kept, audit triggers refuse UPDATE and DELETE"
  {
    echo "date=$(date -u +%FT%TZ)"; echo "migrations=$t_migrate"; echo "n1_schema_ms=$t_schema n1_data_ms=$t_data"
    echo "steps_ms=$steps"; cat "$dir/load/summary.txt"
  } >"$dir/numbers.txt"
  trap - ERR
}
