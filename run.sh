#!/usr/bin/env bash
# Starts the whole platform with its Aspire AppHost: installs what is missing, builds, and runs it with the dashboard.
# Ctrl+C stops everything it started. ./run.sh --help lists the options.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'TEXT'
Starts APPlatform: PostgreSQL, RabbitMQ, Redis, the mail sink, the four services, the gateway and the Aspire dashboard.

Usage: ./run.sh [options]

  --replicas <name=n>[,<name=n>]  Run n replicas of a service, e.g. --replicas attendance=3 (repeatable).
  --gateway-port <port>           The gateway's port on localhost (default 5080).
  --dashboard-port <port>         The dashboard's port on localhost (default 18888; its OTLP port is the next one).
  --reset                         Wipe the servers' data first: a fresh, empty platform.
  --data-dir <path>               Where the servers keep their data (default .apphost/data).
  --servers-only                  Start only PostgreSQL, RabbitMQ, Redis and the mail sink, and print their connection strings.
  --help                          Show this help.

An existing server is used instead of starting one when its connection string is set:
ConnectionStrings__postgres, ConnectionStrings__messaging, ConnectionStrings__cache, ConnectionStrings__mail.
TEXT
}

args=()
dashboard_port=18888
while [ $# -gt 0 ]; do
  case "$1" in
    --replicas)
      [ $# -ge 2 ] || { echo "--replicas needs a value, e.g. attendance=3" >&2; exit 2; }
      for pair in ${2//,/ }; do
        [[ "$pair" =~ ^[a-z]+=[1-9][0-9]*$ ]] || { echo "--replicas takes name=count, e.g. attendance=3 (got '$pair')." >&2; exit 2; }
        args+=("--Platform:Replicas:${pair%%=*}=${pair#*=}")
      done
      shift ;;
    --gateway-port) args+=("--Platform:Ports:Gateway=${2:?--gateway-port needs a port}"); shift ;;
    --dashboard-port) dashboard_port="${2:?--dashboard-port needs a port}"; shift ;;
    --reset) args+=("--Platform:Reset=true") ;;
    --data-dir) args+=("--Platform:DataDirectory=$(realpath -m "${2:?--data-dir needs a path}")"); shift ;;
    --servers-only) args+=("--Platform:ServersOnly=true") ;;
    --help|-h) usage; exit 0 ;;
    *) echo "Unknown option $1; see ./run.sh --help." >&2; exit 2 ;;
  esac
  shift
done

. scripts/local-run.sh
scripts/install-prerequisites.sh
echo "Building..."
build_for_local_run
exec_apphost "$dashboard_port" "${args[@]}"
