#!/usr/bin/env bash
# Runs every test. Installs what is missing and builds. Test projects that do not reference tests/TestSupport run in
# memory: they run first, while the servers start, with no server's connection string, so one that reached for a
# server would fail. The rest run against real PostgreSQL, RabbitMQ, Redis and SMTP (the mail sink): one set of servers
# for the whole run (the AppHost with --Platform:ServersOnly, on free ports, in .test-run/), unless
# ConnectionStrings__postgres, __messaging, __brokeradmin, __cache and __mail are already set, stopped at the end.
# Says how many tests ran in memory, then ends with the line "N passed, N failed[, N skipped]" and exits non-zero if
# anything failed.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-prerequisites.sh
run=.test-run
mkdir -p "$run"
rm -rf "$run/results"

echo "Building..."
dotnet build APPlatform.sln --nologo -clp:ErrorsOnly -v:q

# Writes a solution filter ($1, in $run) naming the test projects that follow.
solution_filter() {
  python3 - "$@" <<'PY'
import json, sys
projects = [path.replace("/", "\\") for path in sys.argv[2:]]
json.dump({"solution": {"path": "../APPlatform.sln", "projects": projects}}, open(sys.argv[1], "w"), indent=2)
PY
}
in_memory=()
with_servers=()
for project in tests/*/*.csproj; do
  case "$(basename "$project" .csproj)" in TestSupport | BrowserSupport) continue ;; esac
  if grep -q 'TestSupport\.csproj' "$project"; then with_servers+=("$project"); else in_memory+=("$project"); fi
done
solution_filter "$run/in-memory.slnf" "${in_memory[@]}"
solution_filter "$run/with-servers.slnf" "${with_servers[@]}"

servers_pid=""
stop_servers() {
  if [ -n "$servers_pid" ] && kill -0 "$servers_pid" 2>/dev/null; then
    kill -TERM "$servers_pid"
    wait "$servers_pid" || true
  fi
}
trap stop_servers EXIT

server_variables=(ConnectionStrings__postgres ConnectionStrings__messaging ConnectionStrings__brokeradmin ConnectionStrings__cache ConnectionStrings__mail)
servers_given=true
for variable in "${server_variables[@]}"; do
  [ -n "${!variable:-}" ] || servers_given=false
done
if ! $servers_given; then
  echo "Starting PostgreSQL, RabbitMQ, Redis and the mail sink for the tests..."
  rm -f "$run/servers.env"
  # Throwaway servers: no fsync, no dashboard, data wiped first.
  dotnet src/AppHost/bin/Debug/net10.0/AppHost.dll --Platform:ServersOnly=true --Platform:FreePorts=true \
    --Platform:Durable=false --Platform:Dashboard=false --Platform:Reset=true --Platform:DataDirectory="$(realpath "$run")/servers" \
    --Platform:EnvFile="$(realpath "$run")/servers.env" > "$run/servers.log" 2>&1 &
  servers_pid=$!
fi

export DOTNET_TieredPGO=0
status=0
echo "Running the tests that need no server..."
env "${server_variables[@]/#/--unset=}" dotnet test "$run/in-memory.slnf" --no-build --nologo \
  --results-directory "$run/results/in-memory" --logger "trx" 2>&1 | tee "$run/test-output.log" || status=$?

if [ -n "$servers_pid" ]; then
  for _ in $(seq 1 240); do
    [ -s "$run/servers.env" ] && break
    kill -0 "$servers_pid" 2>/dev/null || { cat "$run/servers.log"; echo "The test servers did not start." >&2; exit 1; }
    sleep 0.5
  done
  [ -s "$run/servers.env" ] || { cat "$run/servers.log"; echo "The test servers did not start in time." >&2; exit 1; }
  set -a
  # shellcheck disable=SC1091
  . "$run/servers.env"
  set +a
fi

echo "Running the tests against the servers..."
dotnet test "$run/with-servers.slnf" --no-build --nologo \
  --results-directory "$run/results/with-servers" --logger "trx" 2>&1 | tee -a "$run/test-output.log" || status=$?

read -r passed failed skipped in_memory_tests < <(python3 - "$run/results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = in_memory = 0
for path in glob.glob(sys.argv[1] + "/*/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
    if "/in-memory/" in path:
        in_memory += int(counters.get("total", 0))
print(passed, failed, skipped, in_memory)
PY
)

stop_servers
if [ "$failed" -eq 0 ] && [ "$status" -ne 0 ]; then
  failed=1  # a test host crashed before reporting: count it rather than pass silently
fi
total=$((passed + failed + skipped))
echo "In memory (no server): $in_memory_tests of $total tests ($((100 * in_memory_tests / (total > 0 ? total : 1)))%)"
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
