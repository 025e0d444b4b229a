package com.fanbase.campaigns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformException;
import com.fanbase.platforms.brevo.BrevoCampaigns;
import com.fanbase.tenants.TenantId;

/**
 * The email channel's launch, one step at a time, each step's result stored on the
 * channel row before the next begins: targeted → list_created (Brevo list id) → imported
 * → campaign_created (Brevo campaign id) → send_requested → sent. A restarted launch
 * reads where the channel stands and goes on from there, so it never makes a second list
 * or campaign for a step that was recorded, and never sends twice.
 */
@Component
class EmailSend implements ChannelSender {

	private static final int PAGE = 10_000;

	private final CampaignRepository campaigns;

	private final ChannelRepository channels;

	private final BrevoCampaigns brevo;

	private final JdbcClient jdbc;

	private final CampaignsProperties properties;

	EmailSend(CampaignRepository campaigns, ChannelRepository channels, BrevoCampaigns brevo, JdbcClient jdbc,
			CampaignsProperties properties) {
		this.campaigns = campaigns;
		this.channels = channels;
		this.brevo = brevo;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public Platform.Kind kind() {
		return Platform.Kind.EMAIL;
	}

	/** Runs the steps until the email is sent. */
	@Override
	public void finish(TenantId tenant, Campaign campaign, CampaignChannel channel) {
		while (!advance(tenant, campaign.id())) {
			// each step is recorded; the next one reads where the channel stands
		}
	}

	/** Does the next step; answers true once the email is sent. */
	boolean advance(TenantId tenant, long id) {
		Campaign campaign = this.campaigns.find(tenant, id).orElseThrow();
		CampaignChannel channel = campaign.channels()
			.stream()
			.filter((found) -> found.channel() == CampaignType.Channel.EMAIL)
			.findFirst()
			.orElseThrow();
		CampaignType.Channel email = CampaignType.Channel.EMAIL;
		switch (channel.status()) {
			case PENDING -> {
				if (emailRecipients(tenant, id) == 0) {
					throw new NothingToSendException(campaign.figures());
				}
				this.channels.advance(tenant, id, email, ChannelStatus.PENDING, ChannelStatus.TARGETED);
			}
			case TARGETED -> {
				long list = this.brevo.createList(this.brevo.context(tenant), listName(campaign));
				this.channels.recordId(tenant, id, email, "brevo_list_id", list, ChannelStatus.LIST_CREATED);
			}
			case LIST_CREATED -> {
				importRecipients(tenant, campaign, channel.brevoListId());
				this.channels.advance(tenant, id, email, ChannelStatus.LIST_CREATED, ChannelStatus.IMPORTED);
			}
			case IMPORTED -> {
				this.channels.advance(tenant, id, email, ChannelStatus.IMPORTED, ChannelStatus.CAMPAIGN_REQUESTED);
				long created = this.brevo.createCampaign(this.brevo.context(tenant), draft(campaign),
						channel.brevoListId());
				this.channels.recordId(tenant, id, email, "brevo_campaign_id", created, ChannelStatus.CAMPAIGN_CREATED);
			}
			case CAMPAIGN_REQUESTED -> adoptOrCreate(tenant, campaign, channel);
			case CAMPAIGN_CREATED -> {
				this.channels.advance(tenant, id, email, ChannelStatus.CAMPAIGN_CREATED, ChannelStatus.SEND_REQUESTED);
				this.brevo.sendNow(this.brevo.context(tenant), channel.brevoCampaignId());
				this.channels.advance(tenant, id, email, ChannelStatus.SEND_REQUESTED, ChannelStatus.SENT);
			}
			case SEND_REQUESTED -> resend(tenant, id, channel);
			case SENT -> {
				return true;
			}
			case EXPORTING, ACTIVE, FAILED, CANCELLED ->
				throw new IllegalStateException("Email channel of campaign " + id + " is " + channel.status());
		}
		return false;
	}

	/**
	 * An earlier attempt asked Brevo to create the campaign and stopped before recording
	 * its id: the campaign carrying this campaign's tag is adopted if Brevo made it, so
	 * there is never a second one.
	 */
	private void adoptOrCreate(TenantId tenant, Campaign campaign, CampaignChannel channel) {
		PlatformContext context = this.brevo.context(tenant);
		long created = this.brevo.findByTag(context, tag(campaign))
			.orElseGet(() -> this.brevo.createCampaign(context, draft(campaign), channel.brevoListId()));
		this.channels.recordId(tenant, campaign.id(), CampaignType.Channel.EMAIL, "brevo_campaign_id", created,
				ChannelStatus.CAMPAIGN_CREATED);
	}

	private static BrevoCampaigns.Draft draft(Campaign campaign) {
		return new BrevoCampaigns.Draft(campaign.name() + " (Fanbase " + campaign.id() + ")",
				campaign.setting("sender_name"), campaign.setting("sender_email"), campaign.setting("subject"),
				campaign.setting("html_content"), tag(campaign));
	}

	/**
	 * The tag that marks a Brevo campaign as this campaign's (and its webhook events).
	 */
	static String tag(Campaign campaign) {
		return "fanbase-" + campaign.tenantId() + "-" + campaign.id();
	}

	private long emailRecipients(TenantId tenant, long id) {
		return this.jdbc.sql("""
				select count(*) from audience_campaign_recipients
				where tenant_id = :tenant and campaign_id = :campaign and grp = 'sent' and email is not null
				""").param("tenant", tenant.value()).param("campaign", id).query(Long.class).single();
	}

	/**
	 * An earlier attempt asked Brevo to send and stopped before recording the answer.
	 * Brevo refuses to send a campaign that is already sent, so a refusal means the first
	 * request went through.
	 */
	private void resend(TenantId tenant, long id, CampaignChannel channel) {
		try {
			this.brevo.sendNow(this.brevo.context(tenant), channel.brevoCampaignId());
		}
		catch (PlatformException ex) {
			if (ex.kind() != PlatformException.Kind.REJECTED) {
				throw ex;
			}
		}
		this.channels.advance(tenant, id, CampaignType.Channel.EMAIL, ChannelStatus.SEND_REQUESTED, ChannelStatus.SENT);
	}

	/**
	 * Imports the recipients in chunks below the configured size, each awaited before the
	 * next. Importing a contact twice into a list is harmless, so a restart redoes the
	 * import from the start.
	 */
	private void importRecipients(TenantId tenant, Campaign campaign, long listId) {
		PlatformContext context = this.brevo.context(tenant);
		StringBuilder chunk = new StringBuilder("[");
		int count = 0;
		long after = 0;
		List<Recipient> page;
		do {
			page = page(tenant, campaign.id(), after);
			for (Recipient recipient : page) {
				String contact = contact(recipient);
				if (count > 0 && chunk.length() + contact.length() + 300 > this.properties.importChunkBytes()) {
					send(context, listId, chunk, count);
					chunk.setLength(0);
					chunk.append('[');
					count = 0;
				}
				chunk.append((count > 0) ? "," : "").append(contact);
				count++;
				after = recipient.customerId();
			}
		}
		while (page.size() == PAGE);
		if (count > 0) {
			send(context, listId, chunk, count);
		}
	}

	/**
	 * The next recipients by customer id: pages keep memory bounded and no connection is
	 * held while Brevo is called.
	 */
	private List<Recipient> page(TenantId tenant, long campaign, long after) {
		return this.jdbc.sql("""
				select r.customer_id, r.email, c.first_name, c.last_name from audience_campaign_recipients r
				left join customers c on c.tenant_id = r.tenant_id and c.id = r.customer_id
				where r.tenant_id = :tenant and r.campaign_id = :campaign and r.grp = 'sent' and r.email is not null
				  and r.customer_id > :after
				order by r.customer_id limit :limit
				""")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.param("after", after)
			.param("limit", PAGE)
			.query((rs, row) -> new Recipient(rs.getLong("customer_id"), rs.getString("email"),
					rs.getString("first_name"), rs.getString("last_name")))
			.list();
	}

	private void send(PlatformContext context, long listId, StringBuilder chunk, int count) {
		long process = this.brevo.importContacts(context, listId, chunk.append(']').toString(), count);
		this.brevo.awaitImport(context, process, this.properties.importPoll(), this.properties.importTimeout());
	}

	private static String contact(Recipient recipient) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		if (recipient.firstName() != null) {
			attributes.put("FIRSTNAME", recipient.firstName());
		}
		if (recipient.lastName() != null) {
			attributes.put("LASTNAME", recipient.lastName());
		}
		return CampaignRepository.json.writeValueAsString(Map.of("email", recipient.email(), "attributes", attributes));
	}

	private static String listName(Campaign campaign) {
		String name = "Fanbase campaign " + campaign.id() + ": " + campaign.name();
		return (name.length() > 120) ? name.substring(0, 120) : name;
	}

	private record Recipient(long customerId, String email, String firstName, String lastName) {
	}

	/** After holdout, cap, consent and suppressions, no one is left to send to. */
	static final class NothingToSendException extends RuntimeException {

		NothingToSendException(CampaignFigures figures) {
			super("No one to send to: of " + figures.segmentMembers() + " members, " + figures.withoutConsent()
					+ " lack email consent or an address, " + figures.suppressed() + " are suppressed, "
					+ figures.heldOut() + " are held out and " + figures.capped() + " are capped");
		}

	}

}
