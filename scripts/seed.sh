# The sandbox network: a directory to search, loaded through the public API like any admin would.
# shellcheck shell=bash

token_for() { # client secret
  curl -fsS -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$2" \
    "http://localhost:$KEYCLOAK_PORT/realms/crossway/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

seed_sandbox() { # portal-url gateway-url (the HTTPS listener the sandbox communities are reached on)
  local portal="$1" gateway="${2:-$1}" token bundle="$CROSSWAY_SHARED/samples/directory/sequoia-r4-searchset-example.json"
  token="$(token_for sandbox-admin sandbox-admin-secret)"
  [ -n "$token" ] || die "could not get a sandbox-admin token"
  if [ -f "$bundle" ]; then
    log "seeding the directory from $(basename "$bundle")"
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/fhir+json' \
      --data-binary "@$bundle" "$portal/api/v1/admin/directory/imports" || log "directory seed failed (see node1.log)"
  else
    log "no sample directory at $bundle: the directory starts empty"
  fi
  log "seeding the sandbox communities, patients and documents"
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $token" "$portal/api/v1/admin/sandbox/seed" \
    || log "sandbox seed failed (see node1.log)"
  if [ -n "${CROSSWAY_SIGNING_CERT:-}" ]; then
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' \
      --data-binary "@$CROSSWAY_SIGNING_CERT" "$portal/api/v1/admin/trust-anchors?label=sandbox-initiator" \
      || log "trusting the sandbox signing certificate failed"
  fi
  local zip=97006 n=0 hcid name
  curl -fsS -H "Authorization: Bearer $token" "$portal/api/v1/admin/communities" \
    | grep -o '"HomeCommunityId":"[^"]*","Name":"[^"]*"' | while IFS= read -r line; do
      hcid="$(echo "$line" | sed 's/.*"HomeCommunityId":"\([^"]*\)".*/\1/')"
      name="$(echo "$line" | sed 's/.*"Name":"\([^"]*\)".*/\1/')"
      n=$((n + 1))
      curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        "$portal/api/v1/Organization/New" -d @- <<JSON || true
{"Organization": {"Name": "$name", "Identifiers": [{"ID": "$hcid", "IDType": "OID"}], "Type": "Facility",
 "Address": {"StreetAddress": "$n Sandbox Way", "City": "Beaverton", "State": "OR", "ZIP": "$zip"},
 "Endpoints": [
  {"Transaction": "XCPD ITI-55", "Address": "$gateway/gateway/xcpd", "PurposesOfUse": ["TREATMENT"]},
  {"Transaction": "XCA ITI-38", "Address": "$gateway/gateway/xca/query", "PurposesOfUse": ["TREATMENT"]},
  {"Transaction": "XCA ITI-39", "Address": "$gateway/gateway/xca/retrieve", "PurposesOfUse": ["TREATMENT"]}]}}
JSON
    done
}
