#!/usr/bin/env bash
# A server setting compared inside one run: the worker pool's size (Undertow's default worker,
# task-max-threads) set to the next of the values given before each measured window of a
# perf/responder/run.sh that writes LOG, through the management interface of that run's server
# (port 10590). Windows of two settings taken in turn, in one run, share the host's phase, which
# on the shared machines here drifts by a third or more between runs ten minutes apart.
#
#   perf/responder/run.sh --hit-users 16,16,16,64,64 ... > LOG 2>&1 &
#   perf/responder/flip-worker.sh LOG 32 2 2 32 32 2
#
# The first value is for the scenario window of the cache hit (--users), then one per --hit-users entry.
# A window starts when its pool of signed requests is ready ("requests signed in"), and the setting is
# applied then. WildFly's default here is 32 (16 per core). What each window ran with goes to LOG.flips.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 2 ] || { echo "usage: $0 LOG VALUE..." >&2; exit 2; }
LOG="$1"; shift
VALUES=("$@")
ROOT="$(cd "$HERE/../.." && pwd)"
STATE="$ROOT/.crossway"
# shellcheck source=../../scripts/lib.sh
source "$ROOT/scripts/lib.sh"
CLI="$STATE/wildfly-perf2/bin/jboss-cli.sh"
OUT="$LOG.flips"
: >"$OUT"
cli() {
  JAVA_HOME="$(server_java_home)" "$CLI" -c --controller=127.0.0.1:10590 --command="$1" >>"$OUT" 2>&1 || echo "$(date +%T) the management command failed" >>"$OUT"
}
i=0
# the log as it grows, for at most an hour (a run with a long warm-up); stopped by its pid when the run ends
exec 3< <(timeout 3600 tail -n +1 -F "$LOG" 2>/dev/null)
FOLLOWER=$!
trap 'kill "$FOLLOWER" 2>/dev/null || true' EXIT
while IFS= read -r line <&3; do
  case "$line" in
    *"the JFR profile"*|*"report:"*)
      echo "$(date +%T) done" >>"$OUT"
      exit 0 ;;
    *"warm-up:"*"requests signed in"*)
      echo "$(date +%T) the worker before the windows:" >>"$OUT"
      cli '/subsystem=io/worker=default:read-resource(include-runtime=true,include-defaults=true)' ;;
    *"requests signed in"*)
      if [ "$i" -ge "${#VALUES[@]}" ]; then echo "$(date +%T) window $i: no value left, unchanged" >>"$OUT"; continue; fi
      echo "$(date +%T) window $i: task-max-threads=${VALUES[$i]}" >>"$OUT"
      cli "/subsystem=io/worker=default:write-attribute(name=task-max-threads,value=${VALUES[$i]})"
      i=$((i + 1)) ;;
  esac
done
