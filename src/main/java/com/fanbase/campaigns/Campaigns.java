package com.fanbase.campaigns;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;
import com.fanbase.web.Violations;

/**
 * A tenant's campaigns: create, list, read, change before launch (and record ad spend
 * after), launch now, cancel before launch.
 */
@Component
public class Campaigns {

	private final CampaignRepository repository;

	private final ChannelRepository channels;

	private final CampaignRules rules;

	private final CampaignLauncher launcher;

	private final Tenants tenants;

	Campaigns(CampaignRepository repository, ChannelRepository channels, CampaignRules rules, CampaignLauncher launcher,
			Tenants tenants) {
		this.repository = repository;
		this.channels = channels;
		this.rules = rules;
		this.launcher = launcher;
		this.tenants = tenants;
	}

	/**
	 * Creates a draft, or a scheduled campaign when it has a {@code scheduledAt}: then
	 * {@code actor} is recorded as its scheduler, and refused (403) when the tenant
	 * reserves a launch to the segment's size for owners and the actor is no owner.
	 */
	@Transactional
	public Campaign create(TenantId tenant, CampaignDraft draft, Actor actor) {
		Map<String, Object> settings = (draft.settings() != null) ? draft.settings() : Map.of();
		this.rules.check(tenant, draft.segmentId(), draft.eventId(), draft.name(), draft.type(), settings,
				draft.scheduledAt(), true, draft.budgetCents(), draft.costCents(), draft.holdoutPercent());
		CampaignStatus status = (draft.scheduledAt() != null) ? CampaignStatus.SCHEDULED : CampaignStatus.DRAFT;
		if (status == CampaignStatus.SCHEDULED) {
			this.launcher.requireOwnerToSchedule(tenant, draft.segmentId(), actor.role());
		}
		CampaignDraft clean = new CampaignDraft(draft.segmentId(), draft.eventId(), draft.name().strip(), draft.type(),
				settings, draft.scheduledAt(), draft.budgetCents(), draft.costCents(), draft.holdoutPercent());
		long id = this.repository.insert(tenant, clean, status, this.tenants.require(tenant).currency(),
				(status == CampaignStatus.SCHEDULED) ? actor : null);
		this.channels.replace(tenant, id, CampaignRules.channels(draft.type(), settings),
				CampaignRules.links(draft.type(), settings));
		return require(tenant, id);
	}

	/** Newest first. */
	public List<Campaign> list(TenantId tenant, CampaignFilter filter) {
		return this.repository.list(tenant, filter);
	}

	public Optional<Campaign> find(TenantId tenant, long id) {
		return this.repository.find(tenant, id);
	}

	public Campaign require(TenantId tenant, long id) {
		return find(tenant, id).orElseThrow(() -> new CampaignNotFoundException(id));
	}

	/**
	 * Changes a draft or scheduled campaign; after launch only {@code costCents} may
	 * change (ad spend), in any status but cancelled. A change that leaves the campaign
	 * scheduled records {@code actor} as its scheduler, and is checked like
	 * {@link #create}: whoever last saves a scheduled campaign is the one it launches as.
	 */
	@Transactional
	public Campaign update(TenantId tenant, long id, CampaignChanges changes, Actor actor) {
		Campaign campaign = require(tenant, id);
		if (!campaign.status().isEditable()) {
			if (changes.changesMoreThanCost() || campaign.status() == CampaignStatus.CANCELLED) {
				throw new CampaignStateException(campaign.status(), "be changed (after launch only cost_cents can)");
			}
			if (changes.costCents() != null) {
				new Violations().check(changes.costCents() >= 0, "/cost_cents", "must not be negative").throwIfAny();
				this.repository.updateCost(tenant, id, changes.costCents());
			}
			return require(tenant, id);
		}
		Campaign changed = apply(campaign, changes, actor);
		this.rules.check(tenant, changed.segmentId(), changed.eventId(), changed.name(), changed.type(),
				changed.settings(), changed.scheduledAt(), changes.scheduledAt() != null, changed.budgetCents(),
				changed.costCents(), changed.holdoutPercent());
		if (changed.status() == CampaignStatus.SCHEDULED) {
			this.launcher.requireOwnerToSchedule(tenant, changed.segmentId(), actor.role());
		}
		if (!this.repository.update(tenant, changed, campaign.status())) {
			throw new CampaignStateException(require(tenant, id).status(), "be changed");
		}
		this.channels.replace(tenant, id, CampaignRules.channels(changed.type(), changed.settings()),
				CampaignRules.links(changed.type(), changed.settings()));
		return require(tenant, id);
	}

	/**
	 * Launches now: refused with the reason when the segment is empty, a platform is not
	 * configured or email settings are missing, or (403) when the tenant reserves a
	 * launch of this size for owners and {@code role} (null: the operator) is not one;
	 * the send itself runs as a durable job.
	 */
	public Campaign launch(TenantId tenant, long id, Role role) {
		this.launcher.launchNow(tenant, id, role);
		return require(tenant, id);
	}

	/** Cancels a draft or scheduled campaign. */
	@Transactional
	public Campaign cancel(TenantId tenant, long id) {
		Campaign campaign = require(tenant, id);
		if (!campaign.status().canBecome(CampaignStatus.CANCELLED)
				|| !this.repository.transition(tenant, id, campaign.status(), CampaignStatus.CANCELLED, null)) {
			throw new CampaignStateException(require(tenant, id).status(), "be cancelled");
		}
		this.channels.cancelAll(tenant, id);
		return require(tenant, id);
	}

	private static Campaign apply(Campaign campaign, CampaignChanges changes, Actor actor) {
		Map<String, Object> settings = new LinkedHashMap<>(campaign.settings());
		if (changes.settings() != null) {
			changes.settings().forEach((key, value) -> {
				if (value == null) {
					settings.remove(key);
				}
				else {
					settings.put(key, value);
				}
			});
		}
		Instant scheduledAt = changes.unschedule() ? null
				: (changes.scheduledAt() != null) ? changes.scheduledAt() : campaign.scheduledAt();
		CampaignStatus status = (scheduledAt != null) ? CampaignStatus.SCHEDULED : CampaignStatus.DRAFT;
		return new Campaign(campaign.id(), campaign.tenantId(), or(changes.segmentId(), campaign.segmentId()),
				changes.clearEvent() ? null : or(changes.eventId(), campaign.eventId()),
				(changes.name() != null) ? changes.name().strip() : campaign.name(), campaign.type(), status, settings,
				scheduledAt, or(changes.holdoutPercent(), campaign.holdoutPercent()),
				or(changes.budgetCents(), campaign.budgetCents()), or(changes.costCents(), campaign.costCents()),
				campaign.currency(), campaign.channels(), campaign.figures(), campaign.error(), null, null, null, null,
				campaign.createdAt(), campaign.updatedAt(), (status == CampaignStatus.SCHEDULED) ? actor : null);
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
