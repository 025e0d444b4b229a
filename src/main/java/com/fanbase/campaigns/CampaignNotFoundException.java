package com.fanbase.campaigns;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class CampaignNotFoundException extends ApiException {

	public CampaignNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "campaign-not-found", "Campaign not found", "There is no campaign " + id + ".");
	}

}
