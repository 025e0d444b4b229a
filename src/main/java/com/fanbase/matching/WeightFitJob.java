package com.fanbase.matching;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.fanbase.jobs.JobExecution;
import com.fanbase.jobs.JobHandler;
import com.fanbase.tenants.TenantId;

/**
 * Refits a tenant's learned weights by back-test (as of its profiles), records both
 * figures, and regenerates the upcoming events' recommendations with whichever weights
 * won. Runs when a tenant switches learned weights on and after each profile rebuild
 * while they are on.
 */
@Component
class WeightFitJob implements JobHandler {

	static final String TYPE = "recommendation-weights";

	private static final Logger log = LoggerFactory.getLogger(WeightFitJob.class);

	private final WeightFitter fitter;

	private final TenantWeights weights;

	private final GenerationRequests requests;

	private final Clock clock;

	WeightFitJob(WeightFitter fitter, TenantWeights weights, GenerationRequests requests, Clock clock) {
		this.fitter = fitter;
		this.weights = weights;
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(JobExecution execution) {
		TenantId tenant = execution.tenant();
		Instant asOf = this.weights.profilesAsOf(tenant).orElseGet(this.clock::instant);
		WeightFitter.Fit fit = this.fitter.fit(tenant, asOf);
		this.weights.recordFit(tenant, fit);
		log.info("Back-tested the recommendation weights of tenant {}: seed NDCG@100 {}, learned {}, using {}{}",
				tenant, fit.seedNdcg(), fit.learnedNdcg(), fit.better() ? "learned" : "seed",
				(fit.error() != null) ? " (" + fit.error() + ")" : "");
		if (this.weights.learnedEnabled(tenant)) {
			this.requests.requestUpcoming(tenant);
		}
	}

}
