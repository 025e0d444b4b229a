package com.fanbase.exports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.tenants.TenantId;

/**
 * Who an export should add and remove, read a page at a time in customer-id order (a
 * keyset cursor, so memory stays bounded whatever the segment's size), and the record of
 * who is on the platform's audience, updated with each acknowledged batch in the same
 * transaction as the run's checkpoint.
 */
@Component
class ExportMembers {

	/**
	 * Members with the platform's consent and no suppression. {@code %s}: consent column.
	 */
	private static final String ELIGIBLE = """
			from audience_segment_customers s join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
			where s.tenant_id = :tenant and s.segment_id = :segment and c.%s
			  and not exists (select 1 from customer_suppressions x
			      where x.tenant_id = s.tenant_id and x.customer_id = s.customer_id)
			""";

	private static final String ENTERED = """
			select c.id, c.email, c.phone, c.phone_e164, c.country, c.first_name, c.last_name
			""" + ELIGIBLE + """
			  and s.customer_id > :after
			  and (:full or not exists (select 1 from audience_export_members m
			      where m.tenant_id = s.tenant_id and m.export_id = :export and m.customer_id = s.customer_id))
			order by s.customer_id limit :limit
			""";

	private static final String LEFT = """
			select m.customer_id, m.email_key, m.phone_key from audience_export_members m
			where m.tenant_id = :tenant and m.export_id = :export and m.customer_id > :after
			  and not exists (select 1 %s and s.customer_id = m.customer_id)
			order by m.customer_id limit :limit
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ExportMembers(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	long considered(TenantId tenant, long segment) {
		return this.jdbc
			.sql("select count(*) from audience_segment_customers where tenant_id = :tenant and segment_id = :segment")
			.param("tenant", tenant.value())
			.param("segment", segment)
			.query(Long.class)
			.single();
	}

	long eligible(TenantId tenant, long segment, Platform platform) {
		return this.jdbc.sql("select count(*) " + ELIGIBLE.formatted(platform.consentColumn()))
			.param("tenant", tenant.value())
			.param("segment", segment)
			.query(Long.class)
			.single();
	}

	List<Contact> entered(ExportTarget target, long after, int limit, boolean full) {
		return this.jdbc.sql(ENTERED.formatted(target.platform().consentColumn()))
			.param("tenant", target.tenant().value())
			.param("segment", target.segmentId())
			.param("export", target.exportId())
			.param("after", after)
			.param("limit", limit)
			.param("full", full)
			.query((rs, row) -> new Contact(rs.getLong("id"), rs.getString("email"), rs.getString("phone"),
					rs.getString("phone_e164"), rs.getString("country"), rs.getString("first_name"),
					rs.getString("last_name")))
			.list();
	}

	List<Member> left(ExportTarget target, long after, int limit) {
		return this.jdbc.sql(LEFT.formatted(ELIGIBLE.formatted(target.platform().consentColumn())))
			.param("tenant", target.tenant().value())
			.param("segment", target.segmentId())
			.param("export", target.exportId())
			.param("after", after)
			.param("limit", limit)
			.query((rs, row) -> new Member(rs.getLong("customer_id"), rs.getString("email_key"),
					rs.getString("phone_key"), null, null))
			.list();
	}

	/**
	 * Records an acknowledged batch: who is now on the audience, the run's new checkpoint
	 * and counters, all or nothing.
	 */
	void acknowledge(ExportTarget target, Direction direction, List<Member> members, RunState state) {
		this.transactions.executeWithoutResult((status) -> {
			if (!members.isEmpty()) {
				if (direction == Direction.ADD) {
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

	long onAudience(ExportTarget target) {
		return this.jdbc
			.sql("select count(*) from audience_export_members where tenant_id = :tenant and export_id = :export")
			.param("tenant", target.tenant().value())
			.param("export", target.exportId())
			.query(Long.class)
			.single();
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

}
