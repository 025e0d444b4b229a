package com.fanbase.matching;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fanbase.jobs.Jobs;
import com.fanbase.profiles.ProfilesRebuilt;

/**
 * Keeps recommendations as fresh as the profiles: after every profile rebuild the
 * upcoming events are generated again (and whatever waited for the first build), through
 * a refit of the learned weights when the tenant has them on (the refit regenerates when
 * done), or directly.
 */
@Component
class RebuildFollower {

	private static final Logger log = LoggerFactory.getLogger(RebuildFollower.class);

	private final GenerationRequests requests;

	private final TenantWeights weights;

	private final Jobs jobs;

	RebuildFollower(GenerationRequests requests, TenantWeights weights, Jobs jobs) {
		this.requests = requests;
		this.weights = weights;
		this.jobs = jobs;
	}

	@EventListener
	void onProfilesRebuilt(ProfilesRebuilt rebuilt) {
		try {
			if (this.weights.learnedEnabled(rebuilt.tenant())) {
				this.jobs.submit(rebuilt.tenant(), WeightFitJob.TYPE, Map.of());
			}
			else {
				this.requests.requestUpcoming(rebuilt.tenant());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not queue the regeneration after the profile rebuild of tenant {}: {}", rebuilt.tenant(),
					ex.getMessage());
		}
	}

}
