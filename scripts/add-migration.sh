#!/usr/bin/env bash
# Generates an EF Core migration for one service: scripts/add-migration.sh Directory AddProviderSites
# dotnet-ef (the repository's tool manifest) runs the service's design-time factory: no database or broker is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 <Directory|Referral|Attendance|Notification> <MigrationName>" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet ef migrations add "$2" --project "src/$1.Service" --output-dir Infrastructure/Migrations
