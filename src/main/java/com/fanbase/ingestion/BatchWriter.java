package com.fanbase.ingestion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.tenants.TenantId;

/**
 * Stores one batch in one transaction: {@code COPY} into the staging table, drop and
 * report rows with unknown references, upsert the rest. A batch is all or nothing, so a
 * failure never leaves half a batch behind, and the batches before it stay committed.
 */
@Component
class BatchWriter {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	BatchWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Writes the batch and returns the rows refused for unknown references; announces the
	 * changed records of kinds that do so once the batch is committed.
	 */
	List<RowError> write(RecordType type, TenantId tenant, CopyRows rows) {
		List<Long> changed = new ArrayList<>();
		List<RowError> unresolved = writeBatch(type, tenant, rows, changed);
		if (!changed.isEmpty()) {
			this.events.publishEvent(new RecordsChanged(tenant, type.kind(), List.copyOf(changed)));
		}
		return unresolved;
	}

	private List<RowError> writeBatch(RecordType type, TenantId tenant, CopyRows rows, List<Long> changed) {
		return this.transactions.execute((status) -> {
			this.jdbcTemplate.execute(type.stagingDdl());
			copy(type.copySql(), rows.bytes());
			List<RowError> unresolved = type.unresolvedSql().isEmpty() ? List.of()
					: this.jdbc.sql(type.unresolvedSql())
						.param("tenant", tenant.value())
						.query(this::unresolved)
						.list();
			var merge = this.jdbc.sql(type.mergeSql())
				.param("tenant", tenant.value())
				.param("now", OffsetDateTime.now(this.clock));
			if (type.announcesChanges()) {
				changed.addAll(merge.query(Long.class).list());
			}
			else {
				merge.update();
			}
			for (String statement : type.afterMergeSql()) {
				this.jdbc.sql(statement).param("tenant", tenant.value()).update();
			}
			return unresolved;
		});
	}

	private void copy(String sql, byte[] data) {
		this.jdbcTemplate.execute((ConnectionCallback<Long>) (connection) -> {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			try {
				copy.writeToCopy(data, 0, data.length);
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		});
	}

	private RowError unresolved(ResultSet rs, int row) throws SQLException {
		List<RowError.FieldError> errors = new ArrayList<>(2);
		Array missing = rs.getArray("missing");
		for (Object field : (Object[]) missing.getArray()) {
			String name = (String) field;
			String target = name.equals("customer_id") ? "customer" : "event";
			errors.add(new RowError.FieldError(name, "refers to a " + target + " this tenant does not have"));
		}
		long id = rs.getLong("id");
		return new RowError(rs.getLong("line"), (id > 0) ? id : null, errors);
	}

}
