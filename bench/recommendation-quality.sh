#!/usr/bin/env bash
# Recommendation ranking quality: replays the demo generator's data and the real Meetup RSVPs
# (read in place, never copied) and compares the service's ranking with two baselines.
#   bench/recommendation-quality.sh [DEMO_DIR] [MEETUP_DIR]
# DEMO_DIR defaults to bench/data/c20000-e400-o200000 (generated when missing), MEETUP_DIR to
# ../shared/datasets/meetup_rsvp. Writes bench/reports/recommendation-quality.md.
set -euo pipefail
cd "$(dirname "$0")/.."
demo=${1:-bench/data/c20000-e400-o200000}
meetup=${2:-../shared/datasets/meetup_rsvp}

java_bin=""
for java in ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java; do
	[ -x "$java" ] || continue
	version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
	if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then java_bin=$java; break; fi
done
[ -n "$java_bin" ] || { echo "Needs a JDK 21+ (JAVA_HOME or /usr/lib/jvm)" >&2; exit 1; }

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ ! -f "$demo/orders.ndjson" ]; then
	"$java_bin" -cp "$classpath" com.fanbase.FanbaseApplication generate --out "$demo" --customers 20000 --events 400 --orders 200000
fi
args=(--out bench/reports/recommendation-quality.md)
[ -d "$demo" ] && args+=(--demo "$demo")
[ -d "$meetup" ] && args+=(--meetup "$meetup") || echo "No Meetup data at $meetup; demo only" >&2
"$java_bin" -Xmx2g -cp "$classpath" com.fanbase.matching.RankingEvaluation "${args[@]}"
