package com.fanbase.segments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.Plan;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * The saved segments of a tenant, within its plan's limit.
 */
@Component
public class Segments {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String SELECT = """
			select id, tenant_id, name, segment_type, criteria::text as criteria, source_segment_id, lookalike_size,
			    lookalike_ratio, refresh_interval_minutes,
			    member_count, last_refreshed_at, last_refresh_status, last_refresh_error, last_refresh_ms,
			    created_at, updated_at, %s as members_as_of
			from audience_segments s where tenant_id = :tenant
			""";

	/**
	 * The time up to which every ingested change is reflected in the members: with the
	 * change pipeline on, a dynamic segment is as fresh as the oldest change still on its
	 * way (not yet in a profile, not yet evaluated, or waiting for a profile rebuild),
	 * and current when none is; without it, as of its last refresh. A lookalike is as of
	 * its last refresh, a static segment always current.
	 */
	private static final String MEMBERS_AS_OF = """
			case when s.segment_type = 'static' then cast(:now as timestamptz)
			    when s.last_refreshed_at is null then null
			    when s.segment_type = 'lookalike' or not :live then s.last_refreshed_at
			    else greatest(s.last_refreshed_at, coalesce(least(
			        (select min(c.changed_at) from customer_changes c where c.tenant_id = s.tenant_id),
			        (select min(q.changed_at) from pipeline_changes q
			            where q.tenant_id = s.tenant_id and q.hop = 'segments' and q.done_at is null),
			        (select min(j.created_at) from jobs j where j.tenant_id = s.tenant_id
			            and j.type = 'profile-rebuild' and j.status in ('queued', 'running'))),
			        cast(:now as timestamptz))) end""";

	private final JdbcClient jdbc;

	private final Tenants tenants;

	private final Clock clock;

	private final ObjectProvider<SegmentUsers> users;

	private final boolean live;

	Segments(JdbcClient jdbc, Tenants tenants, Clock clock, ObjectProvider<SegmentUsers> users,
			@Value("${fanbase.changes.enabled:true}") boolean live) {
		this.live = live;
		this.jdbc = jdbc;
		this.tenants = tenants;
		this.clock = clock;
		this.users = users;
	}

	/** Saves a segment; refused when the tenant's plan allows no more. */
	@Transactional
	public Segment create(TenantId tenant, String name, String type, JsonNode criteria, Integer refreshMinutes) {
		return require(tenant, insert(tenant, name, type, criteria, refreshMinutes));
	}

	/**
	 * Saves a lookalike of the source segment holding either {@code size} customers or
	 * {@code ratio} of the tenant's customers; refused when the plan allows no more.
	 */
	@Transactional
	public Segment createLookalike(TenantId tenant, String name, long source, Integer size, Double ratio) {
		long id = insert(tenant, name, "lookalike", null, null);
		resize(tenant, id, source, size, ratio);
		return require(tenant, id);
	}

	/** Changes a lookalike's source or size (null leaves it; a size clears the ratio). */
	public void resize(TenantId tenant, long id, Long source, Integer size, Double ratio) {
		this.jdbc.sql("""
				update audience_segments set source_segment_id = coalesce(:source, source_segment_id),
				    lookalike_size = case when :size::int is null and :ratio::float8 is null then lookalike_size
				        else :size::int end,
				    lookalike_ratio = case when :size::int is null and :ratio::float8 is null then lookalike_ratio
				        else :ratio::float8 end
				where tenant_id = :tenant and id = :id
				""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("source", source)
			.param("size", size)
			.param("ratio", ratio)
			.update();
	}

	/** The lookalikes built on a segment. */
	public List<Segment> lookalikesOf(TenantId tenant, long source) {
		return select(" and segment_type = 'lookalike' and source_segment_id = :source order by id", tenant)
			.param("source", source)
			.query(this::map)
			.list();
	}

	private long insert(TenantId tenant, String name, String type, JsonNode criteria, Integer refreshMinutes) {
		Plan plan = this.tenants.require(tenant).plan();
		// Serialises concurrent creations of one tenant so the limit holds.
		this.jdbc.sql("select id from tenants where id = :tenant for update")
			.param("tenant", tenant.value())
			.query()
			.listOfRows();
		long count = this.jdbc.sql("select count(*) from audience_segments where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Long.class)
			.single();
		if (plan.segments() >= 0 && count >= plan.segments()) {
			throw new SegmentLimitReachedException(plan.id(), plan.segments());
		}
		return this.jdbc.sql("""
				insert into audience_segments (tenant_id, name, segment_type, criteria, refresh_interval_minutes,
				    created_at, updated_at)
				values (:tenant, :name, :type, cast(:criteria as jsonb), :minutes, :now, :now) returning id
				""")
			.param("tenant", tenant.value())
			.param("name", name)
			.param("type", type)
			.param("criteria", (criteria != null) ? json.writeValueAsString(criteria) : null)
			.param("minutes", refreshMinutes)
			.param("now", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
	}

	public Optional<Segment> find(TenantId tenant, long id) {
		return select(" and id = :id", tenant).param("id", id).query(this::map).optional();
	}

	public Segment require(TenantId tenant, long id) {
		return find(tenant, id).orElseThrow(() -> new SegmentNotFoundException(id));
	}

	public List<Segment> list(TenantId tenant) {
		return select(" order by id", tenant).query(this::map).list();
	}

	/** Changes what is given (null leaves a field as it is). */
	public Segment update(TenantId tenant, long id, String name, JsonNode criteria, Integer refreshMinutes) {
		require(tenant, id);
		this.jdbc.sql("""
				update audience_segments set name = coalesce(:name, name),
				    criteria = coalesce(cast(:criteria as jsonb), criteria),
				    refresh_interval_minutes = coalesce(:minutes, refresh_interval_minutes), updated_at = :now
				where tenant_id = :tenant and id = :id
				""")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("name", name)
			.param("criteria", (criteria != null) ? json.writeValueAsString(criteria) : null)
			.param("minutes", refreshMinutes)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return require(tenant, id);
	}

	@Transactional
	public void delete(TenantId tenant, long id) {
		require(tenant, id);
		List<Long> lookalikes = lookalikesOf(tenant, id).stream().map(Segment::id).toList();
		List<String> others = this.users.orderedStream().flatMap((user) -> user.of(tenant, id).stream()).toList();
		if (!lookalikes.isEmpty() || !others.isEmpty()) {
			throw new SegmentInUseException(id, lookalikes, others);
		}
		for (String table : List.of("audience_segment_customers", "audience_segment_exits",
				"audience_segment_history")) {
			this.jdbc.sql("delete from " + table + " where tenant_id = :tenant and segment_id = :id")
				.param("tenant", tenant.value())
				.param("id", id)
				.update();
		}
		this.jdbc.sql("delete from audience_segments where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.update();
	}

	private JdbcClient.StatementSpec select(String rest, TenantId tenant) {
		return this.jdbc.sql(SELECT.formatted(MEMBERS_AS_OF) + rest)
			.param("tenant", tenant.value())
			.param("now", OffsetDateTime.now(this.clock))
			.param("live", this.live);
	}

	private Segment map(ResultSet rs, int row) throws SQLException {
		Instant membersAsOf = JsonRows.instant(rs, "members_as_of");
		Long lag = (membersAsOf != null) ? Math.max(0, Duration.between(membersAsOf, this.clock.instant()).toSeconds())
				: null;
		String criteria = rs.getString("criteria");
		return new Segment(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("name"),
				rs.getString("segment_type"), (criteria != null) ? json.readTree(criteria) : null,
				rs.getObject("source_segment_id", Long.class), rs.getObject("lookalike_size", Integer.class),
				rs.getObject("lookalike_ratio", Double.class), rs.getObject("refresh_interval_minutes", Integer.class),
				rs.getLong("member_count"), JsonRows.instant(rs, "last_refreshed_at"),
				rs.getString("last_refresh_status"), rs.getString("last_refresh_error"),
				rs.getObject("last_refresh_ms", Long.class), JsonRows.instant(rs, "created_at"),
				JsonRows.instant(rs, "updated_at"), membersAsOf, lag);
	}

}
