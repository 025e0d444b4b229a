package com.fanbase.campaigns;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The campaign's status does not allow what was asked. */
public class CampaignStateException extends ApiException {

	public CampaignStateException(CampaignStatus current, String action) {
		super(HttpStatus.CONFLICT, "campaign-state-conflict", "Not possible in this status",
				"The campaign is " + current.id() + "; it cannot " + action + ".",
				Map.of("campaign_status", current.id()));
	}

}
