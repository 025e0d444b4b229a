package com.fanbase.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * The audit log: appended to after each state-changing request, read newest first in
 * keyset pages. Entries of the operator that belong to no tenant are kept under tenant 0.
 */
@Component
public class AuditLog {

	/** The tenant id the operator's own actions (creating tenants) are filed under. */
	public static final long PLATFORM = 0;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String INSERT = """
			insert into audit_log (tenant_id, at, actor_type, actor_id, actor_role, action, target, status)
			values (:tenant, :at, :type, :actor, :role, :action, cast(:target as jsonb), :status)
			""";

	private static final String SELECT = """
			select id, tenant_id, at, actor_type, actor_id, actor_role, action, target::text as target, status
			from audit_log
			where tenant_id = :tenant
			  and (cast(:type as text) is null or actor_type = :type)
			  and (cast(:actor as bigint) is null or actor_id = :actor)
			  and (cast(:action as text) is null or starts_with(action, :action))
			  and (cast(:since as timestamptz) is null or at >= :since)
			  and (cast(:until as timestamptz) is null or at < :until)
			  and (cast(:before as bigint) is null or id < :before)
			order by id desc
			limit :limit
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action; a null tenant files it under {@link #PLATFORM}. */
	public void record(TenantId tenant, Actor actor, String action, Map<String, String> target, int status) {
		this.jdbc.sql(INSERT)
			.param("tenant", (tenant != null) ? tenant.value() : PLATFORM)
			.param("at", OffsetDateTime.now(this.clock))
			.param("type", actor.type())
			.param("actor", actor.id())
			.param("role", (actor.role() != null) ? actor.role().id() : null)
			.param("action", action)
			.param("target", json.writeValueAsString(target))
			.param("status", status)
			.update();
	}

	public List<AuditEntry> find(TenantId tenant, AuditQuery query) {
		return find(tenant.value(), query);
	}

	/** Entries of a tenant, or with {@link #PLATFORM} the operator's own. */
	public List<AuditEntry> find(long tenant, AuditQuery query) {
		return this.jdbc.sql(SELECT)
			.param("tenant", tenant)
			.param("type", query.actorType())
			.param("actor", query.actorId())
			.param("action", query.actionPrefix())
			.param("since", (query.since() != null) ? query.since().atOffset(ZoneOffset.UTC) : null)
			.param("until", (query.until() != null) ? query.until().atOffset(ZoneOffset.UTC) : null)
			.param("before", query.before())
			.param("limit", query.limit())
			.query(AuditLog::map)
			.list();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("actor_role");
		Actor actor = new Actor(rs.getString("actor_type"), (Long) rs.getObject("actor_id"),
				(role != null) ? Role.find(role).orElseThrow() : null);
		Map<String, String> target = json.readValue(rs.getString("target"), new TypeReference<Map<String, String>>() {
		});
		return new AuditEntry(rs.getLong("id"), rs.getLong("tenant_id"),
				rs.getObject("at", OffsetDateTime.class).toInstant(), actor, rs.getString("action"), target,
				rs.getInt("status"));
	}

}
