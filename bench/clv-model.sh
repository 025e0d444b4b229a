#!/usr/bin/env bash
# The customer-model benchmarks: the CDNOW comparison with the published estimates, and
# the BG/NBD fit time for a million simulated customers grouped by day.
#   bench/clv-model.sh [path/to/CDNOW_sample.txt]
# Writes bench/reports/cdnow-model.md and exits non-zero if the CDNOW estimates are off.
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${1:-../shared/datasets/cdnow/CDNOW_sample.txt}

java_bin=""
for java in ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java; do
	[ -x "$java" ] || continue
	version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
	if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then java_bin=$java; break; fi
done
[ -n "$java_bin" ] || { echo "Needs a JDK 21+ (JAVA_HOME or /usr/lib/jvm)" >&2; exit 1; }

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

"$java_bin" -Xmx2g -cp "$classpath" com.fanbase.profiles.model.BgNbdFitBenchmark
"$java_bin" -cp "$classpath" com.fanbase.profiles.model.CdnowEvaluation "$sample" bench/reports/cdnow-model.md
