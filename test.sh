#!/usr/bin/env bash
# Runs every test against real PostgreSQL, RabbitMQ, Redis and SMTP (the mail sink). Installs what is missing, builds,
# starts one set of servers for the whole run (the AppHost with --Platform:ServersOnly, on free ports, in .test-run/),
# unless ConnectionStrings__postgres, __messaging, __brokeradmin, __cache and __mail are already set, and stops them at the end.
# Ends with the line "N passed, N failed[, N skipped]" and exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-prerequisites.sh
run=.test-run
mkdir -p "$run"
rm -rf "$run/results"

echo "Building..."
dotnet build APPlatform.sln --nologo -clp:ErrorsOnly -v:q

servers_pid=""
stop_servers() {
  if [ -n "$servers_pid" ] && kill -0 "$servers_pid" 2>/dev/null; then
    kill -TERM "$servers_pid"
    wait "$servers_pid" || true
  fi
}
trap stop_servers EXIT

if [ -z "${ConnectionStrings__postgres:-}" ] || [ -z "${ConnectionStrings__messaging:-}" ] || [ -z "${ConnectionStrings__brokeradmin:-}" ] \
   || [ -z "${ConnectionStrings__cache:-}" ] || [ -z "${ConnectionStrings__mail:-}" ]; then
  echo "Starting PostgreSQL, RabbitMQ, Redis and the mail sink for the tests..."
  rm -f "$run/servers.env"
  # Throwaway servers: no fsync, no dashboard, data wiped first.
  dotnet src/AppHost/bin/Debug/net10.0/AppHost.dll --Platform:ServersOnly=true --Platform:FreePorts=true \
    --Platform:Durable=false --Platform:Dashboard=false --Platform:Reset=true --Platform:DataDirectory="$(realpath "$run")/servers" \
    --Platform:EnvFile="$(realpath "$run")/servers.env" > "$run/servers.log" 2>&1 &
  servers_pid=$!
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

# The tests start a few hundred short-lived hosts. Tiered PGO instruments each for a steady state they never reach:
# off, a service starts on about a quarter less CPU (docs/development.md).
export DOTNET_TieredPGO=0
status=0
dotnet test APPlatform.sln --no-build --nologo --results-directory "$run/results" --logger "trx" 2>&1 | tee "$run/test-output.log" || status=$?

# Count from the TRX result files: one per test assembly.
read -r passed failed skipped < <(python3 - "$run/results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
print(passed, failed, skipped)
PY
)

stop_servers
if [ "$failed" -eq 0 ] && [ "$status" -ne 0 ]; then
  failed=1  # a test host crashed before reporting: count it rather than pass silently
fi
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
