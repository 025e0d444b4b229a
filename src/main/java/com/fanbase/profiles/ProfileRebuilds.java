package com.fanbase.profiles;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fanbase.jobs.Job;
import com.fanbase.jobs.Jobs;
import com.fanbase.tenants.TenantId;

/**
 * Starts profile rebuilds: the public way for the API and other modules to ask for one.
 */
@Component
public class ProfileRebuilds {

	private final Jobs jobs;

	ProfileRebuilds(Jobs jobs) {
		this.jobs = jobs;
	}

	/**
	 * Queues a rebuild as of the given time (now when null); joins one already under way.
	 */
	public Job start(TenantId tenant, Instant asOf) {
		return this.jobs.submit(tenant, ProfileRebuildJob.TYPE,
				(asOf != null) ? Map.of("as_of", asOf.toString()) : Map.of());
	}

}
