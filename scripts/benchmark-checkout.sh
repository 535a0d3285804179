#!/usr/bin/env bash
# The checkout benchmark (launcher's CheckoutBenchmark): orders of three lines through POST /api/v1/orders as fast
# as the client threads can; the floor of any event-sourced checkout on this stack (the same requests appending as
# many events, nothing loaded; the same requests answered without a command; the floor's commands in process); then
# pgbench running the same checkout as one SQL transaction on the same PostgreSQL (local service; pgbench from the
# PostgreSQL client package). Figures go to stdout and launcher/target/benchmark/checkout.md. Sizes:
# -Dbenchmark.orders=N, -Dbenchmark.clients=N, -Dbenchmark.customers=N, -Dbenchmark.products=N,
# -Dbenchmark.pgbench-seconds=N after the script's name; -Dbenchmark.parts=shop,floor,echo,in-process picks runs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: apt-get install postgresql-client)" >&2; exit 1; }
./mvnw -B -q verify -pl launcher -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=CheckoutBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
cat launcher/target/benchmark/checkout.md
