package com.fanbase.segments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
		Map<String, Long> byEmail = customersByEmail(tenant, batch);
		Map<Long, Line> byId = new LinkedHashMap<>();
		for (Line line : batch) {
			tally.lines++;
			Long id = (line.id() != null) ? line.id()
					: line.isEmail() ? byEmail.get(line.value().toLowerCase(Locale.ROOT)) : null;
			if (id == null) {
				tally.reject(line.number(), line.isEmail() || line.id() != null ? "matches no customer of this tenant"
						: "is neither a customer id nor an email address");
				continue;
			}
			byId.putIfAbsent(id, line);
		}
		if (!byId.isEmpty()) {
			List<Long> unknown = this.members.add(tenant, segmentId, List.copyOf(byId.keySet()));
			tally.added += byId.size() - unknown.size();
			unknown.forEach((id) -> tally.reject(byId.get(id).number(), "matches no customer of this tenant"));
		}
		batch.clear();
	}

	/**
	 * The customers of the batch's email lines, found with one query (lower-cased email
	 * to id).
	 */
	private Map<String, Long> customersByEmail(TenantId tenant, List<Line> batch) {
		String[] emails = batch.stream()
			.filter((line) -> line.id() == null && line.isEmail())
			.map((line) -> line.value().toLowerCase(Locale.ROOT))
			.distinct()
			.toArray(String[]::new);
		Map<String, Long> found = new HashMap<>();
		if (emails.length > 0) {
			this.jdbc.sql("""
					select lower(email) as email, min(id) as id from customers
					where tenant_id = :tenant and lower(email) = any(cast(:emails as text[])) group by 1
					""")
				.param("tenant", tenant.value())
				.param("emails", emails)
				.query((rs, row) -> found.put(rs.getString("email"), rs.getLong("id")))
				.list();
		}
		return found;
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
