package com.fanbase.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * The audit log, read newest first in keyset pages. A state-changing request's entry is a
 * {@link Pending} action: written inside the first read-write transaction the request
 * commits (so a committed change is never without its entry; see
 * {@link AuditTransactions}), its status filled in once the request is answered, or
 * written then if no transaction wrote it. Entries of the operator that belong to no
 * tenant are kept under tenant 0.
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

	/**
	 * Records an action; a null tenant files it under {@link #PLATFORM}, a null status is
	 * one not known yet.
	 */
	public void record(TenantId tenant, Actor actor, String action, Map<String, String> target, Integer status) {
		insert((tenant != null) ? tenant.value() : PLATFORM, actor, action, target, status);
	}

	/**
	 * Starts recording the action of the current request; {@code tenant} says, when
	 * asked, which tenant it acts for.
	 */
	public Pending begin(Actor actor, String action, Map<String, String> target, Supplier<TenantId> tenant) {
		Pending pending = new Pending(actor, action, target, tenant);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(Pending.ATTRIBUTE, pending, RequestAttributes.SCOPE_REQUEST);
		}
		return pending;
	}

	/**
	 * Writes the current request's pending action with an unknown status, if it has one
	 * not written yet: called inside a transaction about to commit.
	 */
	void writePending() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(Pending.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Pending pending
				&& pending.id == null) {
			long tenant = tenantOf(pending);
			pending.id = insert(tenant, pending.actor, pending.action, pending.target, null);
			pending.tenant = tenant;
		}
	}

	/**
	 * Records the answer of a pending action: its status, or the whole entry if not
	 * written yet.
	 */
	public void complete(Pending pending, int status) {
		if (pending.id == null) {
			insert(tenantOf(pending), pending.actor, pending.action, pending.target, status);
			return;
		}
		this.jdbc.sql("update audit_log set status = :status where tenant_id = :tenant and id = :id")
			.param("status", status)
			.param("tenant", pending.tenant)
			.param("id", pending.id)
			.update();
	}

	private static long tenantOf(Pending pending) {
		TenantId tenant = pending.tenantOf.get();
		return (tenant != null) ? tenant.value() : PLATFORM;
	}

	private long insert(long tenant, Actor actor, String action, Map<String, String> target, Integer status) {
		return this.jdbc.sql(INSERT + " returning id")
			.param("tenant", tenant)
			.param("at", OffsetDateTime.now(this.clock))
			.param("type", actor.type())
			.param("actor", actor.id())
			.param("role", (actor.role() != null) ? actor.role().id() : null)
			.param("action", action)
			.param("target", json.writeValueAsString(target))
			.param("status", status)
			.query(Long.class)
			.single();
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

	/** A request's action being recorded: its entry once written. */
	public static final class Pending {

		static final String ATTRIBUTE = Pending.class.getName();

		private final Actor actor;

		private final String action;

		private final Map<String, String> target;

		private final Supplier<TenantId> tenantOf;

		private Long id;

		private long tenant;

		private Pending(Actor actor, String action, Map<String, String> target, Supplier<TenantId> tenantOf) {
			this.actor = actor;
			this.action = action;
			this.target = target;
			this.tenantOf = tenantOf;
		}

	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("actor_role");
		Actor actor = new Actor(rs.getString("actor_type"), (Long) rs.getObject("actor_id"),
				(role != null) ? Role.find(role).orElseThrow() : null);
		Map<String, String> target = json.readValue(rs.getString("target"), new TypeReference<Map<String, String>>() {
		});
		return new AuditEntry(rs.getLong("id"), rs.getLong("tenant_id"),
				rs.getObject("at", OffsetDateTime.class).toInstant(), actor, rs.getString("action"), target,
				(Integer) rs.getObject("status"));
	}

}
