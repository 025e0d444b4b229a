#!/usr/bin/env bash
# Churn risk against real holdouts, through the service's own API (issue 13): CDNOW (calibration
# to 1997-09-30, 39-week holdout), UCI Online Retail (calibration to 2011-06-08, six-month
# holdout) and the demo generator's tenant (calibration to 180 days before its last order).
# Each is pushed through POST /ingest/*, rebuilt as of the calibration end, and read back; AUC of
# churn_probability / churn_risk for "no purchase in the holdout", overall and among one-time
# buyers, and Spearman of expected purchases, next to plain recency and the BG/NBD's p_alive.
#   bench/churn-model.sh [CDNOW_sample.txt] [online_retail.csv.gz] [DEMO_DIR]
# Data are read in place (never copied). Writes bench/reports/churn-model.md; exits non-zero
# when a target is missed. BENCH_PORT / BENCH_PG_PORT (default 18090 / 55442) move the service.
set -euo pipefail
cd "$(dirname "$0")/.."
# The shared data sets sit beside the checkout (../shared) or, from a worktree, one level up.
datasets=../shared/datasets
[ -d "$datasets" ] || datasets=../../shared/datasets
cdnow=${1:-$datasets/cdnow/CDNOW_sample.txt}
retail=${2:-$datasets/online_retail/online_retail.csv.gz}
demo=${3:-bench/data/churn-demo-c5000-e400-o40000}

java_bin=""
for java in ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java; do
	[ -x "$java" ] || continue
	version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
	if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then java_bin=$java; break; fi
done
[ -n "$java_bin" ] || { echo "Needs a JDK 21+ (JAVA_HOME or /usr/lib/jvm)" >&2; exit 1; }

./mvnw -q -B -o package -DskipTests
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ ! -f "$demo/orders.ndjson" ]; then
	# The demo tenant's scale and seed, with a fixed end so the report can be reproduced.
	"$java_bin" -jar target/fanbase.jar generate --out "$demo" --customers 5000 --events 400 --orders 40000 \
		--seed 42 --now 2026-12-01T00:00:00Z
fi

KEY=churn-bench-operator-key PORT=${BENCH_PORT:-18090} PGPORT=${BENCH_PG_PORT:-55442}
rm -rf bench/work/churn-pg
mkdir -p bench/work
# No refresh cycle, live pipeline or daily rebuild during the run: each tenant is rebuilt once,
# as of its calibration end, and must stay that way while it is read (a refresh computes
# profiles as of now, which would let the holdout's purchases into them).
FANBASE_OPERATOR_KEY=$KEY "$java_bin" -Xmx1g -jar target/fanbase.jar \
	--server.port=$PORT --fanbase.embedded-postgres.data-dir=bench/work/churn-pg \
	--fanbase.embedded-postgres.port=$PGPORT --fanbase.profiles.refresh-interval=24h \
	--fanbase.changes.enabled=false --fanbase.secrets-key-file=bench/work/churn-secrets.key \
	> bench/work/churn-service.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
	curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break
	kill -0 $SERVICE 2>/dev/null || { echo "the service did not start; see bench/work/churn-service.log" >&2; exit 1; }
	sleep 1
done

args=(--url "http://localhost:$PORT" --key "$KEY" --out bench/reports/churn-model.md)
[ -f "$cdnow" ] && args+=(--cdnow "$cdnow") || echo "No CDNOW sample at $cdnow; skipped" >&2
[ -f "$retail" ] && args+=(--retail "$retail") || echo "No Online Retail at $retail; skipped" >&2
[ -f "$demo/orders.ndjson" ] && args+=(--demo "$demo")
"$java_bin" -Xmx1g -cp "$classpath" com.fanbase.profiles.ChurnApiEvaluation "${args[@]}"
