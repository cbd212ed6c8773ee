#!/usr/bin/env bash
# Daily returns through the gateway and straight to Attendance.Service, on a platform this starts itself (its own
# PostgreSQL, RabbitMQ and Redis, Release builds): absences and class registers of present marks at capacity, then
# absences at a set rate. Prints marks/s, p50 and p99 for each, the time from an absence to the school's inbox, and
# each figure beside its target. Options: --placements-per-provider 500 --marks-per-return 10 --present-per-return 30
# --concurrency 16 --days 3 --present-days 12 --rounds 3 --absence-rate 1000 --rate-days 8
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh >/dev/null
dotnet build APPlatform.sln -c Release --nologo -clp:ErrorsOnly -v:q
exec dotnet run --project bench/Attendance.Bench -c Release --no-build -- "$@"
