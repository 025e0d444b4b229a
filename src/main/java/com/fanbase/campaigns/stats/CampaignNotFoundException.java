package com.fanbase.campaigns.stats;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** No campaign with this id in the tenant. */
class CampaignNotFoundException extends ApiException {

	CampaignNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "campaign-not-found", "Campaign not found",
				"No campaign " + id + " in this tenant.");
	}

}
