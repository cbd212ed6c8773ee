# Sourced by ./run.sh and bench/startup.sh: how a local run builds and starts the AppHost, so that the benchmark
# measures the start ./run.sh gives.

# The build, then the programs compiled ahead of time, which a quick start needs (docs/development.md, Start-up time).
build_for_local_run() {
  dotnet build src/AppHost/AppHost.csproj --nologo -clp:ErrorsOnly -v:q
  scripts/ready-to-run.sh || echo "Starting without ahead-of-time compiled code, which is slower." >&2
}

# Replaces the shell with the AppHost in a local run's environment. $1 is the dashboard's port; the rest are the
# AppHost's arguments.
exec_apphost() {
  local dashboard_port="$1"
  shift

  # A local run is the only one that defaults to Development (demo clients, demo data). The dashboard is served over
  # plain HTTP on loopback, since no trusted development certificate exists here, and asks for the login token that
  # the link the AppHost prints carries.
  export DOTNET_ENVIRONMENT=Development
  export ASPNETCORE_URLS="http://localhost:$dashboard_port"
  export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://localhost:$((dashboard_port + 1))"
  export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

  # A quick start over peak speed: the runtime recompiles a program's busiest methods at full optimisation once it has
  # been 10 s without compiling a new one (0.1 s by default), so that work waits until the start is over instead of
  # competing with it for the CPU. Every program the AppHost starts inherits it (docs/development.md, Start-up time).
  export DOTNET_TC_CallCountingDelayMs=10000

  cd src/AppHost # its content root: appsettings.json is read from here
  # It counts its start-up time from here, not from the start of the shell it replaces, which may have built first.
  exec dotnet bin/Debug/net10.0/AppHost.dll --Platform:LaunchedAt="$(date +%s%3N)" "$@"
}
