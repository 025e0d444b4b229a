package com.fanbase.exports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.platforms.Contact;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.Platform;
import com.fanbase.tenants.TenantId;

/**
 * Who an export should add and remove, read a page at a time in customer-id order (a
 * keyset cursor, so memory stays bounded whatever the segment's size), and the record of
 * who is on the platform's audience, updated with each acknowledged batch in the same
 * transaction as the run's checkpoint. Each page is a handful of primary-key lookups by
 * id array, so the plans stay right however the tables grow during a run.
 */
@Component
class ExportMembers {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DataSource dataSource;

	ExportMembers(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.dataSource = dataSource;
	}

	long considered(TenantId tenant, long segment) {
		return this.jdbc
			.sql("select count(*) from audience_segment_customers where tenant_id = :tenant and segment_id = :segment")
			.param("tenant", tenant.value())
			.param("segment", segment)
			.query(Long.class)
			.single();
	}

	/** Members with the platform's consent and no suppression. */
	long eligible(TenantId tenant, long segment, Platform platform) {
		return this.jdbc.sql("""
				select count(*) from audience_segment_customers s
				join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
				where s.tenant_id = :tenant and s.segment_id = :segment and %s
				""".formatted(AudienceRule.eligible("c", platform.consentColumn())))
			.param("tenant", tenant.value())
			.param("segment", segment)
			.query(Long.class)
			.single();
	}

	/**
	 * The next page of the segment after the cursor: the eligible members among it who
	 * are not on the audience yet (all eligible ones when {@code full}).
	 */
	Scan<Contact> entered(ExportTarget target, long after, int limit, boolean checkSynced) {
		Long[] ids = this.jdbc.sql("""
				select customer_id from audience_segment_customers
				where tenant_id = :tenant and segment_id = :segment and customer_id > :after
				order by customer_id limit :limit
				""")
			.param("tenant", target.tenant().value())
			.param("segment", target.segmentId())
			.param("after", after)
			.param("limit", limit)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		if (ids.length == 0) {
			return new Scan<>(List.of(), after, 0);
		}
		Set<Long> excluded = new HashSet<>();
		if (checkSynced) {
			excluded.addAll(ids("""
					select customer_id from audience_export_members
					where tenant_id = :tenant and export_id = :export and customer_id = any(cast(:ids as bigint[]))
					""", target, ids));
		}
		List<Contact> wanted = new ArrayList<>();
		this.jdbc.sql("""
				select c.id, c.email, c.phone, c.phone_e164, c.country, c.first_name, c.last_name from customers c
				where c.tenant_id = :tenant and c.id = any(cast(:ids as bigint[])) and %s order by c.id
				""".formatted(AudienceRule.eligible("c", target.platform().consentColumn())))
			.param("tenant", target.tenant().value())
			.param("ids", ids)
			.query((rs, row) -> new Contact(rs.getLong("id"), rs.getString("email"), rs.getString("phone"),
					rs.getString("phone_e164"), rs.getString("country"), rs.getString("first_name"),
					rs.getString("last_name")))
			.list()
			.forEach((contact) -> {
				if (!excluded.contains(contact.customerId())) {
					wanted.add(contact);
				}
			});
		return new Scan<>(wanted, ids[ids.length - 1], ids.length);
	}

	/**
	 * The next page of the audience after the cursor: those no longer eligible (left the
	 * segment, withdrew consent, suppressed or gone).
	 */
	Scan<Member> left(ExportTarget target, long after, int limit) {
		Map<Long, Member> page = new HashMap<>();
		List<Long> order = new ArrayList<>();
		this.jdbc.sql("""
				select customer_id, email_key, phone_key from audience_export_members
				where tenant_id = :tenant and export_id = :export and customer_id > :after
				order by customer_id limit :limit
				""")
			.param("tenant", target.tenant().value())
			.param("export", target.exportId())
			.param("after", after)
			.param("limit", limit)
			.query((rs, row) -> new Member(rs.getLong("customer_id"), rs.getString("email_key"),
					rs.getString("phone_key"), null, null))
			.list()
			.forEach((member) -> {
				page.put(member.customerId(), member);
				order.add(member.customerId());
			});
		if (order.isEmpty()) {
			return new Scan<>(List.of(), after, 0);
		}
		Long[] ids = order.toArray(Long[]::new);
		Set<Long> staying = ids("""
				select s.customer_id from audience_segment_customers s
				join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
				where s.tenant_id = :tenant and s.segment_id = :segment and s.customer_id = any(cast(:ids as bigint[]))
				  and %s
				""".formatted(AudienceRule.eligible("c", target.platform().consentColumn())), target, ids);
		List<Member> leaving = new ArrayList<>();
		for (Long id : order) {
			if (!staying.contains(id)) {
				leaving.add(page.get(id));
			}
		}
		return new Scan<>(leaving, ids[ids.length - 1], ids.length);
	}

	private Set<Long> ids(String sql, ExportTarget target, Long[] ids) {
		var spec = this.jdbc.sql(sql).param("tenant", target.tenant().value()).param("ids", ids);
		if (sql.contains(":export")) {
			spec = spec.param("export", target.exportId());
		}
		if (sql.contains(":segment")) {
			spec = spec.param("segment", target.segmentId());
		}
		return new HashSet<>(spec.query(Long.class).list());
	}

	long onAudience(ExportTarget target) {
		return this.jdbc
			.sql("select count(*) from audience_export_members where tenant_id = :tenant and export_id = :export")
			.param("tenant", target.tenant().value())
			.param("export", target.exportId())
			.query(Long.class)
			.single();
	}

	/**
	 * Records an acknowledged batch: who is now on the audience, the run's new checkpoint
	 * and counters, all or nothing.
	 */
	void acknowledge(ExportTarget target, Direction direction, List<Member> members, RunState state) {
		this.transactions.executeWithoutResult((status) -> {
			if (!members.isEmpty()) {
				if (direction == Direction.ADD && !state.full()) {
					copy(target, members);
				}
				else if (direction == Direction.ADD) {
					add(target, members);
				}
				else {
					remove(target, members);
				}
			}
			this.jdbc.sql("""
					update audience_exports set run_state = cast(:state as jsonb), members_sent = :sent,
					    members_removed = :removed, members_rejected = :rejected, members_skipped = :skipped,
					    external_id = coalesce(:external, external_id)
					where tenant_id = :tenant and id = :export
					""")
				.param("tenant", target.tenant().value())
				.param("export", target.exportId())
				.param("state", state.format())
				.param("sent", state.sent())
				.param("removed", state.removed())
				.param("rejected", state.rejected())
				.param("skipped", state.skipped())
				.param("external", state.audienceId())
				.update();
		});
	}

	/**
	 * New members (a delta sync never adds anyone already there) go in with {@code COPY},
	 * on the transaction's connection.
	 */
	private void copy(ExportTarget target, List<Member> members) {
		StringBuilder rows = new StringBuilder(members.size() * 160);
		String prefix = target.tenant().value() + "\t" + target.exportId() + "\t";
		for (Member member : members) {
			rows.append(prefix).append(member.customerId()).append('\t');
			field(rows, member.emailKey()).append('\t');
			field(rows, member.phoneKey()).append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy audience_export_members (tenant_id, export_id, customer_id, email_key, phone_key) from stdin",
						new StringReader(rows.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not record the acknowledged members", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static StringBuilder field(StringBuilder rows, String value) {
		if (value == null) {
			return rows.append("\\N");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> rows.append("\\\\");
				case '\t' -> rows.append("\\t");
				case '\n' -> rows.append("\\n");
				case '\r' -> rows.append("\\r");
				default -> rows.append(c);
			}
		}
		return rows;
	}

	private void add(ExportTarget target, List<Member> members) {
		Long[] ids = new Long[members.size()];
		String[] emails = new String[members.size()];
		String[] phones = new String[members.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = members.get(i).customerId();
			emails[i] = members.get(i).emailKey();
			phones[i] = members.get(i).phoneKey();
		}
		this.jdbc
			.sql("""
					insert into audience_export_members (tenant_id, export_id, customer_id, email_key, phone_key)
					select :tenant, :export, u.id, u.email, u.phone
					from unnest(cast(:ids as bigint[]), cast(:emails as text[]), cast(:phones as text[])) as u(id, email, phone)
					on conflict (tenant_id, export_id, customer_id) do update set email_key = excluded.email_key,
					    phone_key = excluded.phone_key
					""")
			.param("tenant", target.tenant().value())
			.param("export", target.exportId())
			.param("ids", ids)
			.param("emails", emails)
			.param("phones", phones)
			.update();
	}

	private void remove(ExportTarget target, List<Member> members) {
		this.jdbc.sql("""
				delete from audience_export_members
				where tenant_id = :tenant and export_id = :export and customer_id = any(cast(:ids as bigint[]))
				""")
			.param("tenant", target.tenant().value())
			.param("export", target.exportId())
			.param("ids", members.stream().map(Member::customerId).toArray(Long[]::new))
			.update();
	}

	/**
	 * A page: the members wanted from it, the last id it covered (the next cursor) and
	 * how many ids it covered.
	 */
	record Scan<T>(List<T> items, long lastId, int scanned) {
	}

}
