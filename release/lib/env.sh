# The release's shared shell functions: where things are, and the settings of a node.
# shellcheck shell=bash

CROSSWAY_HOME="${CROSSWAY_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
WILDFLY_HOME="$CROSSWAY_HOME/wildfly"

say() { printf '[crossway] %s\n' "$*" >&2; }
fail() { printf '[crossway] %s\n' "$*" >&2; exit 1; }

# load_settings [FILE]: NAME=value lines of the settings file (CROSSWAY_ENV, default
# /etc/crossway/crossway.env) into the environment. The file is read, never sourced (a JDBC URL's
# '&' would be a shell's background operator); a variable already in the environment wins (systemd's
# EnvironmentFile= has set them all already; a value given on the shell overrides the file).
load_settings() {
  local file="${1:-${CROSSWAY_ENV:-/etc/crossway/crossway.env}}" line name value
  if [ -f "$file" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      [[ "$line" =~ ^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
      name="${BASH_REMATCH[1]}"; value="${BASH_REMATCH[2]}"
      if [[ "$value" =~ ^\"(.*)\"$ ]] || [[ "$value" =~ ^\'(.*)\'$ ]]; then value="${BASH_REMATCH[1]}"; fi
      [ -z "${!name+x}" ] && export "$name=$value"
    done <"$file"
  elif [ -n "${CROSSWAY_ENV:-}" ]; then
    fail "no settings file at $file (CROSSWAY_ENV)"
  fi
  resolve_secret_files
}

# Every secret NAME given as NAME_FILE (a file holding the value: a systemd credential, a mounted
# secret) is read into NAME, so that WildFly's ${env.NAME} and the code see it; secrets thus never
# appear on a command line. A relative path is taken in systemd's $CREDENTIALS_DIRECTORY
# (LoadCredential=). One trailing line break is dropped. Both NAME and NAME_FILE set is an error.
resolve_secret_files() {
  local var name file
  for var in $(compgen -e); do
    [[ "$var" =~ ^((CROSSWAY|KC)_[A-Z0-9_]*(PASSWORD|SECRET|API_KEY))_FILE$ ]] || continue
    name="${BASH_REMATCH[1]}"; file="${!var}"
    [ -n "$file" ] || continue
    [ -n "${!name:-}" ] && fail "both $name and $var are set: keep one"
    if [[ "$file" != /* ]] && [ -n "${CREDENTIALS_DIRECTORY:-}" ]; then file="$CREDENTIALS_DIRECTORY/$file"; fi
    [ -r "$file" ] || fail "$var names $file, which cannot be read"
    export "$name=$(cat "$file")"
  done
}

java_home() {
  if [ -n "${CROSSWAY_JAVA_HOME:-}" ]; then echo "$CROSSWAY_JAVA_HOME"
  elif [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"
  else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}

# JVM options every Java process of the release gets: the trust store for the JDK's default TLS
# clients (Keycloak over https, when its certificate is not from a public CA). A trust store holds
# only public certificates; it must be readable without a password (see CONFIGURATION.md).
java_trust_options() {
  [ -n "${CROSSWAY_JAVA_TRUSTSTORE:-}" ] && echo "-Djavax.net.ssl.trustStore=$CROSSWAY_JAVA_TRUSTSTORE -Djavax.net.ssl.trustStoreType=PKCS12"
  return 0
}

port_offset() { echo "${CROSSWAY_PORT_OFFSET:-0}"; }
management_url() { echo "http://${CROSSWAY_MANAGEMENT_BIND_ADDRESS:-127.0.0.1}:$((9990 + $(port_offset)))"; }
