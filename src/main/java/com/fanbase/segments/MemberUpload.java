package com.fanbase.segments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Adds members to a static segment from a CSV of customer ids or emails, one per line in
 * the first column (a header line such as {@code customer_id} or {@code email} is
 * skipped). Lines are resolved in batches, so memory stays bounded; lines that are
 * neither, or that match no customer of the tenant, are reported with their line number
 * and the rest are added.
 */
@Component
public class MemberUpload {

	static final int BATCH = 5_000;

	static final int MAX_REPORTED = 1_000;

	private final JdbcClient jdbc;

	private final SegmentMembers members;

	MemberUpload(JdbcClient jdbc, SegmentMembers members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/** What an upload did. */
	public record Result(long lines, long added, long rejected, List<Map<String, Object>> errors) {
	}

	public Result upload(TenantId tenant, long segmentId, InputStream csv) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		Tally tally = new Tally();
		List<Line> batch = new ArrayList<>(BATCH);
		long number = 0;
		for (String text = reader.readLine(); text != null; text = reader.readLine()) {
			number++;
			String value = firstColumn(text);
			if (value.isEmpty() || (number == 1 && isHeader(value))) {
				continue;
			}
			batch.add(new Line(number, value));
			if (batch.size() == BATCH) {
				resolve(tenant, segmentId, batch, tally);
			}
		}
		resolve(tenant, segmentId, batch, tally);
		return new Result(tally.lines, tally.added, tally.rejected, tally.errors);
	}

	private void resolve(TenantId tenant, long segmentId, List<Line> batch, Tally tally) {
		List<Long> ids = new ArrayList<>();
		for (Line line : batch) {
			tally.lines++;
			Long id = line.id();
			if (id == null && !line.isEmail()) {
				tally.reject(line.number(), "is neither a customer id nor an email address");
				continue;
			}
			Long found = (id != null) ? id : customerByEmail(tenant, line.value());
			if (found == null) {
				tally.reject(line.number(), "matches no customer of this tenant");
				continue;
			}
			ids.add(found);
		}
		if (!ids.isEmpty()) {
			List<Long> unknown = this.members.add(tenant, segmentId, ids);
			tally.added += ids.size() - unknown.size();
			for (Line line : batch) {
				if (line.id() != null && unknown.contains(line.id())) {
					tally.reject(line.number(), "matches no customer of this tenant");
				}
			}
		}
		batch.clear();
	}

	private Long customerByEmail(TenantId tenant, String email) {
		return this.jdbc.sql("select min(id) from customers where tenant_id = :tenant and lower(email) = :email")
			.param("tenant", tenant.value())
			.param("email", email.toLowerCase(Locale.ROOT))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private static String firstColumn(String text) {
		int comma = text.indexOf(',');
		String first = (comma >= 0) ? text.substring(0, comma) : text;
		return first.strip().replace("\"", "");
	}

	private static boolean isHeader(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.equals("customer_id") || lower.equals("id") || lower.equals("email");
	}

	private record Line(long number, String value) {

		Long id() {
			if (this.value.isEmpty() || this.value.length() > 18) {
				return null;
			}
			for (int i = 0; i < this.value.length(); i++) {
				if (!Character.isDigit(this.value.charAt(i))) {
					return null;
				}
			}
			long id = Long.parseLong(this.value);
			return (id > 0) ? id : null;
		}

		boolean isEmail() {
			int at = this.value.indexOf('@');
			return at > 0 && this.value.indexOf('.', at) > at + 1;
		}

	}

	private static final class Tally {

		private final List<Map<String, Object>> errors = new ArrayList<>();

		private long lines;

		private long added;

		private long rejected;

		void reject(long line, String message) {
			this.rejected++;
			if (this.errors.size() < MAX_REPORTED) {
				this.errors.add(Map.of("line", line, "message", message));
			}
		}

	}

}
