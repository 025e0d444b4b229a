package com.fanbase.campaigns;

import org.springframework.stereotype.Component;

import com.fanbase.jobs.JobExecution;
import com.fanbase.jobs.JobFailedException;
import com.fanbase.jobs.JobHandler;
import com.fanbase.platforms.PlatformException;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.ApiException;

/**
 * The durable launch of one campaign ({@code campaign-launch:<id>}): target the
 * recipients, start the ad exports, send the email step by step. Each step's result is
 * stored before the next, so a job re-run after a crash or a stop of the service resumes
 * where it stopped. A platform that refuses or stays unavailable through the retries
 * fails the campaign, and the job, with its reason.
 */
@Component
class LaunchJob implements JobHandler {

	private final CampaignRepository campaigns;

	private final RecipientTargeting targeting;

	private final EmailSend email;

	private final AdChannels ads;

	private final CampaignProgress progress;

	LaunchJob(CampaignRepository campaigns, RecipientTargeting targeting, EmailSend email, AdChannels ads,
			CampaignProgress progress) {
		this.campaigns = campaigns;
		this.targeting = targeting;
		this.email = email;
		this.ads = ads;
		this.progress = progress;
	}

	@Override
	public String type() {
		return CampaignLauncher.JOB_TYPE;
	}

	@Override
	public void run(JobExecution execution) {
		long id = ((Number) execution.params().get("campaign_id")).longValue();
		launch(execution.tenant(), id);
	}

	void launch(TenantId tenant, long id) {
		Campaign campaign = this.campaigns.find(tenant, id).orElse(null);
		if (campaign == null || campaign.status() != CampaignStatus.SENDING) {
			return;
		}
		CampaignType.Channel at = null;
		try {
			this.targeting.target(tenant, campaign);
			this.ads.export(tenant, campaign);
			if (campaign.hasChannel(CampaignType.Channel.EMAIL)) {
				at = CampaignType.Channel.EMAIL;
				while (!this.email.advance(tenant, id)) {
					// each step is recorded; the next one reads where the channel stands
				}
			}
			this.ads.check(tenant, id);
			this.progress.settle(tenant, id);
		}
		catch (PlatformException | ApiException | EmailSend.NothingToSendException ex) {
			this.progress.fail(tenant, id, at, ex.getMessage());
			throw new JobFailedException(ex.getMessage());
		}
	}

}
