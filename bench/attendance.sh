#!/usr/bin/env bash
# Daily returns of absences through the gateway and straight to Attendance.Service, on a platform this starts itself
# (its own PostgreSQL, RabbitMQ and Redis, Release builds). Prints marks/s, p50 and p99 for each and their ratio.
# Options: --placements-per-provider 500 --marks-per-return 10 --concurrency 16 --days 10
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh >/dev/null
dotnet build APPlatform.sln -c Release -nologo -v quiet >/dev/null
exec dotnet run --project bench/Attendance.Bench -c Release --no-build -- "$@"
