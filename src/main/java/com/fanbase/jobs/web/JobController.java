package com.fanbase.jobs.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.jobs.Job;
import com.fanbase.jobs.JobId;
import com.fanbase.jobs.JobNotFoundException;
import com.fanbase.jobs.Jobs;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

@RestController
@RequestMapping("/api/audience/jobs")
class JobController {

	private final Jobs jobs;

	JobController(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/{id}")
	JobResponse get(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return JobResponse.of(this.jobs.find(tenant, new JobId(id)).orElseThrow(() -> new JobNotFoundException(id)));
	}

	@GetMapping
	List<JobResponse> list(@Parameter(hidden = true) TenantId tenant, @RequestParam(defaultValue = "50") int limit) {
		new Violations().check(limit >= 1 && limit <= 500, "limit", "must be between 1 and 500").throwIfAny();
		return this.jobs.list(tenant, limit).stream().map(JobResponse::of).toList();
	}

}
