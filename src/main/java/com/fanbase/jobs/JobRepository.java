package com.fanbase.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.TenantId;

/**
 * The jobs table.
 */
@Component
class JobRepository {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String COLUMNS = """
			select tenant_id, id, type, status, params::text as params, processed, total, error, attempts,
			    created_at, started_at, finished_at, picked_by from jobs
			""";

	private static final String INSERT = """
			insert into jobs (tenant_id, type, status, params, created_at)
			values (:tenant, :type, 'queued', cast(:params as jsonb), :now)
			on conflict (tenant_id, type) where status in ('queued', 'running') do nothing
			returning id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JobRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Inserts a queued job, or returns empty when one of the type is already unfinished.
	 */
	Optional<JobId> insert(TenantId tenant, String type, Map<String, Object> params) {
		return this.jdbc.sql(INSERT)
			.param("tenant", tenant.value())
			.param("type", type)
			.param("params", json.writeValueAsString(params))
			.param("now", now())
			.query((rs, row) -> new JobId(rs.getLong("id")))
			.optional();
	}

	Optional<Job> find(TenantId tenant, JobId id) {
		return this.jdbc.sql(COLUMNS + " where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id.value())
			.query(JobRepository::map)
			.optional();
	}

	Optional<Job> findActive(TenantId tenant, String type) {
		return this.jdbc
			.sql(COLUMNS + " where tenant_id = :tenant and type = :type and status in ('queued', 'running')")
			.param("tenant", tenant.value())
			.param("type", type)
			.query(JobRepository::map)
			.optional();
	}

	List<Job> list(TenantId tenant, int limit) {
		return this.jdbc.sql(COLUMNS + " where tenant_id = :tenant order by id desc limit :limit")
			.param("tenant", tenant.value())
			.param("limit", limit)
			.query(JobRepository::map)
			.list();
	}

	int markRunning(TenantId tenant, JobId id, String replica) {
		return this.jdbc.sql("""
				update jobs set status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, :now),
				    picked_by = :replica
				where tenant_id = :tenant and id = :id and status in ('queued', 'running')
				returning attempts
				""")
			.param("tenant", tenant.value())
			.param("id", id.value())
			.param("now", now())
			.param("replica", replica)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void finish(TenantId tenant, JobId id, String status, String error) {
		this.jdbc.sql("""
				update jobs set status = :status, error = :error, finished_at = :now
				where tenant_id = :tenant and id = :id
				""")
			.param("tenant", tenant.value())
			.param("id", id.value())
			.param("status", status)
			.param("error", error)
			.param("now", now())
			.update();
	}

	/**
	 * Queues a job stopped from outside again; the attempt it was on does not count
	 * towards giving up.
	 */
	void release(TenantId tenant, JobId id) {
		this.jdbc.sql("""
				update jobs set status = 'queued', attempts = greatest(attempts - 1, 0)
				where tenant_id = :tenant and id = :id and status = 'running'
				""").param("tenant", tenant.value()).param("id", id.value()).update();
	}

	void progress(TenantId tenant, JobId id, long processed, Long total) {
		this.jdbc.sql("update jobs set processed = :processed, total = :total where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id.value())
			.param("processed", processed)
			.param("total", total)
			.update();
	}

	Optional<String> checkpoint(TenantId tenant, JobId id) {
		return this.jdbc.sql("select checkpoint #>> '{}' from jobs where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	void checkpoint(TenantId tenant, JobId id, String value) {
		this.jdbc
			.sql("update jobs set checkpoint = to_jsonb(cast(:value as text)) where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id.value())
			.param("value", value)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static Job map(ResultSet rs, int row) throws SQLException {
		Long total = rs.getObject("total", Long.class);
		return new Job(new JobId(rs.getLong("id")), TenantId.of(rs.getLong("tenant_id")), rs.getString("type"),
				rs.getString("status"),
				json.readValue(rs.getString("params"), new TypeReference<Map<String, Object>>() {
				}), rs.getLong("processed"), total, rs.getString("error"), rs.getInt("attempts"),
				JsonRows.instant(rs, "created_at"), JsonRows.instant(rs, "started_at"),
				JsonRows.instant(rs, "finished_at"), rs.getString("picked_by"));
	}

}
