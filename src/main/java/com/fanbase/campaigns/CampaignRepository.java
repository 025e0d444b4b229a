package com.fanbase.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * The {@code audience_campaigns} rows. Status changes are conditional updates on the
 * status the caller saw, so two replicas (or a user and the scheduler) cannot both make
 * one.
 */
@Component
class CampaignRepository {

	static final JsonMapper json = JsonMapper.builder().build();

	private static final String COLUMNS = """
			id, tenant_id, segment_id, event_id, name, campaign_type, status, settings::text as settings, scheduled_at,
			holdout_percent, budget_cents, cost_cents, currency, figures::text as figures, error, launched_at, sent_at,
			completed_at, cancelled_at, created_at, updated_at, scheduled_by_type, scheduled_by_id, scheduled_by_role,
			(select coalesce(jsonb_agg(jsonb_build_object('channel', ch.channel, 'status', ch.status,
			    'brevo_list_id', ch.brevo_list_id, 'brevo_campaign_id', ch.brevo_campaign_id, 'export_id', ch.export_id,
			    'platform_campaign_id', ch.platform_campaign_id, 'spend_cents', ch.spend_cents, 'error', ch.error,
			    'spend_synced_at', ch.spend_synced_at)
			    order by array_position(array['email', 'meta', 'google', 'tiktok'], ch.channel)), '[]')::text
			 from audience_campaign_channels ch where ch.tenant_id = c.tenant_id and ch.campaign_id = c.id) as channels
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	CampaignRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** {@code scheduledBy}: who schedules it, null for a draft. */
	long insert(TenantId tenant, CampaignDraft draft, CampaignStatus status, String currency, Actor scheduledBy) {
		return this.jdbc.sql("""
				insert into audience_campaigns (tenant_id, segment_id, event_id, name, campaign_type, status, settings,
				    scheduled_at, holdout_percent, budget_cents, cost_cents, currency, created_at, updated_at,
				    scheduled_by_type, scheduled_by_id, scheduled_by_role)
				values (:tenant, :segment, :event, :name, :type, :status, cast(:settings as jsonb), :scheduledAt,
				    :holdout, :budget, :cost, :currency, :now, :now, :byType, :byId, :byRole)
				returning id
				""")
			.params(scheduledBy(scheduledBy))
			.param("tenant", tenant.value())
			.param("segment", draft.segmentId())
			.param("event", draft.eventId())
			.param("name", draft.name())
			.param("type", draft.type().id())
			.param("status", status.id())
			.param("settings", json.writeValueAsString(draft.settings()))
			.param("scheduledAt", time(draft.scheduledAt()))
			.param("holdout", draft.holdoutPercent())
			.param("budget", draft.budgetCents())
			.param("cost", draft.costCents())
			.param("currency", currency)
			.param("now", now())
			.query(Long.class)
			.single();
	}

	Optional<Campaign> find(TenantId tenant, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from audience_campaigns c where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.query(this::campaign)
			.optional();
	}

	List<Campaign> list(TenantId tenant, CampaignFilter filter) {
		StringBuilder sql = new StringBuilder(
				"select " + COLUMNS + " from audience_campaigns c where tenant_id = :tenant");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("tenant", tenant.value());
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().id());
		}
		if (filter.type() != null) {
			sql.append(" and campaign_type = :type");
			params.put("type", filter.type().id());
		}
		if (filter.eventId() != null) {
			sql.append(" and event_id = :event");
			params.put("event", filter.eventId());
		}
		sql.append(" order by created_at desc, id desc limit 1000");
		return this.jdbc.sql(sql.toString()).params(params).query(this::campaign).list();
	}

	/**
	 * Writes the editable fields of a campaign that is still in {@code expected}, and who
	 * scheduled it.
	 */
	boolean update(TenantId tenant, Campaign changed, CampaignStatus expected) {
		return this.jdbc.sql("""
				update audience_campaigns set segment_id = :segment, event_id = :event, name = :name,
				    settings = cast(:settings as jsonb), scheduled_at = :scheduledAt, status = :status,
				    holdout_percent = :holdout, budget_cents = :budget, cost_cents = :cost, updated_at = :now,
				    scheduled_by_type = :byType, scheduled_by_id = :byId, scheduled_by_role = :byRole
				where tenant_id = :tenant and id = :id and status = :expected
				""")
			.params(scheduledBy(changed.scheduledBy()))
			.param("tenant", tenant.value())
			.param("id", changed.id())
			.param("segment", changed.segmentId())
			.param("event", changed.eventId())
			.param("name", changed.name())
			.param("settings", json.writeValueAsString(changed.settings()))
			.param("scheduledAt", time(changed.scheduledAt()))
			.param("status", changed.status().id())
			.param("holdout", changed.holdoutPercent())
			.param("budget", changed.budgetCents())
			.param("cost", changed.costCents())
			.param("expected", expected.id())
			.param("now", now())
			.update() == 1;
	}

	boolean updateCost(TenantId tenant, long id, long costCents) {
		return this.jdbc.sql("""
				update audience_campaigns set cost_cents = :cost, updated_at = :now
				where tenant_id = :tenant and id = :id and status <> 'cancelled'
				""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("cost", costCents)
			.param("now", now())
			.update() == 1;
	}

	/**
	 * Moves the campaign from {@code from} to {@code to} if it is still in {@code from};
	 * stamps the time column that belongs to the new status and records {@code error}.
	 */
	boolean transition(TenantId tenant, long id, CampaignStatus from, CampaignStatus to, String error) {
		String stamp = switch (to) {
			case SENDING -> ", launched_at = :now";
			case SENT, ACTIVE -> ", sent_at = coalesce(sent_at, :now)";
			case COMPLETED -> ", completed_at = :now";
			case CANCELLED -> ", cancelled_at = :now";
			default -> "";
		};
		return this.jdbc
			.sql("update audience_campaigns set status = :to, error = :error, updated_at = :now" + stamp
					+ " where tenant_id = :tenant and id = :id and status = :from")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("from", from.id())
			.param("to", to.id())
			.param("error", error)
			.param("now", now())
			.update() == 1;
	}

	void jobSubmitted(TenantId tenant, long id, long jobId) {
		this.jdbc.sql("update audience_campaigns set job_id = :job where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("job", jobId)
			.update();
	}

	void figures(TenantId tenant, long id, CampaignFigures figures) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("segment_members", figures.segmentMembers());
		values.put("targeted", figures.targeted());
		values.put("held_out", figures.heldOut());
		values.put("capped", figures.capped());
		values.put("without_consent", figures.withoutConsent());
		values.put("suppressed", figures.suppressed());
		this.jdbc
			.sql("update audience_campaigns set figures = cast(:figures as jsonb), updated_at = :now"
					+ " where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("figures", json.writeValueAsString(values))
			.param("now", now())
			.update();
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private Campaign campaign(ResultSet rs, int row) throws SQLException {
		TenantId tenant = TenantId.of(rs.getLong("tenant_id"));
		long id = rs.getLong("id");
		Map<String, Object> settings = json.readValue(rs.getString("settings"),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
		Map<String, Long> figures = json.readValue(rs.getString("figures"),
				new TypeReference<LinkedHashMap<String, Long>>() {
				});
		return new Campaign(id, tenant.value(), rs.getLong("segment_id"), rs.getObject("event_id", Long.class),
				rs.getString("name"), CampaignType.find(rs.getString("campaign_type")).orElseThrow(),
				CampaignStatus.find(rs.getString("status")).orElseThrow(), settings,
				JsonRows.instant(rs, "scheduled_at"), rs.getInt("holdout_percent"),
				rs.getObject("budget_cents", Long.class), rs.getObject("cost_cents", Long.class),
				rs.getString("currency").strip(), channels(rs.getString("channels")), figures(figures),
				rs.getString("error"), JsonRows.instant(rs, "launched_at"), JsonRows.instant(rs, "sent_at"),
				JsonRows.instant(rs, "completed_at"), JsonRows.instant(rs, "cancelled_at"),
				JsonRows.instant(rs, "created_at"), JsonRows.instant(rs, "updated_at"), scheduledBy(rs));
	}

	private static Map<String, Object> scheduledBy(Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("byType", (actor != null) ? actor.type() : null);
		params.put("byId", (actor != null) ? actor.id() : null);
		params.put("byRole", (actor != null && actor.role() != null) ? actor.role().id() : null);
		return params;
	}

	private static Actor scheduledBy(ResultSet rs) throws SQLException {
		String type = rs.getString("scheduled_by_type");
		if (type == null) {
			return null;
		}
		String role = rs.getString("scheduled_by_role");
		return new Actor(type, rs.getObject("scheduled_by_id", Long.class),
				(role != null) ? Role.find(role).orElseThrow() : null);
	}

	private static List<CampaignChannel> channels(String text) {
		List<CampaignChannel> channels = new ArrayList<>();
		for (JsonNode channel : json.readTree(text)) {
			channels
				.add(new CampaignChannel(CampaignType.Channel.find(channel.path("channel").asString()).orElseThrow(),
						ChannelStatus.find(channel.path("status").asString()).orElseThrow(),
						number(channel, "brevo_list_id"), number(channel, "brevo_campaign_id"),
						number(channel, "export_id"), text(channel, "platform_campaign_id"),
						number(channel, "spend_cents"), text(channel, "error"), instant(channel, "spend_synced_at")));
		}
		return channels;
	}

	private static Long number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isNull() || value.isMissingNode()) ? null : value.asLong();
	}

	private static Instant instant(JsonNode node, String field) {
		String value = text(node, field);
		return (value != null) ? OffsetDateTime.parse(value).toInstant() : null;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isNull() || value.isMissingNode()) ? null : value.asString();
	}

	private static CampaignFigures figures(Map<String, Long> values) {
		return new CampaignFigures(values.getOrDefault("segment_members", 0L), values.getOrDefault("targeted", 0L),
				values.getOrDefault("held_out", 0L), values.getOrDefault("capped", 0L),
				values.getOrDefault("without_consent", 0L), values.getOrDefault("suppressed", 0L));
	}

	private static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
