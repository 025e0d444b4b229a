package com.fanbase.dashboard.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.dashboard.Dashboard;
import com.fanbase.tenants.TenantId;

/** The tenant's dashboard in one call. */
@RestController
class DashboardApiController {

	private final Dashboard dashboard;

	DashboardApiController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/audience/dashboard")
	@Operation(summary = "Profiles, segments, exports, campaigns, top events and plan usage at a glance")
	Map<String, Object> dashboard(TenantId tenant) {
		return this.dashboard.of(tenant);
	}

}
