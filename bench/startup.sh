#!/usr/bin/env bash
# Start-up time: how long ./run.sh's AppHost takes from its start to every resource healthy, after the build and the
# ahead-of-time compile, beside an earlier commit's (by default 76e5db0, the last with the stand-in AppHost) built in a
# worktree as its ./run.sh built it. Runs them alternately, each on fresh data with the dashboard on, discards one
# warm-up run of each, and prints every figure, the medians and their ratio. Options: --pairs 3, --against <commit>.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/local-run.sh # how ./run.sh builds and starts this checkout's AppHost
pairs=3
against=76e5db0
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs="${2:?--pairs needs a number}"; shift ;;
    --against) against="${2:?--against needs a commit}"; shift ;;
    *) echo "Unknown option $1 (--pairs N, --against COMMIT)." >&2; exit 2 ;;
  esac
  shift
done

scripts/install-prerequisites.sh >/dev/null
work=$(mktemp -d /tmp/startup-bench.XXXXXX)
chmod 755 "$work" # the servers' accounts keep their data under it
earlier="$work/earlier"
cleanup() {
  git worktree remove --force "$earlier" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building this checkout and $against..."
git worktree add --detach -q "$earlier" "$against"
build_for_local_run
dotnet build "$earlier/src/AppHost/AppHost.csproj" --nologo -clp:ErrorsOnly -v:q

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Starts one AppHost, waits for its "Everything healthy N s" line, stops it (SIGTERM: a background job ignores SIGINT) and prints N.
measure() {
  local which="$1" log="$work/$1.log" data="$work/data-$1"
  rm -rf "$data"
  if [ "$which" = current ]; then
    local dashboard
    dashboard=$(free_port) # its OTLP port is the next one; a clash would show as a failed run
    (exec_apphost "$dashboard" --Platform:FreePorts=true --Platform:Reset=true --Platform:DataDirectory="$data") > "$log" 2>&1 &
  else
    (cd "$earlier" && exec dotnet src/AppHost/bin/Debug/net10.0/AppHost.dll --reset --data-dir "$data" --free-ports \
      --gateway-port 0) > "$log" 2>&1 &
  fi
  local pid=$! seconds=""
  for _ in $(seq 240); do
    seconds=$(sed -n 's/.*Everything healthy \([0-9.]*\) s after the AppHost started.*/\1/p' "$log")
    [ -n "$seconds" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$seconds" ]; then
    echo "The $which AppHost did not report everything healthy; its log:" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  echo "$seconds"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Each figure is taken into a variable first: a failed run inside echo's arguments would not stop the script.
warm_current=$(measure current)
warm_earlier=$(measure earlier)
echo "Warming up (discarded): current $warm_current s, $against $warm_earlier s"
current=() previous=()
for pair in $(seq "$pairs"); do
  current+=("$(measure current)")
  previous+=("$(measure earlier)")
  echo "Pair $pair: current ${current[-1]} s, $against ${previous[-1]} s"
done
current_median=$(printf '%s\n' "${current[@]}" | median)
previous_median=$(printf '%s\n' "${previous[@]}" | median)
echo "Median start to everything healthy: current $current_median s, $against $previous_median s," \
  "ratio $(awk -v a="$current_median" -v b="$previous_median" 'BEGIN { printf "%.2f", a / b }') (target: at most 1.00)"
