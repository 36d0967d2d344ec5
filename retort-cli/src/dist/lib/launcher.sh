# Sourced by bin/retort and bin/retort-prepare: which Java runs Retort, and where that Java's start-up
# archive lives. No JVM is started here: the Java is identified by its `release` file, so choosing an
# archive costs a file read, not a `java -version`.
#
# Archives are kept per Java build, in lib/archive/<java build>/: an AOT cache (retort.aot) for Java 24
# and later, a dynamic class-data archive (retort.jsa) before that. A JVM maps one only when it was made
# by the same Java build from this very retort.jar, so a stale or foreign one is never used.

# retort_java: sets java_cmd, java_feature (e.g. 17) and archive (the file this Java's archive has or
# would have; empty when the Java cannot be identified).
retort_java() {
  local java_home release key value runtime="" version="" arch="" vendor=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_cmd="$JAVA_HOME/bin/java"
    java_home="$JAVA_HOME"
  elif ! java_cmd="$(command -v java)"; then
    echo "retort: no Java found; install Java 17 or later, or set JAVA_HOME" >&2
    exit 2
  fi
  # JAVA_HOME's release file needs no resolving; `java` on the PATH is usually a chain of links
  # (/usr/bin/java, /etc/alternatives/java) to the Java's own bin/java
  if [ -z "${java_home:-}" ] || [ ! -r "$java_home/release" ]; then
    java_home="$(retort_resolve "$java_cmd")"
    java_home="${java_home%/bin/java}"
  fi
  release="$java_home/release"
  java_feature=0
  archive=""
  [ -r "$release" ] || return 0
  while IFS='=' read -r key value; do
    value="${value#\"}"; value="${value%\"}"
    case "$key" in
      JAVA_RUNTIME_VERSION) runtime="$value" ;;
      JAVA_VERSION) version="$value" ;;
      OS_ARCH) arch="$value" ;;
      IMPLEMENTOR) vendor="$value" ;;
    esac
  done < "$release"
  [ -n "$version" ] || return 0
  java_feature="${version%%[.+-]*}"
  case "$java_feature" in ''|*[!0-9]*) java_feature=0 ;; esac
  key="${vendor}_${runtime:-$version}_${arch}"
  key="${key//[^A-Za-z0-9._+-]/-}"
  # sqlite-jdbc loads its native library; from Java 22 that is a warning unless allowed
  if [ "$java_feature" -ge 22 ]; then
    retort_opts+=(--enable-native-access=ALL-UNNAMED)
  fi
  if [ "$java_feature" -ge 24 ]; then
    archive="$retort_home/lib/archive/$key/retort.aot"
  else
    archive="$retort_home/lib/archive/$key/retort.jsa"
  fi
}

# retort_resolve PATH: PATH with every symbolic link resolved (readlink -f where there is one).
retort_resolve() {
  local path="$1" link
  if [ ! -L "$path" ]; then
    printf '%s\n' "$path"
    return
  fi
  if readlink -f "$path" 2>/dev/null; then
    return
  fi
  while [ -L "$path" ]; do
    link="$(readlink "$path")"
    case "$link" in
      /*) path="$link" ;;
      *) path="${path%/*}/$link" ;;
    esac
  done
  printf '%s\n' "$path"
}

# The flags of every Retort JVM, training runs included (an archive serves only the flags it was made
# with): a short-lived process starts fastest with the C1 compiler only and the serial collector.
retort_opts=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=5 -XX:+UseSerialGC -Xss512k)

# retort_native_opts: sqlite-jdbc unpacks its native library into the temporary directory on every
# start; the distribution carries it unpacked (lib/native/) for the systems it knows.
retort_native_opts() {
  local os arch dir
  # bash's own OSTYPE and HOSTTYPE, not uname: every process started here is start-up time
  case "${OSTYPE:-$(uname -s)}" in linux*|Linux) os=Linux ;; darwin*|Darwin) os=Mac ;; *) return 0 ;; esac
  arch="${HOSTTYPE:-$(uname -m)}"
  case "$arch" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; esac
  dir="$retort_home/lib/native/org/sqlite/native/$os/$arch"
  for lib in "$dir"/libsqlitejdbc.so "$dir"/libsqlitejdbc.dylib; do
    if [ -f "$lib" ]; then
      retort_opts+=(-Dorg.sqlite.lib.path="$dir" -Dorg.sqlite.lib.name="${lib##*/}")
      return 0
    fi
  done
}
