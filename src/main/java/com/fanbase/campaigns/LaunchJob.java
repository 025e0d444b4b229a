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
 * recipients, then start, finish and check every channel through its kind's
 * {@link ChannelSender} (ad exports start in the background, the email is sent step by
 * step). Each step's result is stored before the next, so a job re-run after a crash or a
 * stop of the service resumes where it stopped. A platform that refuses or stays
 * unavailable through the retries fails the campaign, and the job, with its reason.
 */
@Component
class LaunchJob implements JobHandler {

	private final CampaignRepository campaigns;

	private final RecipientTargeting targeting;

	private final ChannelSenders senders;

	private final CampaignProgress progress;

	LaunchJob(CampaignRepository campaigns, RecipientTargeting targeting, ChannelSenders senders,
			CampaignProgress progress) {
		this.campaigns = campaigns;
		this.targeting = targeting;
		this.senders = senders;
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
			for (CampaignChannel channel : campaign.channels()) {
				this.senders.of(channel).start(tenant, campaign, channel);
			}
			for (CampaignChannel channel : campaign.channels()) {
				at = channel.channel();
				this.senders.of(channel).finish(tenant, campaign, channel);
			}
			at = null;
			for (ChannelSender sender : this.senders.all()) {
				sender.check(tenant, id);
			}
			this.progress.settle(tenant, id);
		}
		catch (PlatformException | ApiException | EmailSend.NothingToSendException ex) {
			this.progress.fail(tenant, id, at, ex.getMessage());
			throw new JobFailedException(ex.getMessage());
		}
	}

}
