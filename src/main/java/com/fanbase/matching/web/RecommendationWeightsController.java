package com.fanbase.matching.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.matching.EventTargeting;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * The tenant's recommendation weights: the seed's, or learned from its own conversions
 * when it switches them on and they beat the seed's on a back-test.
 */
@RestController
@RequestMapping("/api/audience/recommendation-weights")
class RecommendationWeightsController {

	private final EventTargeting targeting;

	private final TenantAccess access;

	RecommendationWeightsController(EventTargeting targeting, TenantAccess access) {
		this.targeting = targeting;
		this.access = access;
	}

	@GetMapping
	Map<String, Object> weights(@Parameter(hidden = true) TenantId tenant) {
		return this.targeting.weights(tenant);
	}

	/** Switches learned weights on (202 with the back-test's job) or off (200). */
	@PutMapping
	ResponseEntity<Map<String, Object>> use(@RequestBody WeightsRequest request) {
		TenantId tenant = this.access.resolve(request.tenantId());
		new Violations().check(request.learned() != null, "/learned", "is required (true or false)").throwIfAny();
		Map<String, Object> answer = new LinkedHashMap<>(this.targeting.weights(tenant));
		return this.targeting.useLearnedWeights(tenant, request.learned()).map((job) -> {
			answer.put("learned_enabled", true);
			answer.put("job_id", job.id().value());
			answer.put("job_url", "/api/audience/jobs/" + job.id().value());
			return ResponseEntity.accepted().body(answer);
		}).orElseGet(() -> {
			answer.put("learned_enabled", false);
			answer.put("in_use", "seed");
			return ResponseEntity.ok(answer);
		});
	}

	record WeightsRequest(Long tenantId, Boolean learned) {
	}

}
