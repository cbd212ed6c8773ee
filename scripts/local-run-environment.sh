# Sourced by ./run.sh and bench/startup.sh: the environment a local run of the AppHost gets. $1 is the dashboard's port.

# A local run is the only one that defaults to Development (demo clients, demo data). The dashboard is served over
# plain HTTP on loopback, since no trusted development certificate exists here, and asks for the login token that
# the link the AppHost prints carries.
export DOTNET_ENVIRONMENT=Development
export ASPNETCORE_URLS="http://localhost:$1"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://localhost:$(($1 + 1))"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

# A quick start over peak speed: the runtime recompiles a program's busiest methods at full optimisation once it has
# been 10 s without compiling a new one (0.1 s by default), so that work waits until the start is over instead of
# competing with it for the CPU. Every program the AppHost starts inherits it (docs/development.md, Start-up time).
export DOTNET_TC_CallCountingDelayMs=10000
