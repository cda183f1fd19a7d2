# ./crossway package [--version X.Y.Z] [--modules-built]: the release archive target/crossway-X.Y.Z.tar.gz
# (its path is the only line printed on stdout). The version: --version, else the commit's tag vX.Y.Z;
# never a -SNAPSHOT. --modules-built: the EJB, web and realm modules were just built and installed
# (./crossway test does so): only interop (which carries the version) and the EAR are built again.
# shellcheck shell=bash

package_release() {
  local version="" modules_built=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --version) version="${2:?--version needs a value}"; shift 2 ;;
      --modules-built) modules_built=1; shift ;;
      *) die "unknown option: $1 (try --version X.Y.Z)" ;;
    esac
  done
  if [ -z "$version" ]; then
    version="$(git -C "$ROOT" describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null | sed 's/^v//')" \
      || die "no release version: give --version X.Y.Z, or tag this commit vX.Y.Z"
  fi
  [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] || die "not a release version: $version (X.Y.Z, e.g. 1.2.0 or 1.2.0-rc.1)"
  [[ "$version" == *SNAPSHOT* ]] && die "a release is never a -SNAPSHOT: $version"
  require_tools
  local jdk; jdk="$(server_java_home)"

  if [ -n "$modules_built" ]; then
    log "building interop and the EAR as version $version (the other modules as just built)"
    mvn -B -q -pl interop,realm-config,ear package -DskipTests -Dcrossway.version="$version" >&2 || die "build failed"
  else
    log "building Crossway $version (mvn package, unit tests skipped: ./crossway test runs them)"
    mvn -B -q package -DskipTests -Dcrossway.version="$version" >&2 || die "build failed"
  fi
  local built
  built="$(unzip -p "$ROOT/ear/target/crossway.ear" 'lib/*interop-*.jar' >"$ROOT/ear/target/interop-check.jar" \
    && unzip -p "$ROOT/ear/target/interop-check.jar" dev/crossway/interop/version.properties | sed -n 's/^version=//p')"
  rm -f "$ROOT/ear/target/interop-check.jar"
  [ "$built" = "$version" ] || die "the EAR carries version '$built', not $version"

  local name="crossway-$version" stage="$ROOT/target/crossway-$version" tool
  tool="$(ls "$ROOT"/realm-config/target/realm-config-*-tool.jar 2>/dev/null | head -1)"
  [ -f "$tool" ] || die "the realm tool was not built"
  log "assembling $stage"
  rm -rf "$stage" "$ROOT/target/$name.tar.gz"
  mkdir -p "$stage"/{bin,lib,deploy,etc,systemd,docs,db}
  # the configured server (crossway.xml made by the CLI scripts), without any state or deployment;
  # hard links: nothing is copied twice on disk
  cp -al "$SERVER_HOME" "$stage/wildfly" 2>/dev/null || cp -a "$SERVER_HOME" "$stage/wildfly"
  rm -rf "$stage/wildfly/standalone/"{data,log,tmp,deployments/*,configuration/standalone_xml_history} "$stage/wildfly/domain"
  echo "$version" >"$stage/VERSION"
  cp "$ROOT/ear/target/crossway.ear" "$stage/deploy/crossway.ear"
  cp "$tool" "$stage/lib/realm-config-tool.jar"
  cp "$ROOT/release/lib/env.sh" "$ROOT/release/lib/cluster.sh" "$ROOT/release/lib/jvm.sh" "$stage/lib/"
  cp "$ROOT/release/bin/"* "$stage/bin/" && chmod 755 "$stage/bin/"*
  cp "$ROOT/release/systemd/crossway@.service" "$stage/systemd/"
  mkdir -p "$ROOT/target/admin-classes"
  "$jdk/bin/javac" --release 17 -d "$ROOT/target/admin-classes" "$ROOT/release/tools/Admin.java" >&2 || die "crossway-admin's Java part did not compile"
  "$jdk/bin/jar" --create --file "$stage/lib/crossway-admin.jar" -C "$ROOT/target/admin-classes" . || die "jar failed"
  # the migrations run at deployment (Flyway, per module); the SQL is here for DBAs to read
  local module
  for module in directory responder initiator; do
    cp -r "$ROOT/ejb-$module/src/main/resources/db/migration/$module" "$stage/db/$module"
  done
  cp "$ROOT/docs/OPERATIONS.md" "$ROOT/docs/CONFIGURATION.md" "$stage/docs/"
  cp "$ROOT/README.md" "$stage/docs/README.md"
  # every documented setting, and a check that the code reads none that is not documented
  "$jdk/bin/java" "$ROOT/release/tools/EnvExample.java" generate "$ROOT/docs/CONFIGURATION.md" \
    "$ROOT/release/etc/crossway.env.head" "$stage/etc/crossway.env.example" "$version" || die "the settings example is incomplete"
  "$jdk/bin/java" "$ROOT/release/tools/EnvExample.java" check "$ROOT/docs/CONFIGURATION.md" "$stage/etc/crossway.env.example" \
    "$ROOT/ear/src/main/wildfly/cli/crossway.cli" "$ROOT"/*/src/main/java || die "a setting is read by the server but not documented"

  log "writing $ROOT/target/$name.tar.gz"
  if command -v pigz >/dev/null; then
    tar -C "$ROOT/target" -I pigz -cf "$ROOT/target/$name.tar.gz" "$name"
  else
    tar -C "$ROOT/target" -czf "$ROOT/target/$name.tar.gz" "$name"
  fi
  rm -rf "$stage"
  echo "$ROOT/target/$name.tar.gz"
}
