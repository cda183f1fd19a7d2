# Mutual TLS on the production configuration (crossway.xml as the build made it, CROSSWAY_SANDBOX
# unset), proven with real handshakes against a node on port offset 400:
#  1. without CROSSWAY_TLS_KEYSTORE the deployment refuses to start, naming the setting, and the
#     node still stops on SIGTERM (java included) within 60 s;
#  2. with the keys: a client certificate from the trusted CA reaches the gateway; no certificate is
#     answered 403 before any SOAP processing; a certificate from another CA fails the handshake;
#     plain HTTP to the gateway is refused (outside the sandbox);
#  3. the node logs JSON (CROSSWAY_LOG_FORMAT=json): the gateway request is one JSON line with its
#     correlation id;
#  4. TLS 1.2 takes BCP 195's cipher suites (forward secret, AEAD) and no CBC or RSA-key-exchange suite;
#  5. rotation without a restart: a new server certificate is put in place, the key store reloaded
#     through the management CLI, and the next handshake presents it.
# shellcheck shell=bash

mtls_test() {
  local dir="$ROOT/ear/target/mtls" offset=400 https_port http_port mgmt_port base="$STATE/test-mtls" pass
  https_port=$((8443 + offset)); http_port=$((8080 + offset)); mgmt_port=$((9990 + offset))
  rm -rf "$dir"; mkdir -p "$dir"
  ensure_tls_identity "$STATE/tls"
  pass="$CROSSWAY_TLS_KEYSTORE_PASSWORD"
  cp "$STATE/tls/"{ca.pem,ca.key,client.pem,client.key,trust.p12} "$dir/"
  cp "$STATE/tls/server.p12" "$dir/server.p12"
  (
    cd "$dir"
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -subj "/CN=rogue gateway" -keyout rogue.key -out rogue.pem
    # the rotated server certificate: same CA, a new key
    openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost/O=Crossway rotated" -keyout next.key -out next.csr
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n' >next.ext
    openssl x509 -req -in next.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -sha256 -extfile next.ext -out next.pem
    openssl pkcs12 -export -inkey next.key -in next.pem -certfile ca.pem -name server -passout "pass:$pass" -out next.p12
  ) >"$dir/openssl.log" 2>&1 || die "could not generate the TLS test material (see $dir/openssl.log)"

  log "mutual TLS test: outside the sandbox, no TLS key means no start"
  (
    unset CROSSWAY_TLS_KEYSTORE CROSSWAY_TLS_CLIENT_KEYSTORE
    export CROSSWAY_SANDBOX=false
    base="$STATE/test-mtls-nokey"  # its own state: nothing of it is left under the next node
    rm -rf "$base"; cp -r "$SERVER_HOME/standalone" "$base"; cp "$ROOT/ear/target/crossway.ear" "$base/deployments/"
    JAVA_HOME="$(server_java_home)" setsid "$SERVER_HOME/bin/standalone.sh" -c crossway.xml -Djboss.server.base.dir="$base" \
      -Djboss.node.name=mtls -Djboss.socket.binding.port-offset="$offset" -Djboss.bind.address=127.0.0.1 \
      -Djboss.bind.address.private=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
      -Djboss.default.multicast.address="${CROSSWAY_MULTICAST:-230.0.0.4}" >"$ROOT/ear/target/mtls-nokey.log" 2>&1 &
    pid=$!
    echo "wildfly-mtls-nokey $pid" >>"$PIDS"
    for _ in $(seq 1 240); do
      [ -f "$base/deployments/crossway.ear.failed" ] || [ -f "$base/deployments/crossway.ear.deployed" ] && break
      sleep 1
    done
    # a node whose deployment failed still stops on SIGTERM (as systemd stops it), java included
    stop_group "$pid" 60 || die "the node without keys did not stop within 60 s of SIGTERM (its threads: $STATE/stuck-*.threads)"
    grep -qs 'CROSSWAY_TLS_KEYSTORE is not set' "$base/deployments/crossway.ear.failed" "$ROOT/ear/target/mtls-nokey.log" \
      || die "without CROSSWAY_TLS_KEYSTORE the deployment should fail naming it (see ear/target/mtls-nokey.log)"
  )
  log "mutual TLS: without CROSSWAY_TLS_KEYSTORE the deployment failed, naming the setting"

  # the cipher suites checked below are the shipped default's
  unset CROSSWAY_TLS_CIPHER_SUITES
  CROSSWAY_TLS_KEYSTORE="$dir/server.p12" CROSSWAY_SANDBOX=false SERVER_CONFIG=crossway.xml CROSSWAY_LOG_FORMAT=json \
    start_wildfly "$base" mtls "$offset" "$ROOT/ear/target/mtls-node.log"

  local url="https://localhost:$https_port/gateway/xcpd" code
  code="$(curl -s -o "$dir/with-cert.xml" -w '%{http_code}' --cacert "$dir/ca.pem" --cert "$dir/client.pem" \
    --key "$dir/client.key" -H 'Content-Type: application/soap+xml' --data 'not a SOAP message' "$url")" || true
  [ "$code" = 400 ] && grep -q 'Fault' "$dir/with-cert.xml" \
    || die "mutual TLS: a client with a trusted certificate should reach the gateway (got HTTP $code)"
  # this node logs JSON (CROSSWAY_LOG_FORMAT=json): the request above is one JSON line in log/server.json
  # carrying its correlation id, and nothing of it in the text log
  local json_line=""
  for _ in $(seq 1 20); do
    json_line="$(grep -s '"loggerName":"dev.crossway.requests"' "$base/log/server.json" | grep 'gateway ITI-55' | tail -1)"
    [ -n "$json_line" ] && break
    sleep 0.5
  done
  case "$json_line" in
    "{"*'"mdc":{"requestId":"urn:uuid:'*"}") ;;
    *) die "JSON logs: no JSON line with its correlation id for the gateway request in $base/log/server.json" ;;
  esac
  ! grep -qs 'gateway ITI-55' "$base/log/server.log" || die "JSON logs: the request also went to the text log"
  log "JSON logs: the gateway request is one JSON line with its correlation id (mdc.requestId)"
  code="$(curl -s -o "$dir/no-cert.xml" -w '%{http_code}' --cacert "$dir/ca.pem" -H 'Content-Type: application/soap+xml' \
    --data 'x' "$url")" || true
  if [ "$code" != 000 ] && { [ "$code" != 403 ] || ! grep -q 'client certificate is required' "$dir/no-cert.xml"; }; then
    die "mutual TLS: a client without a certificate was let in (HTTP $code)"
  fi
  if curl -s -o /dev/null --cacert "$dir/ca.pem" --cert "$dir/rogue.pem" --key "$dir/rogue.key" \
      -H 'Content-Type: application/soap+xml' --data 'x' "$url"; then
    die "mutual TLS: a client with a certificate from an untrusted CA was let in"
  fi
  code="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/soap+xml' --data 'x' \
    "http://localhost:$http_port/gateway/xcpd")" || true
  [ "$code" = 403 ] || die "mutual TLS: plain HTTP to the gateway outside the sandbox should be refused (got HTTP $code)"
  log "mutual TLS: a trusted client certificate reaches the gateway; none: 403; an untrusted one: no handshake; HTTP: 403"
  code="$(curl -s -o "$dir/health.json" -w '%{http_code}' "http://localhost:$http_port/health/certificates")" || true
  [ "$code" = 200 ] && grep -q '"crossway-certificates","status":"UP"' "$dir/health.json" \
    || die "health: the certificates' check should be UP with valid keys (got HTTP $code, see $dir/health.json)"

  # the listener's cipher suites (the node runs without CROSSWAY_TLS_CIPHER_SUITES: BCP 195's): forward secret
  # AEAD suites are taken on TLS 1.2 and 1.3; a CBC suite or RSA key exchange, each offered alone, is refused
  # by the server (its handshake_failure alert, not a client that had nothing to offer). The JDK of the
  # server disables RSA key exchange on its own as well; the CBC suites are the filter's alone to refuse.
  handshake() {
    local log="$dir/tls-$1.log"; shift
    openssl s_client -connect "localhost:$https_port" -servername localhost -cert "$dir/client.pem" -key "$dir/client.key" \
      -CAfile "$dir/ca.pem" -verify_return_error "$@" </dev/null >"$log" 2>&1
  }
  local suite
  for suite in ECDHE-RSA-AES128-GCM-SHA256 ECDHE-RSA-AES256-GCM-SHA384 ECDHE-RSA-CHACHA20-POLY1305 DHE-RSA-AES128-GCM-SHA256; do
    handshake "$suite" -tls1_2 -cipher "$suite" || die "TLS: the listener refused $suite on TLS 1.2 (see $dir/tls-$suite.log)"
  done
  handshake tls13 -tls1_3 || die "TLS: the listener refused TLS 1.3 (see $dir/tls-tls13.log)"
  for suite in ECDHE-RSA-AES128-SHA ECDHE-RSA-AES256-SHA384 AES128-GCM-SHA256 AES256-SHA; do
    ! handshake "$suite" -tls1_2 -cipher "$suite" || die "TLS: the listener accepted $suite on TLS 1.2 (see $dir/tls-$suite.log)"
    grep -q 'alert handshake failure' "$dir/tls-$suite.log" \
      || die "TLS: $suite was not refused by the listener's handshake_failure alert (see $dir/tls-$suite.log)"
  done
  log "TLS: ECDHE/DHE with AES-GCM or ChaCha20 and TLS 1.3 are taken; CBC suites and RSA key exchange fail the handshake"

  local before after
  before="$(openssl s_client -connect "localhost:$https_port" -servername localhost -cert "$dir/client.pem" -key "$dir/client.key" \
    </dev/null 2>/dev/null | openssl x509 -noout -serial)"
  cp "$dir/next.p12" "$dir/server.p12"
  JAVA_HOME="$(server_java_home)" "$SERVER_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$mgmt_port" \
    --commands="/subsystem=elytron/key-store=crosswayTlsKeyStore:load,/subsystem=elytron/key-manager=crosswayTlsKeyManager:init" \
    >"$dir/rotate.log" 2>&1 || die "rotation: reloading the key store failed (see $dir/rotate.log)"
  after="$(openssl s_client -connect "localhost:$https_port" -servername localhost -cert "$dir/client.pem" -key "$dir/client.key" \
    </dev/null 2>/dev/null | openssl x509 -noout -serial)"
  [ -n "$after" ] && [ "$after" = "$(openssl x509 -in "$dir/next.pem" -noout -serial)" ] && [ "$before" != "$after" ] \
    || die "rotation: the listener still presents the old certificate ($before -> $after)"
  log "mutual TLS: a rotated server certificate is presented after :load/:init, without a restart"
  stop_named wildfly-mtls
}
