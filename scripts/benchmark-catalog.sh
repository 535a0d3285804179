#!/usr/bin/env bash
# The catalog benchmark (launcher's CatalogBenchmark): 10,000 products, then the product list uncached and
# cached, a search, the list's SQL alone and a trivial endpoint, against the local PostgreSQL and Redis services.
# Figures go to stdout and launcher/target/benchmark/catalog.md. Sizes: -Dbenchmark.products=N,
# -Dbenchmark.clients=N, -Dbenchmark.requests=N after the script's name.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q verify -pl launcher -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=CatalogBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
cat launcher/target/benchmark/catalog.md
