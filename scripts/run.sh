# ./crossway run [--background] [--cluster]: build, provision and start the gateway with a sandbox.
# shellcheck shell=bash
background=""
cluster=""
for arg in "$@"; do
  case "$arg" in
    --background) background=1 ;;
    --cluster) cluster=1 ;;
    *) die "unknown option: $arg (try --background or --cluster)" ;;
  esac
done

require_tools
if [ -f "$PIDS" ]; then
  die "a run is already recorded in $PIDS: ./crossway stop first"
fi
ensure_mariadb
DB_PASSWORD="$(local_secret DB_PASSWORD)"
create_database crossway crossway "$DB_PASSWORD"

log "building (mvn install -DskipTests)"
mvn -B -q install -DskipTests || die "build failed"

export CROSSWAY_PORTAL_SECRET; CROSSWAY_PORTAL_SECRET="$(local_secret PORTAL_SECRET)"
trap 'stop_recorded' INT TERM
[ -z "$background" ] && trap 'stop_recorded' EXIT
start_keycloak "$STATE/keycloak-run" "$STATE/keycloak.log"

offset=0
[ -n "$cluster" ] && offset=200
PORTAL="http://localhost:$((8080 + offset))"
portals="$PORTAL"
[ -n "$cluster" ] && portals="$PORTAL,http://localhost:$((8080 + 300))"
apply_realm --sandbox --portal-url "$portals"

export CROSSWAY_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/crossway?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
export CROSSWAY_SANDBOX=true
ensure_signing_identity
ensure_cluster_key
# the sandbox network runs over mutual TLS (a sandbox CA, server and client certificates in
# .crossway/tls/); outbound calls may reach this gateway's own HTTPS port, and whatever
# CROSSWAY_OUTBOUND_ALLOW adds
ensure_tls_identity "$STATE/tls"
GATEWAY_TLS="https://localhost:$((8443 + offset))"
own_allow="localhost:$((8443 + offset))"
[ -n "$cluster" ] && own_allow="$own_allow,localhost:$((8443 + 300))"
export CROSSWAY_OUTBOUND_ALLOW="$own_allow${CROSSWAY_OUTBOUND_ALLOW:+,$CROSSWAY_OUTBOUND_ALLOW}"
[ -f "$CROSSWAY_SHARED/geo/zcta.csv" ] && export CROSSWAY_GEO_ZCTA="$CROSSWAY_SHARED/geo/zcta.csv"
# the SAML audiences the gateway accepts: its own URLs (HTTP and TLS), never a request's Host header
if [ -z "${CROSSWAY_GATEWAY_PUBLIC_URL:-}" ]; then
  CROSSWAY_GATEWAY_PUBLIC_URL="http://localhost:$((8080 + offset)),https://localhost:$((8443 + offset))"
  [ -n "$cluster" ] && CROSSWAY_GATEWAY_PUBLIC_URL="$CROSSWAY_GATEWAY_PUBLIC_URL,http://localhost:8380,https://localhost:8743"
  export CROSSWAY_GATEWAY_PUBLIC_URL
fi

start_wildfly "$STATE/node1" node1 "$offset" "$STATE/node1.log"
if [ -n "$cluster" ]; then
  start_wildfly "$STATE/node2" node2 300 "$STATE/node2.log"
fi
source "$ROOT/scripts/seed.sh"
seed_sandbox "$PORTAL" "$GATEWAY_TLS"

cat <<BANNER

  Crossway is running.
    Portal       $PORTAL/admin/            (user admin / admin)
    JSON API     $PORTAL/api/v1/
    Gateway      $GATEWAY_TLS/gateway/xcpd, /gateway/xca/query, /gateway/xca/retrieve
                 (mutual TLS: CA .crossway/tls/ca.pem, client certificate .crossway/tls/client.pem + client.key)
    Health       http://localhost:$((9990 + offset))/health
    Keycloak     http://localhost:$KEYCLOAK_PORT/admin/  (admin / see .crossway/secrets.env)
  Sandbox API clients (client credentials at http://localhost:$KEYCLOAK_PORT/realms/crossway/protocol/openid-connect/token):
    sandbox-partner / sandbox-secret         role partner
    sandbox-admin   / sandbox-admin-secret   role admin
$( [ -n "$cluster" ] && echo "    Cluster node2 $((8080 + 300))" )
  Logs in .crossway/*.log. $( [ -n "$background" ] && echo "Stop with ./crossway stop." || echo "Ctrl-C stops everything." )

BANNER

if [ -z "$background" ]; then
  wait
fi
