# The two-node cluster test: node1 and node2 (ports 8280 and 8380) find each other through the
# database (JGroups JDBC_PING2, no multicast), form one encrypted, authenticated cluster and share
# the identity cache and the jobs (ClusterIT); before that, two intruders that lack one of the
# shared secrets start beside them and must not get into the view. After ClusterIT (which kills
# node1), a job started on node2 is read again after node2 is stopped and started. Last, two more
# nodes find each other by a static list (CROSSWAY_CLUSTER_DISCOVERY=static).
# shellcheck shell=bash

# cluster_view MANAGEMENT_PORT: the default channel's view as the node's management sees it.
cluster_view() {
  JAVA_HOME="$(server_java_home)" "$SERVER_HOME/bin/jboss-cli.sh" -c --controller="127.0.0.1:$1" \
    --command='/subsystem=jgroups/channel=ee:read-attribute(name=view)' 2>/dev/null \
    | sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}

# start_intruder NODE OFFSET [VAR=value...]: a node with the given settings changed, in the
# background; its deployment may well fail (that is the point), so nothing waits for it here.
start_intruder() {
  local node="$1" offset="$2" base="$STATE/test-$1"; shift 2
  rm -rf "$base"; cp -r "$SERVER_HOME/standalone" "$base"; cp "$ROOT/ear/target/crossway.ear" "$base/deployments/"
  env "$@" JBOSS_JAVA_SIZING="-Xms256m -Xmx1g" JAVA_HOME="$(server_java_home)" setsid "$SERVER_HOME/bin/standalone.sh" \
    -c crossway.xml -Djboss.server.base.dir="$base" -Djboss.node.name="$node" -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
    -Djboss.default.multicast.address="$CROSSWAY_MULTICAST" >"$ROOT/ear/target/cluster-$node.log" 2>&1 &
  echo "wildfly-$node $!" >>"$PIDS"
}

# until_settled NODE PID: until NODE's deployment has succeeded or failed, or it died (180 s at most)
until_settled() {
  local base="$STATE/test-$1" pid="$2" i=0
  until [ -f "$base/deployments/crossway.ear.deployed" ] || [ -f "$base/deployments/crossway.ear.failed" ]; do
    kill -0 "$pid" 2>/dev/null || return 0
    i=$((i + 1)); [ "$i" -ge 180 ] && die "the cluster intruder $1 neither deployed nor failed within 180 s"
    sleep 1
  done
}

cluster_test() {
  log "cluster test: two WildFly nodes (ports 8280 and 8380) sharing the identity cache and the jobs over encrypted, authenticated JGroups"
  # the discovery setting refuses what it cannot apply, and nothing in it reaches the CLI but host[port]
  local bad
  for bad in "static|" "static|a[7600]),b[7600]" "static|a[7600]:add(x)" "static|a[99999]" "udp|" "jdbc|a[7600]"; do
    (CROSSWAY_CLUSTER_DISCOVERY="${bad%%|*}" CROSSWAY_CLUSTER_MEMBERS="${bad#*|}" cluster_discovery_cli >/dev/null 2>&1) \
      && die "CROSSWAY_CLUSTER_DISCOVERY/MEMBERS '$bad' was accepted"
  done
  CROSSWAY_MULTICAST="230.0.0.$(( (RANDOM % 200) + 20 ))"
  export CROSSWAY_MULTICAST
  # behind a balancer both nodes answer to the same public URLs; here each is addressed directly
  export CROSSWAY_GATEWAY_PUBLIC_URL="http://localhost:8280,http://localhost:8380"
  # jobs: a short lease, so that a killed node's job is taken over within seconds; a short XCPD
  # timeout, which is how long a job asking ClusterIT's silent peer runs
  export CROSSWAY_JOBS_LEASE=PT6S CROSSWAY_OUTBOUND_TIMEOUT_XCPD=PT8S
  start_wildfly "$STATE/test-node1" node1 200 "$ROOT/ear/target/cluster-node1.log"
  start_wildfly "$STATE/test-node2" node2 300 "$ROOT/ear/target/cluster-node2.log"
  local view
  view="$(cluster_view 10190)"
  [[ "$view" == *node1* && "$view" == *node2* ]] || die "node1 and node2 did not form one cluster (view: '$view')"

  # intruders: one with another AUTH secret (its join is refused), one with another AES key (it
  # cannot read or write the cluster's messages); both find the members (discovery is in clear)
  local other_store="$ROOT/ear/target/intruder-cluster.p12" other_password
  other_password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
  rm -f "$other_store"
  "$(server_java_home)/bin/keytool" -genseckey -alias cluster -keyalg AES -keysize 256 -storetype PKCS12 \
    -keystore "$other_store" -storepass "$other_password" -keypass "$other_password" >/dev/null 2>&1 \
    || die "could not generate the intruder's key store"
  # offsets 1100 and 1200 (HTTP 9180, 9280; management 11090, 11190): 400 is the mTLS test's,
  # and the ones between are taken by other tools on a shared machine
  start_intruder intruder-auth 1100 CROSSWAY_CLUSTER_AUTH_SECRET="not-the-cluster-secret"
  local auth_pid=$!
  start_intruder intruder-key 1200 CROSSWAY_CLUSTER_KEYSTORE="$other_store" CROSSWAY_CLUSTER_KEYSTORE_PASSWORD="$other_password"
  local key_pid=$!
  until_settled intruder-auth "$auth_pid"
  until_settled intruder-key "$key_pid"
  # an intruder that failed for another reason (a port in use) proves nothing: each must have
  # tried to join
  local intruder
  for intruder in intruder-auth intruder-key; do
    grep -q "Connecting 'ee' channel" "$ROOT/ear/target/cluster-$intruder.log" \
      || die "the cluster intruder $intruder never tried to join (see ear/target/cluster-$intruder.log)"
  done
  view="$(cluster_view 10190)"
  log "cluster view with both intruders up: $view"
  [[ "$view" == *node1* && "$view" == *node2* ]] || die "the cluster lost a member to the intruders (view: '$view')"
  [[ "$view" == *intruder* ]] && die "an intruder without the cluster's secrets joined the cluster (view: '$view')"
  local node_view
  for port in 11090 11190; do
    node_view="$(cluster_view "$port")"
    [[ "$node_view" == *node1* ]] && die "an intruder sees itself in the cluster (its view: '$node_view')"
  done
  kill -TERM -- "-$auth_pid" "-$key_pid" 2>/dev/null || true
  log "cluster: an intruder with another AUTH secret and one with another key stayed out of the view"

  local node1_pid
  node1_pid="$(awk '$1 == "wildfly-node1" {print $2}' "$PIDS" | tail -n 1)"
  mvn -B -o -pl ear verify -Pit -Dit.test=ClusterIT -Dcrossway.cluster.node1=http://localhost:8280 \
    -Dcrossway.cluster.node2=http://localhost:8380 -Dcrossway.cluster.node1.pid="$node1_pid" \
    || die "cluster test failed (logs: ear/target/cluster-*.log)"
  grep -q "JDBC_PING2" "$SERVER_HOME/standalone/configuration/crossway.xml" \
    || die "the cluster did not use database discovery (JDBC_PING2 missing from crossway.xml)"

  job_survives_restart
  static_discovery_pair
  stop_named wildfly-intruder-auth wildfly-intruder-key wildfly-node1 wildfly-node2 wildfly-static1 wildfly-static2 silent-peer
}

# CROSSWAY_CLUSTER_DISCOVERY=static: two more nodes (offsets 1100 and 1200, the intruders' ports,
# free again) that list each other (jgroups-tcp 7600 + offset) form one view without the database.
# A pair of their own: discovery protocols do not understand each other (a TCPPING request reaching
# a JDBC_PING2 member is dropped), so every member of a cluster uses the same setting.
static_discovery_pair() {
  local members="127.0.0.1[8700],127.0.0.1[8800]" node view
  for node in static1 static2; do
    CROSSWAY_CLUSTER_DISCOVERY=static CROSSWAY_CLUSTER_MEMBERS="$members" CROSSWAY_JAVA_SIZING="-Xms256m -Xmx1g" \
      start_wildfly "$STATE/test-$node" "$node" "$([ "$node" = static1 ] && echo 1100 || echo 1200)" "$ROOT/ear/target/cluster-$node.log"
    grep -q 'socket-discovery-protocol type="TCPPING"' "$STATE/test-$node/configuration/crossway.xml" \
      && ! grep -q JDBC_PING2 "$STATE/test-$node/configuration/crossway.xml" \
      || die "$node was not switched to the static member list"
  done
  view="$(cluster_view 11090)"
  [[ "$view" == *static1* && "$view" == *static2* ]] || die "static1 and static2 did not form one cluster by the static list (view: '$view')"
  log "cluster: two nodes with CROSSWAY_CLUSTER_DISCOVERY=static formed one view: $view"
  for node in static1 static2; do
    local pid; pid="$(awk -v n="wildfly-$node" '$1 == n {print $2}' "$PIDS" | tail -n 1)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
}

# The jobs' contract: a job created with "Async": true is readable at GET /api/v1/jobs/{id} after
# the node is stopped and started again (finished, or failed with a reason), never 404. Stopped as
# ./crossway stop does (TERM to its process group), started as ./crossway run does, while the job
# still waits for a peer that never answers.
job_survives_restart() {
  local token job status body peer_pid node2_pid i
  token="$(curl -fs -d grant_type=client_credentials -d client_id=sandbox-partner -d client_secret=sandbox-secret \
    "http://localhost:$KEYCLOAK_PORT/realms/crossway/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
  [ -n "$token" ] || die "no partner token for the restart test"
  # ClusterIT's silent peer (directory entry 2.16.840.1.113883.3.9999.1.88 at 127.0.0.1:18089), again
  command -v python3 >/dev/null || die "python3 is needed for the restart test's silent peer"
  python3 -c 'import socket,time
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 18089)); s.listen(50); time.sleep(300)' &
  peer_pid=$!
  echo "silent-peer $peer_pid" >>"$PIDS"
  body='{"Meta": {"DataModel": "Clinical Summary", "EventType": "PatientQuery", "Extensions": {"user-id": "dr.jones",
    "purpose-of-use": "TREATMENT", "organization-name": "Crossway Test Clinic", "sender-organization-id": "2.16.840.1.113883.3.9999.99"}},
    "Patient": {"Demographics": {"FirstName": "Alice", "LastName": "Newman", "DOB": "1970-05-01", "Sex": "Female"}},
    "Targets": {"Organizations": [{"ID": "2.16.840.1.113883.3.9999.1.88"}]}, "Async": true}'
  job="$(curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" \
    http://localhost:8380/api/v1/ClinicalSummary/PatientQuery | sed -n 's/.*"JobID":"\([^"]*\)".*/\1/p')"
  [ -n "$job" ] || die "the restart test could not start a job on node2"
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://localhost:8380/api/v1/jobs/$job")"
  [ "$status" = 200 ] || die "job $job unknown on node2 right after it started ($status)"

  node2_pid="$(awk '$1 == "wildfly-node2" {print $2}' "$PIDS" | tail -n 1)"
  log "restart test: stopping node2 (pid $node2_pid) while job $job runs"
  kill -TERM -- "-$node2_pid" 2>/dev/null || kill -TERM "$node2_pid"
  # the whole process group: the JVM finishes its shutdown after standalone.sh has returned
  for _ in $(seq 1 60); do kill -0 -- "-$node2_pid" 2>/dev/null || break; sleep 1; done
  kill -0 -- "-$node2_pid" 2>/dev/null && die "node2 did not stop within 60 s"
  start_wildfly "$STATE/test-node2" node2 300 "$ROOT/ear/target/cluster-node2-restarted.log"

  for i in $(seq 1 90); do
    body="$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $token" "http://localhost:8380/api/v1/jobs/$job")"
    status="$(tail -n 1 <<<"$body")"
    [ "$status" = 200 ] || die "job $job answered $status after node2 restarted: $(head -n 1 <<<"$body")"
    if grep -q '"Status":"Completed"' <<<"$body"; then break; fi
    if grep -q '"Status":"Failed"' <<<"$body"; then
      grep -q '"Error":"[^"]' <<<"$body" || die "job $job failed without a reason: $body"
      break
    fi
    [ "$i" = 90 ] && die "job $job still running 90 s after node2 restarted: $body"
    sleep 1
  done
  kill "$peer_pid" 2>/dev/null || true
  log "restart test: job $job survived node2's restart ($(grep -o '"Status":"[A-Za-z]*"' <<<"$body" | head -n 1))"
}
