# The sandbox network: a directory to search, loaded through the public API like any admin would.
# shellcheck shell=bash

token_for() { # client secret
  curl -fsS -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$2" \
    "http://localhost:$KEYCLOAK_PORT/realms/crossway/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

seed_sandbox() {
  local portal="$1" token bundle="$CROSSWAY_SHARED/samples/directory/sequoia-r4-searchset-example.json"
  token="$(token_for sandbox-admin sandbox-admin-secret)"
  [ -n "$token" ] || die "could not get a sandbox-admin token"
  if [ -f "$bundle" ]; then
    log "seeding the directory from $(basename "$bundle")"
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/fhir+json' \
      --data-binary "@$bundle" "$portal/api/v1/admin/directory/imports" || log "directory seed failed (see node1.log)"
  else
    log "no sample directory at $bundle: the directory starts empty"
  fi
}
