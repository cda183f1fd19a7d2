# The release, installed and run as a hospital would (docs/OPERATIONS.md, Installing a release):
#  1. ./crossway package builds the archive (interop and the EAR again, stamped with a test version);
#  2. it is unpacked into a fresh directory; a Keycloak in production mode (kc.sh start, HTTPS with a
#     test certificate for localhost, its own port) gets the realm from `crossway-admin apply-realm`;
#  3. a settings file in production mode (no sandbox, TLS keys, secrets only as *_FILE), read by
#     bin/crossway-node and bin/crossway-admin from a clean environment (env -i: nothing of this
#     shell's CROSSWAY_* leaks in); `crossway-admin check` passes before the start and with the
#     node running; the node answers a signed XCPD over mutual TLS with the registered patient;
#  4. the node stops; `crossway-admin backup`, then `restore` into a fresh database: every table's
#     row count and checksum equal, the same triggers, and the restored audit trail still refuses
#     UPDATE and DELETE.
# Ports: node offset 700 (HTTP 8780, HTTPS 9143, management 10690), Keycloak HTTPS 19543 (+1 management).
# shellcheck shell=bash

release_test() {
  local version=0.0.0-releasetest dir="$ROOT/target/release-test" offset=700 kc_port=19543 archive
  local https_port=$((8443 + offset)) http_port=$((8080 + offset)) kc="https://localhost:19543"
  rm -rf "$dir"; mkdir -p "$dir"/{secrets,etc,data,keys}
  chmod 700 "$dir/secrets"

  trap 'log "release test: stopped at line $LINENO of scripts/release-test.sh"' ERR
  # --- keys and secrets: the sandbox CA's server and client certificates (also Keycloak's), a fresh
  # signing key for the node, another for the test partner, the cluster key; secrets in files only
  ensure_tls_identity "$STATE/tls"
  ensure_cluster_key
  cp "$STATE/tls/"{ca.pem,server.pem,server.key,server.p12,trust.p12,client.pem,client.key} "$dir/keys/"
  (
    cd "$dir/keys"
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 90 -subj "/CN=Crossway release test/O=Crossway" -keyout signing-key.pem -out signing-cert.pem
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -subj "/CN=release test partner" -keyout partner.key -out partner.pem
    "$(server_java_home)/bin/keytool" -importcert -J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE -J-Dkeystore.pkcs12.macAlgorithm=NONE \
      -storetype PKCS12 -keystore java-trust.p12 -storepass changeit -alias test-ca -file ca.pem -noprompt
  ) >"$dir/keys/openssl.log" 2>&1 || die "could not generate the release test's keys (see $dir/keys/openssl.log)"
  local kc_password; kc_password="$(local_secret RELEASE_KC_ADMIN_PASSWORD)"
  # --- Keycloak in production mode: HTTPS with the test certificate, its host name fixed, no clustering;
  # started first, so that its first start (it builds itself) overlaps the packaging
  local kc_home="$STATE/keycloak-release"
  ensure_keycloak
  rm -rf "$kc_home"; cp -r "$KEYCLOAK_HOME" "$kc_home"
  log "release test: Keycloak in production mode on $kc (log: $dir/keycloak.log)"
  env -i PATH="$PATH" HOME="$HOME" JAVA_HOME="$(server_java_home)" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$kc_password" \
    setsid "$kc_home/bin/kc.sh" start --db=dev-file --cache=local --http-enabled=false --http-host=127.0.0.1 \
      --https-port=$kc_port --http-management-port=$((kc_port + 1)) --hostname="$kc" \
      --https-certificate-file="$dir/keys/server.pem" --https-certificate-key-file="$dir/keys/server.key" >"$dir/keycloak.log" 2>&1 &
  local kc_pid=$!
  echo "keycloak-release $kc_pid" >>"$PIDS"
  log "release test: ./crossway package --version $version"
  archive="$(source "$ROOT/scripts/package.sh"; package_release --version "$version" --modules-built)" || die "packaging failed"
  [ "$archive" = "$ROOT/target/crossway-$version.tar.gz" ] || die "package printed '$archive', not the archive's path"
  tar -xzf "$archive" -C "$dir" || die "cannot unpack $archive"
  local home="$dir/crossway-$version"
  [ "$(cat "$home/VERSION")" = "$version" ] && [ -x "$home/bin/crossway-admin" ] && [ -f "$home/systemd/crossway@.service" ] \
    && [ -f "$home/etc/crossway.env.example" ] && [ -f "$home/db/responder/V1__responder.sql" ] \
    || die "the release lacks a part (VERSION, bin/, systemd/, etc/, db/)"
  # the settings example and CONFIGURATION.md list the same variables
  "$(server_java_home)/bin/java" "$ROOT/release/tools/EnvExample.java" check "$ROOT/docs/CONFIGURATION.md" \
    "$home/etc/crossway.env.example" "$ROOT/ear/src/main/wildfly/cli/crossway.cli" "$ROOT"/*/src/main/java \
    || die "etc/crossway.env.example and docs/CONFIGURATION.md differ"
  # the systemd unit as systemd reads it (pointed at this unpacked release)
  if command -v systemd-analyze >/dev/null; then
    sed "s#/opt/crossway/current#$home#g" "$home/systemd/crossway@.service" >"$dir/crossway@release1.service"
    systemd-analyze verify "$dir/crossway@release1.service" >"$dir/unit-verify.log" 2>&1 || true
    grep -v -e 'Failed to resolve user' -e 'is not a valid user' "$dir/unit-verify.log" | grep -q . \
      && die "systemd finds fault with crossway@.service: $(cat "$dir/unit-verify.log")"
  fi
  log "release test: $(du -h "$archive" | cut -f1) archive unpacked into $home"

  local db_password
  db_password="$(local_secret RELEASE_DB_PASSWORD)"
  create_database crossway_release crossway_release "$db_password" fresh
  secret() { printf '%s' "$2" >"$dir/secrets/$1"; chmod 600 "$dir/secrets/$1"; }
  secret db-password "$db_password"; secret db-migration-password "$CROSSWAY_DB_MIGRATION_PASSWORD"
  secret kc-admin-password "$kc_password"
  secret portal-secret "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  secret manager-secret "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  secret tls-password "$CROSSWAY_TLS_KEYSTORE_PASSWORD"; secret cluster-password "$CROSSWAY_CLUSTER_KEYSTORE_PASSWORD"
  secret cluster-auth-secret "$CROSSWAY_CLUSTER_AUTH_SECRET"

  cat >"$dir/etc/crossway.env" <<ENV
CROSSWAY_DB_URL=jdbc:mysql://$DB_HOST:$DB_PORT/crossway_release?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true
CROSSWAY_DB_USER=crossway_release
CROSSWAY_DB_PASSWORD_FILE=$dir/secrets/db-password
CROSSWAY_DB_MIGRATION_USER=$CROSSWAY_DB_MIGRATION_USER
CROSSWAY_DB_MIGRATION_PASSWORD_FILE=$dir/secrets/db-migration-password
CROSSWAY_DB_APP_ROLE=$CROSSWAY_DB_APP_ROLE
CROSSWAY_OIDC_PROVIDER_URL=$kc/realms/crossway
CROSSWAY_PORTAL_SECRET_FILE=$dir/secrets/portal-secret
CROSSWAY_MANAGER_SECRET_FILE=$dir/secrets/manager-secret
CROSSWAY_PORTAL_URL=https://localhost:$https_port
KC_ADMIN_USER=admin
KC_ADMIN_PASSWORD_FILE=$dir/secrets/kc-admin-password
CROSSWAY_GATEWAY_PUBLIC_URL=https://localhost:$https_port
CROSSWAY_TLS_KEYSTORE=$dir/keys/server.p12
CROSSWAY_TLS_KEYSTORE_PASSWORD_FILE=$dir/secrets/tls-password
CROSSWAY_TLS_TRUSTSTORE=$dir/keys/trust.p12
CROSSWAY_TLS_TRUSTSTORE_PASSWORD_FILE=$dir/secrets/tls-password
CROSSWAY_SIGNING_KEY=$dir/keys/signing-key.pem
CROSSWAY_SIGNING_CERT=$dir/keys/signing-cert.pem
CROSSWAY_CLUSTER_KEYSTORE=$CROSSWAY_CLUSTER_KEYSTORE
CROSSWAY_CLUSTER_KEYSTORE_PASSWORD_FILE=$dir/secrets/cluster-password
CROSSWAY_CLUSTER_AUTH_SECRET_FILE=$dir/secrets/cluster-auth-secret
CROSSWAY_JAVA_TRUSTSTORE=$dir/keys/java-trust.p12
CROSSWAY_JAVA_HOME=$(server_java_home)
CROSSWAY_JAVA_SIZING=-Xms512m -Xmx1g
CROSSWAY_DATA=$dir/data
CROSSWAY_PORT_OFFSET=$offset
CROSSWAY_BIND_ADDRESS=127.0.0.1
CROSSWAY_CLUSTER_BIND_ADDRESS=127.0.0.1
CROSSWAY_MANAGEMENT_BIND_ADDRESS=127.0.0.1
CROSSWAY_MULTICAST=${CROSSWAY_MULTICAST:-230.0.0.77}
ENV
  chmod 600 "$dir/etc/crossway.env"
  grep -Eq '^[A-Z_]*(PASSWORD|SECRET)=' "$dir/etc/crossway.env" && die "the test's settings file should hold no secret itself"
  # the release's commands run with nothing of this shell's environment but PATH and HOME
  as_installed() { env -i PATH="$PATH" HOME="$HOME" CROSSWAY_ENV="$dir/etc/crossway.env" "$@"; }

  local i=0
  until curl -fs -o /dev/null --max-time 3 --cacert "$dir/keys/ca.pem" "$kc/realms/master"; do
    kill -0 "$kc_pid" 2>/dev/null || die "Keycloak (production mode) stopped while starting (see $dir/keycloak.log)"
    i=$((i + 1)); [ "$i" -ge 200 ] && die "Keycloak (production mode) did not answer within 600s"
    sleep 3
  done
  grep -q 'Profile prod activated' "$dir/keycloak.log" || die "Keycloak did not start in production mode"
  as_installed "$home/bin/crossway-admin" apply-realm >"$dir/apply-realm.log" 2>&1 \
    || { cat "$dir/apply-realm.log" >&2; die "crossway-admin apply-realm failed"; }
  as_installed "$home/bin/crossway-admin" onboard-partner --client-id release-test-partner \
    --communities 2.16.840.1.113883.3.72.6.1 --purposes TREATMENT >"$dir/onboard.log" 2>&1 \
    && grep -q '^client_secret=.\{16,\}' "$dir/onboard.log" || { cat "$dir/onboard.log" >&2; die "crossway-admin onboard-partner failed"; }
  # a secret given as an option is refused, naming the variable to use instead
  as_installed "$home/bin/crossway-admin" grants --client-id release-test-partner --admin-password visible-in-ps >"$dir/refused.log" 2>&1 \
    && die "the realm tool accepted --admin-password"
  grep -q 'KC_ADMIN_PASSWORD_FILE' "$dir/refused.log" || die "the refusal of --admin-password should name KC_ADMIN_PASSWORD_FILE"
  log "release test: crossway-admin apply-realm and onboard-partner over HTTPS (secrets from files; --admin-password refused)"

  as_installed "$home/bin/crossway-admin" check >"$dir/check-before.log" 2>&1 \
    || { cat "$dir/check-before.log" >&2; die "crossway-admin check failed before the start"; }
  log "release test: crossway-admin check passed ($(grep -c '^ok' "$dir/check-before.log") checks ok)"

  # a collector the node does not know stops its start with a message naming the two it knows, before
  # anything of the node's state is written
  as_installed CROSSWAY_JAVA_GC=zgc "$home/bin/crossway-node" release1 >"$dir/gc-refused.log" 2>&1 \
    && die "crossway-node should refuse CROSSWAY_JAVA_GC=zgc"
  grep -q "CROSSWAY_JAVA_GC is parallel or g1, not 'zgc'" "$dir/gc-refused.log" \
    || { cat "$dir/gc-refused.log" >&2; die "the refusal of CROSSWAY_JAVA_GC=zgc should name parallel and g1"; }
  [ ! -e "$dir/data/release1" ] || die "crossway-node wrote the node's state before refusing CROSSWAY_JAVA_GC=zgc"
  log "release test: crossway-node refuses an unknown CROSSWAY_JAVA_GC before writing anything"

  # --- the node, from the release, in production mode
  log "release test: starting a node from the release (log: $dir/node.log)"
  # (env directly, not as_installed: a function run in the background is a subshell, and $! would be
  # that subshell rather than the node's process group)
  env -i PATH="$PATH" HOME="$HOME" CROSSWAY_ENV="$dir/etc/crossway.env" setsid "$home/bin/crossway-node" release1 >"$dir/node.log" 2>&1 &
  local node_pid=$!
  echo "wildfly-release1 $node_pid" >>"$PIDS"
  local deployments="$dir/data/release1/deployments"
  i=0
  until [ -f "$deployments/crossway.ear.deployed" ]; do
    [ -f "$deployments/crossway.ear.failed" ] && die "the release's deployment failed: $(cat "$deployments/crossway.ear.failed")"
    kill -0 "$node_pid" 2>/dev/null || die "the release's node stopped while starting (see $dir/node.log)"
    i=$((i + 1)); [ "$i" -ge 300 ] && die "the release's node did not deploy within 300s"
    sleep 1
  done
  local jvm
  jvm="$(pgrep -P "$node_pid" -f jboss-modules | head -1 || true)"
  [ -n "$jvm" ] || die "the node's JVM was not found below pid $node_pid"
  tr '\0' ' ' <"/proc/$jvm/cmdline" | grep -Fq -e "$db_password" -e "$kc_password" -e "$CROSSWAY_TLS_KEYSTORE_PASSWORD" \
    && die "a secret is on the node's command line (ps)"
  as_installed "$home/bin/crossway-admin" check >"$dir/check-running.log" 2>&1 \
    || { cat "$dir/check-running.log" >&2; die "crossway-admin check failed with the node running"; }
  grep -q '^ok    node: running' "$dir/check-running.log" || die "crossway-admin check did not see the running node"
  log "release test: the node deployed Crossway $version in production mode; crossway-admin check passed"

  # --- an administrator (a service account with role admin, made with Keycloak's admin API) hosts the
  # NIST sample's community and patient and trusts the test partner's signing certificate
  local master token api="http://127.0.0.1:$http_port/api/v1" cid sa role scope
  kc_api() { curl -fsS --cacert "$dir/keys/ca.pem" -H "Authorization: Bearer $master" "$@"; }
  master="$(curl -fsS --cacert "$dir/keys/ca.pem" --data-urlencode "password@$dir/secrets/kc-admin-password" -d grant_type=password \
    -d client_id=admin-cli -d username=admin "$kc/realms/master/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
  secret test-admin-secret "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  kc_api -H 'Content-Type: application/json' -d "{\"clientId\":\"release-test-admin\",\"secret\":\"$(cat "$dir/secrets/test-admin-secret")\",
    \"serviceAccountsEnabled\":true,\"publicClient\":false,\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":false}" \
    "$kc/admin/realms/crossway/clients" || die "cannot create the test's admin client"
  cid="$(kc_api "$kc/admin/realms/crossway/clients?clientId=release-test-admin" | sed 's/^\[{"id":"\([^"]*\)".*/\1/')"
  sa="$(kc_api "$kc/admin/realms/crossway/clients/$cid/service-account-user" | sed 's/^{"id":"\([^"]*\)".*/\1/')"
  role="$(kc_api "$kc/admin/realms/crossway/roles/admin")"
  kc_api -H 'Content-Type: application/json' -d "[$role]" "$kc/admin/realms/crossway/users/$sa/role-mappings/realm" || die "role mapping failed"
  scope="$(kc_api "$kc/admin/realms/crossway/client-scopes" | grep -o '"id":"[^"]*","name":"crossway-api-audience"' | sed 's/"id":"\([^"]*\)".*/\1/')"
  kc_api -X PUT "$kc/admin/realms/crossway/clients/$cid/default-client-scopes/$scope" || die "audience scope failed"
  token="$(curl -fsS --cacert "$dir/keys/ca.pem" -d grant_type=client_credentials -d client_id=release-test-admin \
    --data-urlencode "client_secret@$dir/secrets/test-admin-secret" "$kc/realms/crossway/protocol/openid-connect/token" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
  api_call() { # PATH BODY CONTENT-TYPE: the status code; the answer in $dir/api.json
    curl -s -o "$dir/api.json" -w '%{http_code}' -H "Authorization: Bearer $token" -H "Content-Type: $3" --data-binary "$2" "$api/$1"
  }
  local code
  code="$(api_call 'admin/trust-anchors?label=release-test-partner&kind=PINNED' "@$dir/keys/partner.pem" text/plain)"
  [ "$code" = 201 ] || die "trusting the test partner failed: HTTP $code $(cat "$dir/api.json")"
  code="$(api_call admin/communities '{"HomeCommunityId": "2.16.840.1.113883.3.72.6.1", "Name": "NIST Sample Community",
    "AssigningAuthority": "1.2.3.4.5.1000", "Mode": "Stored", "PurposesOfUse": ["TREATMENT"]}' application/json)"
  [ "$code" = 201 ] || die "hosting the community failed: HTTP $code $(cat "$dir/api.json")"
  code="$(api_call PatientAdmin/NewPatient '{"Meta": {"DataModel": "PatientAdmin", "EventType": "NewPatient", "FacilityCode": "2.16.840.1.113883.3.72.6.1"},
    "Patient": {"Identifiers": [{"ID": "801", "IDType": "1.2.3.4.5.1000"}], "Demographics": {"FirstName": "Daniel", "LastName": "Evans",
    "DOB": "1957-04-23", "Sex": "Male", "Address": {"StreetAddress": "809 First Ave", "City": "Springfield", "State": "KY", "ZIP": "40090"},
    "PhoneNumber": {"Home": "920-989-0987"}}}}' application/json)"
  [[ "$code" =~ ^20[01]$ ]] || die "registering the patient failed: HTTP $code $(cat "$dir/api.json")"

  # --- the partner's signed XCPD, over mutual TLS (the client certificate of scripts/mtls-test.sh)
  mkdir -p "$dir/earlib"; unzip -q -j -o "$home/deploy/crossway.ear" 'lib/*' -d "$dir/earlib"
  local url="https://localhost:$https_port/gateway/xcpd"
  "$(server_java_home)/bin/java" -cp "$dir/earlib/*" "$ROOT/scripts/release/SignedXcpd.java" sign "$dir/keys/partner.key" \
    "$dir/keys/partner.pem" "$url" "$CROSSWAY_SHARED/samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml" "$dir/xcpd.xml" \
    || die "could not sign the XCPD request"
  code="$(curl -s -o "$dir/xcpd-answer.xml" -w '%{http_code}' --cacert "$dir/keys/ca.pem" --cert "$dir/keys/client.pem" \
    --key "$dir/keys/client.key" -H 'Content-Type: application/soap+xml; charset=UTF-8' --data-binary "@$dir/xcpd.xml" "$url")" || true
  [ "$code" = 200 ] || die "the signed XCPD over mutual TLS got HTTP $code (see $dir/xcpd-answer.xml)"
  "$(server_java_home)/bin/java" -cp "$dir/earlib/*" "$ROOT/scripts/release/SignedXcpd.java" read "$dir/xcpd-answer.xml" >"$dir/xcpd-answer.txt" \
    || die "the XCPD answer cannot be read (see $dir/xcpd-answer.xml)"
  grep -q '^outcome=MATCH$' "$dir/xcpd-answer.txt" && grep -q '^patient=801$' "$dir/xcpd-answer.txt" \
    || die "the XCPD answer should match patient 801: $(tr '\n' ' ' <"$dir/xcpd-answer.txt")"
  log "release test: a signed XCPD over mutual TLS found the registered patient (801)"

  # --- stop the node as systemd would (SIGTERM), then back up and restore
  kill -TERM -- "-$node_pid" 2>/dev/null || kill -TERM "$node_pid"
  for _ in $(seq 1 60); do group_alive "$node_pid" || break; sleep 1; done
  group_alive "$node_pid" && die "the release's node did not stop within 60 s of SIGTERM"
  log "release test: the node stopped on SIGTERM"
  release_backup_restore "$home" "$dir"
  stop_named keycloak-release
}

# release_backup_restore HOME DIR: crossway-admin backup, restore into a fresh database, compare.
release_backup_restore() {
  local home="$1" dir="$2" started elapsed_backup elapsed_restore table source_sum restored_sum
  local restored=crossway_release_restore
  started=$(date +%s%N)
  as_installed "$home/bin/crossway-admin" backup "$dir/backup.sql.gz" >"$dir/backup.log" 2>&1 \
    || { cat "$dir/backup.log" >&2; die "crossway-admin backup failed"; }
  elapsed_backup=$(( ($(date +%s%N) - started) / 1000000 ))
  # a fresh database for the restore, as a DBA would make it: empty, owned by the migration user
  {
    echo "DROP DATABASE IF EXISTS \`$restored\`; CREATE DATABASE \`$restored\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    for host in localhost 127.0.0.1; do echo "GRANT ALL PRIVILEGES ON \`$restored\`.* TO '$CROSSWAY_DB_MIGRATION_USER'@'$host';"; done
  } | db_admin || die "cannot create $restored"
  started=$(date +%s%N)
  as_installed "$home/bin/crossway-admin" restore "$dir/backup.sql.gz" --database "$restored" >"$dir/restore.log" 2>&1 \
    || { cat "$dir/restore.log" >&2; die "crossway-admin restore failed"; }
  elapsed_restore=$(( ($(date +%s%N) - started) / 1000000 ))
  # a second restore into the now full database is refused
  as_installed "$home/bin/crossway-admin" restore "$dir/backup.sql.gz" --database "$restored" >/dev/null 2>&1 \
    && die "restore into a database that is not empty should be refused"

  # the database's administrator, directly (db_admin's fallback would run a failed statement's input again)
  root_sql() { mariadb --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "${CROSSWAY_DB_ADMIN:-root}" -N -B "$@"; }
  local tables=0 rows=0 n
  for table in $(echo "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA='crossway_release' ORDER BY 1" | root_sql); do
    source_sum="$(echo "SELECT COUNT(*) FROM crossway_release.\`$table\`; CHECKSUM TABLE crossway_release.\`$table\`" | root_sql | awk '{print $NF}' | tr '\n' ' ')"
    restored_sum="$(echo "SELECT COUNT(*) FROM $restored.\`$table\`; CHECKSUM TABLE $restored.\`$table\`" | root_sql | awk '{print $NF}' | tr '\n' ' ')"
    [ "$source_sum" = "$restored_sum" ] || die "restore: table $table differs (count, checksum: $source_sum vs $restored_sum)"
    n="${source_sum%% *}"; rows=$((rows + n)); tables=$((tables + 1))
  done
  [ "$tables" -gt 10 ] || die "restore: only $tables tables compared"
  local triggers_source triggers_restored
  triggers_source="$(echo "SELECT GROUP_CONCAT(TRIGGER_NAME ORDER BY TRIGGER_NAME) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA='crossway_release'" | root_sql)"
  triggers_restored="$(echo "SELECT GROUP_CONCAT(TRIGGER_NAME ORDER BY TRIGGER_NAME) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA='$restored'" | root_sql)"
  [ -n "$triggers_source" ] && [ "$triggers_source" = "$triggers_restored" ] \
    || die "restore: triggers differ ($triggers_source vs $triggers_restored)"
  [ "$(echo "SELECT COUNT(*) FROM $restored.audit_record" | root_sql)" -gt 0 ] || die "restore: no audit record to test the triggers on"
  local out
  out="$(echo "UPDATE $restored.audit_record SET outcome = outcome LIMIT 1" | root_sql 2>&1)" \
    && die "restore: UPDATE of the restored audit trail was allowed"
  [[ "$out" == *insert-only* ]] || die "restore: UPDATE refused, but not by the audit trigger: $out"
  out="$(echo "DELETE FROM $restored.audit_record LIMIT 1" | root_sql 2>&1)" && die "restore: DELETE of the restored audit trail was allowed"
  [[ "$out" == *insert-only* ]] || die "restore: DELETE refused, but not by the audit trigger: $out"
  log "release test: backup ($(du -h "$dir/backup.sql.gz" | cut -f1), ${elapsed_backup} ms) and restore (${elapsed_restore} ms) of $tables tables, $rows rows: counts and checksums equal, triggers ($(echo "$triggers_source" | tr ',' '\n' | wc -l)) kept, the restored audit trail refuses UPDATE and DELETE"
  echo "DROP DATABASE IF EXISTS \`$restored\`" | root_sql
}
