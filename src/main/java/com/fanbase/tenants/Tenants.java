package com.fanbase.tenants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenants table: create, find, list.
 */
@Component
public class Tenants {

	private static final String INSERT = """
			insert into tenants (id, name, currency, plan, created_at)
			values (:id, :name, :currency, :plan, :now)
			""";

	private static final String NEXT_ID = "select coalesce(max(id), 0) + 1 from tenants";

	private static final String SELECT = "select id, name, currency, plan, created_at from tenants";

	private final JdbcClient jdbc;

	private final Clock clock;

	Tenants(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates a tenant under the core's id, or under the next free id when none is given.
	 */
	@Transactional
	public Tenant create(TenantId id, String name, String currency, Plan plan) {
		if (id == null) {
			this.jdbc.sql("lock table tenants in share row exclusive mode").update();
			id = TenantId.of(this.jdbc.sql(NEXT_ID).query(Long.class).single());
		}
		try {
			this.jdbc.sql(INSERT)
				.param("id", id.value())
				.param("name", name)
				.param("currency", currency)
				.param("plan", plan.id())
				.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new TenantAlreadyExistsException(id);
		}
		return require(id);
	}

	/** Moves a tenant to another plan: its limits change from the next request on. */
	public Tenant changePlan(TenantId id, Plan plan) {
		int changed = this.jdbc.sql("update tenants set plan = :plan where id = :id")
			.param("plan", plan.id())
			.param("id", id.value())
			.update();
		if (changed == 0) {
			throw new TenantNotFoundException(id);
		}
		return require(id);
	}

	public Optional<Tenant> find(TenantId id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(Tenants::map).optional();
	}

	public Tenant require(TenantId id) {
		return find(id).orElseThrow(() -> new TenantNotFoundException(id));
	}

	public boolean exists(TenantId id) {
		return this.jdbc.sql("select exists (select 1 from tenants where id = :id)")
			.param("id", id.value())
			.query(Boolean.class)
			.single();
	}

	public List<Tenant> list() {
		return this.jdbc.sql(SELECT + " order by id").query(Tenants::map).list();
	}

	private static Tenant map(ResultSet rs, int row) throws SQLException {
		return new Tenant(TenantId.of(rs.getLong("id")), rs.getString("name"), rs.getString("currency"),
				Plan.find(rs.getString("plan")).orElseThrow(),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
