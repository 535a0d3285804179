#!/usr/bin/env bash
# The replay benchmark (launcher's ReplayBenchmark): a fresh store filled with at least 1,000,000 events the real
# projectors handle (a seed over HTTP, then SQL copies of its edits, restocks, cart changes and coupon edits with
# the next sequence numbers), then in the same run: a plain JDBC scan of axon.domain_event_entry, a tracking
# processor with a no-op handler (with and without deserializing payloads), and the four SQL projections reset
# and replayed until they are at the head. Figures go to stdout and launcher/target/benchmark/replay.md. Sizes:
# -Dbenchmark.events=N, -Dbenchmark.products=N, -Dbenchmark.customers=N, -Dbenchmark.coupons=N,
# -Dbenchmark.fetch-size=N after the script's name. A JFR profile of the run: BENCHMARK_JFR=/tmp/jfr/replay.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
extra=()
if [[ -n "${BENCHMARK_JFR:-}" ]]; then
  mkdir -p "$(dirname "$BENCHMARK_JFR")"
  extra+=("-DargLine=-XX:StartFlightRecording=filename=${BENCHMARK_JFR},settings=profile")
fi
./mvnw -B -q verify -pl launcher -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ReplayBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "${extra[@]}" "$@"
cat launcher/target/benchmark/replay.md
