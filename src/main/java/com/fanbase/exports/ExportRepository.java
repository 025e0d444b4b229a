package com.fanbase.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.platforms.Platform;
import com.fanbase.tenants.TenantId;

/**
 * The {@code audience_exports} rows: definitions, state and figures.
 */
@Component
class ExportRepository {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String SELECT = """
			select id, tenant_id, platform, segment_id, audience_name, external_id, status, job_id, syncs,
			    members_considered, members_eligible, members_sent, members_removed, members_rejected,
			    members_skipped, members_synced, figures::text as figures, warnings::text as warnings, error,
			    expires_at, last_synced_at, created_at, updated_at
			from audience_exports where tenant_id = :tenant and deleted_at is null
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ExportRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(TenantId tenant, Platform platform, long segmentId, String name) {
		return this.jdbc.sql("""
				insert into audience_exports (tenant_id, platform, segment_id, audience_name, status, created_at,
				    updated_at)
				values (:tenant, :platform, :segment, :name, 'queued', :now, :now) returning id
				""")
			.param("tenant", tenant.value())
			.param("platform", platform.id())
			.param("segment", segmentId)
			.param("name", name)
			.param("now", now())
			.query(Long.class)
			.single();
	}

	/** Export definitions created this calendar month (UTC), deleted ones included. */
	long createdThisMonth(TenantId tenant) {
		Instant start = YearMonth.now(this.clock).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return this.jdbc.sql("select count(*) from audience_exports where tenant_id = :tenant and created_at >= :start")
			.param("tenant", tenant.value())
			.param("start", start.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	Optional<Export> find(TenantId tenant, long id) {
		return this.jdbc.sql(SELECT + " and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.query(ExportRepository::map)
			.optional();
	}

	Optional<Export> findDefinition(TenantId tenant, Platform platform, long segmentId) {
		return this.jdbc.sql(SELECT + " and platform = :platform and segment_id = :segment")
			.param("tenant", tenant.value())
			.param("platform", platform.id())
			.param("segment", segmentId)
			.query(ExportRepository::map)
			.optional();
	}

	List<Export> list(TenantId tenant, String platform, Long segmentId) {
		return this.jdbc
			.sql(SELECT + " and (cast(:platform as text) is null or platform = :platform)"
					+ " and (cast(:segment as bigint) is null or segment_id = :segment) order by id desc")
			.param("tenant", tenant.value())
			.param("platform", platform)
			.param("segment", segmentId)
			.query(ExportRepository::map)
			.list();
	}

	/** Moves the export from one state to the next if it is still in the first. */
	boolean transition(TenantId tenant, long id, ExportState from, ExportState to) {
		String error = switch (to) {
			case ExportState.Failed failed -> failed.error();
			case ExportState.PartiallyFailed partial -> partial.error();
			default -> null;
		};
		return this.jdbc.sql("""
				update audience_exports set status = :to, error = :error, updated_at = :now,
				    members_as_of = case when :from = 'running' and :to in ('completed', 'partially_failed')
				        then coalesce(syncing_members_as_of, members_as_of) else members_as_of end
				where tenant_id = :tenant and id = :id and status = :from and deleted_at is null
				""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("from", from.status())
			.param("to", to.status())
			.param("error", (to instanceof ExportState.Queued || to instanceof ExportState.Running) ? null : error)
			.param("now", now())
			.update() == 1;
	}

	/**
	 * Records the sync's job and how fresh the segment's members were when it was queued
	 * (the sync sends at least those).
	 */
	void jobQueued(TenantId tenant, long id, long jobId, Instant membersAsOf) {
		this.jdbc.sql("""
				update audience_exports set job_id = :job, syncing_members_as_of = :as_of
				where tenant_id = :tenant and id = :id
				""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("job", jobId)
			.param("as_of", (membersAsOf != null) ? membersAsOf.atOffset(ZoneOffset.UTC) : null)
			.update();
	}

	/** A fresh sync starts: counters cleared, the sync numbered. */
	void startSync(TenantId tenant, long id, long considered, long eligible) {
		this.jdbc.sql("""
				update audience_exports set syncs = syncs + 1, run_state = null, members_sent = 0, members_removed = 0,
				    members_rejected = 0, members_skipped = 0, members_considered = :considered,
				    members_eligible = :eligible, warnings = '[]', updated_at = :now
				where tenant_id = :tenant and id = :id
				""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("considered", considered)
			.param("eligible", eligible)
			.param("now", now())
			.update();
	}

	Optional<String> runState(TenantId tenant, long id) {
		return this.jdbc.sql("select run_state::text from audience_exports where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.query(String.class)
			.optional();
	}

	void externalId(TenantId tenant, long id, String externalId) {
		this.jdbc.sql("update audience_exports set external_id = :external where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("external", externalId)
			.update();
	}

	void finishSync(TenantId tenant, long id, Map<String, Object> figures, List<String> warnings, Instant expiresAt) {
		this.jdbc.sql("""
				update audience_exports set run_state = null, figures = cast(:figures as jsonb),
				    warnings = cast(:warnings as jsonb), expires_at = :expires, last_synced_at = :now,
				    members_synced = (select count(*) from audience_export_members m
				        where m.tenant_id = :tenant and m.export_id = :id), updated_at = :now
				where tenant_id = :tenant and id = :id
				""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("figures", figures.isEmpty() ? null : json.writeValueAsString(figures))
			.param("warnings", json.writeValueAsString(warnings))
			.param("expires", (expiresAt != null) ? expiresAt.atOffset(ZoneOffset.UTC) : null)
			.param("now", now())
			.update();
	}

	void markDeleted(TenantId tenant, long id) {
		this.jdbc.sql(
				"update audience_exports set deleted_at = :now, run_state = null where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("now", now())
			.update();
		this.jdbc.sql("delete from audience_export_members where tenant_id = :tenant and export_id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static Export map(ResultSet rs, int row) throws SQLException {
		String figures = rs.getString("figures");
		return new Export(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("platform"), rs.getLong("segment_id"),
				rs.getString("audience_name"), rs.getString("external_id"), rs.getString("status"),
				rs.getObject("job_id", Long.class), rs.getInt("syncs"), rs.getLong("members_considered"),
				rs.getLong("members_eligible"), rs.getLong("members_sent"), rs.getLong("members_removed"),
				rs.getLong("members_rejected"), rs.getLong("members_skipped"), rs.getLong("members_synced"),
				(figures != null) ? json.readValue(figures, new TypeReference<Map<String, Object>>() {
				}) : Map.of(), json.readValue(rs.getString("warnings"), new TypeReference<List<String>>() {
				}), rs.getString("error"), JsonRows.instant(rs, "expires_at"), JsonRows.instant(rs, "last_synced_at"),
				JsonRows.instant(rs, "created_at"), JsonRows.instant(rs, "updated_at"));
	}

}
