#!/usr/bin/env bash
# Steady load for a long while on a platform this starts itself: absences through the gateway at half the capacity it
# measures first (or --soak-rate marks/s), 30 minutes by default (--minutes 5 for a quick look), in five-minute windows.
# Prints each window's p50 and p99, each process's memory and the plumbing tables' rows at the start and the end.
# Retention is set to five minutes so that the tables level off within the run, as they do within days in service.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=30
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="${2:?--minutes needs a number}"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
scripts/install-prerequisites.sh >/dev/null
dotnet build APPlatform.sln -c Release --nologo -clp:ErrorsOnly -v:q
exec dotnet run --project bench/Attendance.Bench -c Release --no-build -- --soak-minutes "$minutes" "${args[@]}"
