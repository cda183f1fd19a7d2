#!/usr/bin/env bash
# Regenerates docs/openapi.yaml from the document the server generates at /openapi (the JAX-RS
# resources and DTOs of web-admin, merged with web-admin/src/main/resources/META-INF/openapi.yaml).
#
#   scripts/openapi.sh             copy ear/target/openapi/served.yaml, which every OpenApiIT run
#                                  leaves (flock /tmp/crossway-servers.lock ./crossway test --it OpenApiIT)
#   scripts/openapi.sh --live [U]  fetch U/openapi from a running server (default http://localhost:8080,
#                                  e.g. after ./crossway run --background)
#
# The copy is byte for byte what the server answers; OpenApiIT then finds no difference.
set -euo pipefail
cd "$(dirname "$0")/.."
target=docs/openapi.yaml
if [[ "${1:-}" == "--live" ]]; then
  base="${2:-http://localhost:8080}"
  tmp=$(mktemp)
  trap 'rm -f "$tmp"' EXIT
  curl -fsS -H 'Accept: application/yaml' "$base/openapi" -o "$tmp"
  cp "$tmp" "$target"
  echo "docs/openapi.yaml <- $base/openapi"
else
  served=ear/target/openapi/served.yaml
  if [[ ! -s "$served" ]]; then
    echo "no $served: run OpenApiIT first, or use --live against a running server" >&2
    exit 1
  fi
  cp "$served" "$target"
  echo "docs/openapi.yaml <- $served ($(stat -c %y "$served" | cut -d. -f1))"
fi
git --no-pager diff --stat -- "$target" || true
