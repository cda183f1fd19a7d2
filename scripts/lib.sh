# Shared functions of ./crossway: the real servers, started and stopped by PID.
# shellcheck shell=bash

VERSION_WILDFLY="$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' "$ROOT/pom.xml")"
VERSION_KEYCLOAK="$(sed -n 's:.*<version.keycloak>\(.*\)</version.keycloak>.*:\1:p' "$ROOT/pom.xml")"
SERVER_HOME="$ROOT/ear/target/wildfly-$VERSION_WILDFLY"
KEYCLOAK_HOME="$STATE/keycloak-$VERSION_KEYCLOAK"
REALM_TOOL="$ROOT/realm-config/target/realm-config-0.1.0-SNAPSHOT-tool.jar"
export CROSSWAY_SHARED="${CROSSWAY_SHARED:-$(cd "$ROOT/.." && pwd)/shared}"
DB_HOST="${CROSSWAY_DB_HOST:-127.0.0.1}"
DB_PORT="${CROSSWAY_DB_PORT:-3306}"
KEYCLOAK_PORT="${CROSSWAY_KEYCLOAK_PORT:-8180}"
KEYCLOAK_MGMT_PORT="${CROSSWAY_KEYCLOAK_MGMT_PORT:-9000}"
# WildFly checks tokens against this issuer: it follows the Keycloak port unless set explicitly
export CROSSWAY_OIDC_PROVIDER_URL="${CROSSWAY_OIDC_PROVIDER_URL:-http://localhost:$KEYCLOAK_PORT/realms/crossway}"
PIDS="$STATE/pids"

log() { printf '\033[1m[crossway]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[crossway]\033[0m %s\n' "$*" >&2; exit 1; }

# Servers run on Java 25 when the machine has it (less memory), else on the default JDK.
server_java_home() {
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    echo /usr/lib/jvm/temurin-25-jdk-amd64
  elif [ -n "${JAVA_HOME:-}" ]; then
    echo "$JAVA_HOME"
  else
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

require_tools() {
  command -v java >/dev/null || die "Java 17 or later is needed (apt-get install openjdk-17-jdk)"
  command -v mvn >/dev/null || die "Maven is needed (apt-get install maven)"
  command -v curl >/dev/null || die "curl is needed (apt-get install curl)"
}

# A secret that is generated on this machine the first time and kept in .crossway/ (not in git).
local_secret() {
  local name="$1" file="$STATE/secrets.env"
  touch "$file"; chmod 600 "$file"
  if ! grep -q "^$name=" "$file"; then
    echo "$name=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)" >>"$file"
  fi
  sed -n "s/^$name=//p" "$file"
}

wait_for() { # url timeout-seconds what [pid]
  local url="$1" timeout="$2" what="$3" pid="${4:-}" i=0
  until curl -fs -o /dev/null --max-time 2 "$url"; do
    i=$((i + 1))
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then die "$what stopped while starting (see its log)"; fi
    [ "$i" -ge "$timeout" ] && die "$what did not answer at $url within ${timeout}s"
    sleep 1
  done
}

# --- MariaDB --------------------------------------------------------------------------------
db_admin() { mariadb --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "${CROSSWAY_DB_ADMIN:-root}" "$@" 2>/dev/null \
  || mariadb -u root "$@"; }

ensure_mariadb() {
  if mariadb-admin --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u root ping >/dev/null 2>&1 \
     || mariadb-admin ping >/dev/null 2>&1; then
    return 0
  fi
  if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ]; then
    log "installing MariaDB (Debian package mariadb-server)"
    if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y mariadb-server >/dev/null
    else sudo DEBIAN_FRONTEND=noninteractive apt-get install -y mariadb-server >/dev/null; fi
  fi
  log "starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 30); do mariadb-admin ping >/dev/null 2>&1 && return 0; sleep 1; done
  die "MariaDB did not start"
}

# create_database NAME USER PASSWORD [fresh]: an application database and its two accounts.
# The migration user NAME_migrator owns the schema (ALL, WITH GRANT OPTION) and runs Flyway; the
# application's USER holds no database-wide right at all, only the role NAME_app, to which the
# migrations grant each table (docs/OPERATIONS.md, Database users). Exports the CROSSWAY_DB_*
# settings the server reads.
create_database() {
  local name="$1" user="$2" password="$3" fresh="${4:-}"
  local migrator="${name}_migrator" role="${name}_app" migrator_password drop="" host
  migrator_password="$(local_secret "$(echo "${name}_MIGRATOR_PASSWORD" | tr '[:lower:]' '[:upper:]')")"
  [ -n "$fresh" ] && drop="DROP DATABASE IF EXISTS \`$name\`;"
  {
    echo "$drop"
    echo "CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    echo "CREATE ROLE IF NOT EXISTS \`$role\`;"
    for host in localhost 127.0.0.1; do
      cat <<SQL
CREATE USER IF NOT EXISTS '$migrator'@'$host' IDENTIFIED BY '$migrator_password';
ALTER USER '$migrator'@'$host' IDENTIFIED BY '$migrator_password';
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$migrator'@'$host' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$password';
ALTER USER '$user'@'$host' IDENTIFIED BY '$password';
GRANT \`$role\` TO '$user'@'$host';
SET DEFAULT ROLE \`$role\` FOR '$user'@'$host';
SQL
    done
    # cluster discovery (JDBC_PING2, crossway.cli): a node's channel starts before the deployment's
    # migrations (the directory's V5 creates the same table), so on a new database the table and
    # the application's right to it must exist before the first start
    cat <<SQL
CREATE TABLE IF NOT EXISTS \`$name\`.jgroups (address varchar(200) NOT NULL, name varchar(200),
  cluster varchar(200) NOT NULL, ip varchar(200) NOT NULL, coord boolean, PRIMARY KEY (address)) ENGINE=InnoDB;
GRANT SELECT, INSERT, UPDATE, DELETE ON \`$name\`.jgroups TO \`$role\`;
SQL
    echo "FLUSH PRIVILEGES;"
  } | db_admin || die "cannot create database $name (is MariaDB's root allowed in?)"
  # grants add up: a database-wide grant left to the application's user by an older ./crossway
  # would outweigh the per-table ones (no such grant: nothing to revoke, the error is expected)
  for host in localhost 127.0.0.1; do
    echo "REVOKE ALL PRIVILEGES ON \`$name\`.* FROM '$user'@'$host';" | db_admin >/dev/null 2>&1 || true
  done
  export CROSSWAY_DB_USER="$user" CROSSWAY_DB_PASSWORD="$password" CROSSWAY_DB_APP_ROLE="$role" \
    CROSSWAY_DB_MIGRATION_USER="$migrator" CROSSWAY_DB_MIGRATION_PASSWORD="$migrator_password"
}

# --- the cluster's key material -------------------------------------------------------------
# A PKCS12 key store holding one AES-256 secret key (JGroups SYM_ENCRYPT), its password and the
# AUTH secret: generated once on this machine into .crossway/cluster (never committed) and
# exported for the server. Every node of a cluster must be given the same three.
ensure_cluster_key() {
  local dir="$STATE/cluster" store password
  mkdir -p "$dir"; chmod 700 "$dir"
  store="$dir/cluster.p12"
  password="$(local_secret CLUSTER_KEYSTORE_PASSWORD)"
  if [ ! -f "$store" ]; then
    "$(server_java_home)/bin/keytool" -genseckey -alias cluster -keyalg AES -keysize 256 -storetype PKCS12 \
      -keystore "$store" -storepass "$password" -keypass "$password" >/dev/null 2>&1 \
      || die "could not generate the cluster key store ($store)"
    chmod 600 "$store"
  fi
  export CROSSWAY_CLUSTER_KEYSTORE="$store" CROSSWAY_CLUSTER_KEYSTORE_PASSWORD="$password" \
    CROSSWAY_CLUSTER_KEY_ALIAS=cluster CROSSWAY_CLUSTER_AUTH_SECRET; CROSSWAY_CLUSTER_AUTH_SECRET="$(local_secret CLUSTER_AUTH_SECRET)"
}

# --- Keycloak ---------------------------------------------------------------------------------
ensure_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  log "fetching Keycloak $VERSION_KEYCLOAK (org.keycloak:keycloak-quarkus-dist) from Maven Central"
  mvn -B -q dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION_KEYCLOAK:zip" \
    -DoutputDirectory="$STATE" -Dmdep.overWriteReleases=false >/dev/null
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || chmod +x "$KEYCLOAK_HOME"/bin/*.sh
}

# start_keycloak HOME LOG [fresh]: Keycloak in dev mode on 8180, from its own copy of the
# distribution (dev mode keeps its H2 database inside the home: the test suite uses a separate
# copy and starts it empty, so a test never touches the realm a run keeps).
start_keycloak() {
  local home="$1" logfile="$2" fresh="${3:-}"
  ensure_keycloak
  [ -x "$home/bin/kc.sh" ] || cp -r "$KEYCLOAK_HOME" "$home"
  [ -n "$fresh" ] && rm -rf "$home/data"
  if curl -fs -o /dev/null --max-time 2 "http://localhost:$KEYCLOAK_PORT/realms/master"; then
    die "something already answers on port $KEYCLOAK_PORT; stop it first (./crossway stop)"
  fi
  KC_ADMIN_PASSWORD="$(local_secret KC_ADMIN_PASSWORD)"
  export KC_ADMIN_PASSWORD
  log "starting Keycloak on http://localhost:$KEYCLOAK_PORT (log: $logfile)"
  JAVA_HOME="$(server_java_home)" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
    setsid "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=$KEYCLOAK_PORT --http-management-port=$KEYCLOAK_MGMT_PORT --hostname=http://localhost:$KEYCLOAK_PORT \
      >"$logfile" 2>&1 &
  KEYCLOAK_PID=$!
  echo "keycloak $KEYCLOAK_PID" >>"$PIDS"
  wait_for "http://localhost:$KEYCLOAK_PORT/realms/master" 180 Keycloak "$KEYCLOAK_PID"
}

apply_realm() { # extra args for the tool (e.g. --sandbox)
  export CROSSWAY_PORTAL_SECRET CROSSWAY_MANAGER_SECRET
  CROSSWAY_PORTAL_SECRET="${CROSSWAY_PORTAL_SECRET:-$(local_secret PORTAL_SECRET)}"
  CROSSWAY_MANAGER_SECRET="${CROSSWAY_MANAGER_SECRET:-$(local_secret MANAGER_SECRET)}"
  [ -f "$REALM_TOOL" ] || die "realm tool missing: build first"
  # the tool is idempotent: a Keycloak that has just started sometimes drops a connection
  # (NoHttpResponseException on the realm's creation), so a failed run is tried again
  local attempt
  for attempt in 1 2 3; do
    # the secrets go through the environment (KC_ADMIN_PASSWORD, CROSSWAY_*_SECRET), never the
    # command line, which every user of the machine can read with ps
    if KC_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" JAVA_HOME="$(server_java_home)" "$(server_java_home)/bin/java" -jar "$REALM_TOOL" apply \
      --server "http://localhost:$KEYCLOAK_PORT" "$@" >"$STATE/realm.log" 2>&1; then
      return 0
    fi
    log "applying the realm failed (attempt $attempt of 3): $(grep -m1 -o 'Exception[^:]*: .*' "$STATE/realm.log" | cut -c1-200)"
    sleep 5
  done
  cat "$STATE/realm.log" >&2
  die "applying the realm failed"
}

# --- the initiating gateway's signing identity ----------------------------------------------
# A development key and self-signed certificate, generated on this machine (never committed),
# used to sign outbound SAML assertions; the sandbox's responding communities trust it.
ensure_signing_identity() {
  local dir="$STATE/signing"
  mkdir -p "$dir"; chmod 700 "$dir"
  if [ ! -f "$dir/key.pem" ] || [ ! -f "$dir/cert.pem" ]; then
    command -v openssl >/dev/null || die "openssl is needed to generate the development signing key"
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 825 -subj "/CN=Crossway sandbox initiator/O=Crossway" \
      -keyout "$dir/key.pem" -out "$dir/cert.pem" >/dev/null 2>&1 || die "could not generate the signing key"
    chmod 600 "$dir/key.pem"
  fi
  export CROSSWAY_SIGNING_KEY="$dir/key.pem" CROSSWAY_SIGNING_CERT="$dir/cert.pem"
}

# --- the sandbox's TLS identities ---------------------------------------------------------------
# ensure_tls_identity DIR: a sandbox CA, a server certificate for localhost (the HTTPS listener),
# a client certificate (what the initiator presents to partner gateways) and a trust store with the
# CA, generated once into DIR (never committed), and the settings that name them exported. The
# sandbox network runs over mutual TLS with these: its communities' endpoints are this gateway's
# https://localhost:8443/gateway/..., reached with the client certificate.
ensure_tls_identity() {
  local dir="$1" pass
  mkdir -p "$dir"; chmod 700 "$dir"
  pass="$(local_secret TLS_STORE_PASSWORD)"
  if [ ! -f "$dir/server.p12" ] || [ ! -f "$dir/client.p12" ] || [ ! -f "$dir/trust.p12" ]; then
    command -v openssl >/dev/null || die "openssl is needed to generate the sandbox TLS certificates"
    (
      cd "$dir"
      openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 825 -subj "/O=Crossway/CN=Crossway sandbox CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout ca.key -out ca.pem
      openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=Crossway sandbox/CN=localhost" -keyout server.key -out server.csr
      printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n' >server.ext
      openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -sha256 -extfile server.ext -out server.pem
      openssl pkcs12 -export -inkey server.key -in server.pem -certfile ca.pem -name server -passout "pass:$pass" -out server.p12
      openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=Crossway sandbox/CN=Crossway sandbox initiator" -keyout client.key -out client.csr
      printf 'extendedKeyUsage=clientAuth\n' >client.ext
      openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -sha256 -extfile client.ext -out client.pem
      openssl pkcs12 -export -inkey client.key -in client.pem -certfile ca.pem -name client -passout "pass:$pass" -out client.p12
      rm -f trust.p12
      "$(server_java_home)/bin/keytool" -importcert -noprompt -alias sandbox-ca -file ca.pem -keystore trust.p12 \
        -storetype PKCS12 -storepass "$pass"
      chmod 600 ./*.key ./*.p12
    ) >"$dir/openssl.log" 2>&1 || die "could not generate the sandbox TLS certificates (see $dir/openssl.log)"
  fi
  export CROSSWAY_TLS_KEYSTORE="$dir/server.p12" CROSSWAY_TLS_KEYSTORE_PASSWORD="$pass" \
    CROSSWAY_TLS_TRUSTSTORE="$dir/trust.p12" CROSSWAY_TLS_TRUSTSTORE_PASSWORD="$pass" \
    CROSSWAY_TLS_CLIENT_KEYSTORE="$dir/client.p12" CROSSWAY_TLS_CLIENT_KEYSTORE_PASSWORD="$pass"
}

# --- WildFly ----------------------------------------------------------------------------------
# cluster discovery (CROSSWAY_CLUSTER_DISCOVERY=jdbc|static): the release's own code, so that a
# dev run and an installation switch it the same way
source "$ROOT/release/lib/cluster.sh"
# the collector and object headers of a release node (CROSSWAY_JAVA_GC)
source "$ROOT/release/lib/jvm.sh"

# start_wildfly NODE_DIR NODE_NAME PORT_OFFSET LOG: one node with its own server state (and the system
# properties of the file CROSSWAY_SERVER_PROPERTIES names, when it names one: the perf harness's old builds).
start_wildfly() {
  local base="$1" node="$2" offset="$3" logfile="$4"
  rm -rf "$base"
  cp -r "$SERVER_HOME/standalone" "$base"
  apply_cluster_discovery "$SERVER_HOME" "$base" "$(server_java_home)" "${SERVER_CONFIG:-crossway.xml}" \
    || die "$node: the cluster discovery could not be applied"
  cp "$ROOT/ear/target/crossway.ear" "$base/deployments/"
  log "starting WildFly $node (HTTP port $((8080 + offset)), log: $logfile)"
  # the heap: WildFly's default (512 MB) is too small for a full identity cache (200,000 answers)
  local gc; gc="$(java_gc_options "$(server_java_home)")" || die "$node: no JVM options"
  JBOSS_JAVA_SIZING="${CROSSWAY_JAVA_SIZING:--Xms1g -Xmx2g} $gc" JAVA_HOME="$(server_java_home)" setsid "$SERVER_HOME/bin/standalone.sh" -c "${SERVER_CONFIG:-crossway.xml}" \
    -Djboss.server.base.dir="$base" -Djboss.node.name="$node" -Djava.util.concurrent.ForkJoinPool.common.parallelism=4 \
    -Djboss.socket.binding.port-offset="$offset" -Djboss.bind.address=127.0.0.1 \
    -Djboss.bind.address.private=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
    -Djboss.default.multicast.address="${CROSSWAY_MULTICAST:-230.0.0.4}" \
    ${CROSSWAY_SERVER_PROPERTIES:+-P "$CROSSWAY_SERVER_PROPERTIES"} >"$logfile" 2>&1 &
  local pid=$!
  echo "wildfly-$node $pid" >>"$PIDS"
  local i=0
  until [ -f "$base/deployments/crossway.ear.deployed" ]; do
    [ -f "$base/deployments/crossway.ear.failed" ] && die "deployment failed on $node: $(cat "$base/deployments/crossway.ear.failed")"
    kill -0 "$pid" 2>/dev/null || die "WildFly $node stopped while starting (see $logfile)"
    i=$((i + 1)); [ "$i" -ge 300 ] && die "WildFly $node did not deploy Crossway within 300s"
    sleep 1
  done
}

# group_alive PID: whether any process of the process group PID leads is still running. A node is
# started with setsid, so PID is standalone.sh; on SIGTERM that script can exit before its java
# does, and the java still holds the node's ports and state. Its own pid alone says nothing.
group_alive() {
  kill -0 -- "-$1" 2>/dev/null || kill -0 "$1" 2>/dev/null
}

# stop_group PID [SECONDS]: SIGTERM to the process group PID leads, a wait of up to SECONDS (30)
# for every process of it to end, then SIGKILL to whatever is left. Fails when it had to kill.
stop_group() {
  local pid="$1" seconds="${2:-30}"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 "$seconds"); do group_alive "$pid" || return 0; sleep 1; done
  # what held it up, for whoever reads the failure: the threads of every java left in the group
  local java dump
  for java in $(pgrep -g "$pid" java 2>/dev/null); do
    dump="$STATE/stuck-$java.threads"
    "$(server_java_home)/bin/jcmd" "$java" Thread.print >"$dump" 2>&1 && log "the threads of $java that did not stop: $dump"
  done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 1 10); do group_alive "$pid" || break; sleep 1; done
  return 1
}

# stop_named NAME...: stops the newest recorded process of each name (a test stage's servers, once the
# stage is done, so that the next stage has the machine's cores and memory to itself). Older entries of
# a name are processes already stopped and waited for (a node stopped and started again): their pids
# are not signalled, as another process may have them by now.
stop_named() {
  local name pid
  for name in "$@"; do
    pid="$(awk -v n="$name" '$1 == n {print $2}' "$PIDS" 2>/dev/null | tail -n 1)"
    if [ -n "$pid" ] && group_alive "$pid"; then
      log "stopping $name (pid $pid)"
      stop_group "$pid" 30 || log "$name did not stop within 30 s of SIGTERM and was killed"
    fi
  done
}

# Stops every process recorded in .crossway/pids (a process group each), newest first.
stop_recorded() {
  [ -f "$PIDS" ] || { log "nothing recorded to stop"; return 0; }
  tac "$PIDS" | while read -r name pid; do
    if group_alive "$pid"; then
      log "stopping $name (pid $pid)"
      stop_group "$pid" 30 || log "$name did not stop within 30 s of SIGTERM and was killed"
    fi
  done
  rm -f "$PIDS"
}
