package com.fanbase.campaigns;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** No campaign with this id in the tenant (the same answer for another tenant's). */
public class CampaignNotFoundException extends ApiException {

	public CampaignNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "campaign-not-found", "Campaign not found", "There is no campaign " + id + ".");
	}

}
