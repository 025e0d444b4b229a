package com.fanbase.matching;

import org.springframework.stereotype.Component;

/** The read side of event targeting beyond the list, kept together for its one user. */
@Component
record RecommendationParts(RecommendationPerformance performance, TargetSegments segments, TenantWeights weights,
		com.fanbase.jobs.Jobs jobs) {

}
