# How a node finds the other members of its cluster: one setting, applied to the node's own copy
# of the server configuration just before it starts (by bin/crossway-node and by ./crossway run
# and test, scripts/lib.sh). Sourced, never run; no output but errors.
#
#   CROSSWAY_CLUSTER_DISCOVERY=jdbc     (default) JDBC_PING2: each member writes its cluster address
#                                       into table `jgroups` of the shared database and reads the
#                                       others'. The configuration as built (crossway.cli); nothing
#                                       is changed.
#   CROSSWAY_CLUSTER_DISCOVERY=static   TCPPING: the members are CROSSWAY_CLUSTER_MEMBERS,
#                                       host[port],host[port] (each member's cluster bind address and
#                                       its jgroups-tcp port, 7600 + its port offset; this node may be
#                                       listed too). JDBC_PING2 is removed: the database is not asked.
#
# Why at start and not as an expression in crossway.cli: the protocols of a JGroups stack, and the
# outbound socket bindings TCPPING needs (one per member), are resources, not attribute values, so
# no ${env.X} can choose them. The channel, its tcp transport, SYM_ENCRYPT and AUTH stay exactly
# as built: only the discovery protocol differs.
# shellcheck shell=bash

# cluster_discovery_cli: the CLI commands (offline, without embed-server) that switch the
# configuration to the discovery the environment asks for; nothing for jdbc. Returns 1, with the
# reason on stderr, for a setting it cannot apply.
cluster_discovery_cli() {
  local mode="${CROSSWAY_CLUSTER_DISCOVERY:-jdbc}" members="${CROSSWAY_CLUSTER_MEMBERS:-}"
  case "$mode" in
    jdbc)
      if [ -n "$members" ]; then
        echo "CROSSWAY_CLUSTER_MEMBERS is set but CROSSWAY_CLUSTER_DISCOVERY is jdbc: set CROSSWAY_CLUSTER_DISCOVERY=static to use the list, or unset it" >&2
        return 1
      fi
      return 0 ;;
    static) ;;
    *)
      echo "CROSSWAY_CLUSTER_DISCOVERY must be jdbc or static, not '$mode'" >&2
      return 1 ;;
  esac
  if [ -z "$members" ]; then
    echo "CROSSWAY_CLUSTER_DISCOVERY=static needs CROSSWAY_CLUSTER_MEMBERS (host[port],host[port], e.g. 10.0.0.1[7600],10.0.0.2[7600])" >&2
    return 1
  fi
  local member host port i=0 bindings="" adds="" IFS=','
  for member in $members; do
    member="${member// /}"
    [ -z "$member" ] && continue
    # a host name or IPv4 address and a port: nothing else can reach the CLI (no quotes, commas,
    # brackets or spaces inside), so the generated commands cannot be bent by the setting
    if ! [[ "$member" =~ ^([A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)\[([0-9]{1,5})\]$ ]]; then
      echo "CROSSWAY_CLUSTER_MEMBERS: '$member' is not host[port] (a host name or IPv4 address, then its cluster port in brackets)" >&2
      return 1
    fi
    host="${BASH_REMATCH[1]}"; port="$((10#${BASH_REMATCH[3]}))"
    if [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
      echo "CROSSWAY_CLUSTER_MEMBERS: '$member' has no valid port (1-65535)" >&2
      return 1
    fi
    i=$((i + 1))
    adds+="/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=crossway-member-$i:add(host=$host, port=$port)"$'\n'
    bindings+="${bindings:+, }crossway-member-$i"
  done
  if [ "$i" -eq 0 ]; then
    echo "CROSSWAY_CLUSTER_MEMBERS lists no member" >&2
    return 1
  fi
  printf 'batch\n%s' "$adds"
  printf '/subsystem=jgroups/stack=tcp/protocol=JDBC_PING2:remove()\n'
  printf '/subsystem=jgroups/stack=tcp/protocol=TCPPING:add(add-index=1, socket-bindings=[%s])\n' "$bindings"
  printf 'run-batch\n'
}

# apply_cluster_discovery WILDFLY_HOME BASE_DIR JAVA_HOME [CONFIG]: applies cluster_discovery_cli
# to BASE_DIR/configuration/CONFIG (default crossway.xml: the node's own copy, the release's is never
# changed), with the embedded server offline (about 15 s, only when the discovery is not the default).
apply_cluster_discovery() {
  local wildfly="$1" base="$2" java="$3" config="${4:-crossway.xml}" commands
  commands="$(cluster_discovery_cli)" || return 1
  [ -z "$commands" ] && return 0
  mkdir -p "$base/tmp"
  {
    echo "embed-server --server-config=$config --std-out=discard"
    echo "$commands"
    echo "stop-embedded-server"
  } >"$base/tmp/cluster-discovery.cli"
  if ! JAVA_OPTS="-Djboss.server.base.dir=$base" JAVA_HOME="$java" "$wildfly/bin/jboss-cli.sh" \
      --file="$base/tmp/cluster-discovery.cli" >"$base/tmp/cluster-discovery.log" 2>&1; then
    echo "could not switch the cluster discovery to ${CROSSWAY_CLUSTER_DISCOVERY} (see $base/tmp/cluster-discovery.log)" >&2
    return 1
  fi
  grep -q 'socket-discovery-protocol type="TCPPING"' "$base/configuration/$config" || {
    echo "the cluster discovery was not switched (see $base/tmp/cluster-discovery.log)" >&2
    return 1
  }
}
