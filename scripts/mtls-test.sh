# Mutual TLS on the gateway listener, proven with a real handshake: the example CLI script is
# applied to a copy of the configuration, a node starts with it, and the gateway answers a client
# that presents a certificate issued by the trusted CA and refuses one that presents none.
# shellcheck shell=bash

mtls_test() {
  local dir="$ROOT/ear/target/mtls" pass offset=400 https_port
  https_port=$((8443 + offset))
  rm -rf "$dir"; mkdir -p "$dir"
  pass="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
  log "mutual TLS test: keys and certificates generated in $dir"
  (
    cd "$dir"
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -subj "/CN=Crossway test CA" \
      -keyout ca.key -out ca.pem
    openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost" -keyout server.key -out server.csr
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -sha256 \
      -extfile server.ext -out server.pem
    openssl pkcs12 -export -inkey server.key -in server.pem -certfile ca.pem -name server \
      -passout "pass:$pass" -out server.p12
    "$(server_java_home)/bin/keytool" -importcert -noprompt -alias ca -file ca.pem -keystore trust.p12 \
      -storetype PKCS12 -storepass "$pass"
    openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=partner gateway" -keyout client.key -out client.csr
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -sha256 -out client.pem
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -subj "/CN=rogue gateway" -keyout rogue.key -out rogue.pem
  ) >"$dir/openssl.log" 2>&1 || die "could not generate the TLS test material (see $dir/openssl.log)"

  # the embedded server checks the stores when the script adds them: the variables must be set
  export CROSSWAY_TLS_KEYSTORE="$dir/server.p12" CROSSWAY_TLS_KEYSTORE_PASSWORD="$pass" \
    CROSSWAY_TLS_KEY_PASSWORD="$pass" CROSSWAY_TLS_TRUSTSTORE="$dir/trust.p12" CROSSWAY_TLS_TRUSTSTORE_PASSWORD="$pass"
  cp "$SERVER_HOME/standalone/configuration/crossway.xml" "$SERVER_HOME/standalone/configuration/crossway-mtls.xml"
  sed 's/--server-config=crossway.xml/--server-config=crossway-mtls.xml/' \
    "$ROOT/ear/src/main/wildfly/cli/mtls.cli.example" >"$dir/mtls.cli"
  JAVA_HOME="$(server_java_home)" "$SERVER_HOME/bin/jboss-cli.sh" --file="$dir/mtls.cli" >"$dir/cli.log" 2>&1 \
    || die "applying mtls.cli.example failed (see $dir/cli.log)"

  SERVER_CONFIG=crossway-mtls.xml start_wildfly "$STATE/test-mtls" mtls "$offset" "$ROOT/ear/target/mtls-node.log"

  local url="https://localhost:$https_port/gateway/xcpd" code
  code="$(curl -s -o "$dir/with-cert.xml" -w '%{http_code}' --cacert "$dir/ca.pem" --cert "$dir/client.pem" \
    --key "$dir/client.key" -H 'Content-Type: application/soap+xml' --data 'not a SOAP message' "$url")" || true
  [ "$code" = 400 ] && grep -q 'Fault' "$dir/with-cert.xml" \
    || die "mutual TLS: a client with a trusted certificate should reach the gateway (got HTTP $code)"
  if curl -s -o /dev/null --cacert "$dir/ca.pem" -H 'Content-Type: application/soap+xml' --data 'x' "$url"; then
    die "mutual TLS: a client without a certificate was let in"
  fi
  if curl -s -o /dev/null --cacert "$dir/ca.pem" --cert "$dir/rogue.pem" --key "$dir/rogue.key" \
      -H 'Content-Type: application/soap+xml' --data 'x' "$url"; then
    die "mutual TLS: a client with a certificate from an untrusted CA was let in"
  fi
  log "mutual TLS: a trusted client certificate reaches the gateway; none or an untrusted one, no connection"
}
