package com.fanbase.campaigns.stats;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.campaigns.CampaignNotFoundException;
import com.fanbase.tenants.TenantId;

/** A campaign's stats: deliveries, rates, attributed conversions and revenue, ROAS. */
@RestController
class CampaignStatsController {

	private final CampaignReports reports;

	CampaignStatsController(CampaignReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/audience/campaigns/{id}/stats")
	@Operation(summary = "A campaign's stats")
	CampaignStats stats(@PathVariable long id, TenantId tenant) {
		return this.reports.stats(tenant, id).orElseThrow(() -> new CampaignNotFoundException(id));
	}

}
