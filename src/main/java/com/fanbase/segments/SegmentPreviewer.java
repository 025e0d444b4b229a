package com.fanbase.segments;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.segments.rules.CompiledCondition;
import com.fanbase.segments.rules.CriteriaParser;
import com.fanbase.segments.rules.Rule;
import com.fanbase.segments.rules.RuleCompiler;
import com.fanbase.segments.rules.SegmentReferences;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * Evaluates criteria against the tenant's current profiles without saving anything: the
 * count, how many of them can be reached by email and by ads, and a sample.
 */
@Component
public class SegmentPreviewer {

	private static final String FROM = """
			from customer_profiles p join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id
			where p.tenant_id = :tenant and (%s)
			""";

	private static final String COUNTS = """
			select count(*) as count,
			    count(*) filter (where c.email_consent and c.email is not null) as reachable_email,
			    count(*) filter (where c.ads_consent and (c.email is not null or c.phone_e164 is not null))
			        as reachable_ads
			""";

	private static final String SAMPLE = """
			select p.customer_id, c.email, p.total_spent_cents, p.purchase_count, p.engagement_score, p.churn_risk,
			    p.city, p.country
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SegmentPreviewer(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Parses and checks criteria given at {@code pointer} of a request; refuses bad ones
	 * with every problem.
	 */
	public Rule parse(TenantId tenant, JsonNode criteria, String pointer) {
		if (criteria == null || criteria.isMissingNode() || criteria.isNull()) {
			throw new InvalidRequestException(pointer, "is required");
		}
		Rule rule = CriteriaParser.parse(criteria, pointer);
		Map<Long, String> references = SegmentReferences.pointers(rule, pointer);
		if (!references.isEmpty()) {
			Set<Long> known = Set
				.copyOf(this.jdbc.sql("select id from audience_segments where tenant_id = :tenant and id in (:ids)")
					.param("tenant", tenant.value())
					.param("ids", List.copyOf(references.keySet()))
					.query(Long.class)
					.list());
			List<FieldProblem> unknown = references.entrySet()
				.stream()
				.filter((reference) -> !known.contains(reference.getKey()))
				.map((reference) -> new FieldProblem(reference.getValue() + "/value",
						"refers to no segment of this tenant"))
				.toList();
			if (!unknown.isEmpty()) {
				throw new InvalidRequestException(unknown);
			}
		}
		return rule;
	}

	public SegmentPreview preview(TenantId tenant, Rule rule, int sampleSize) {
		Instant asOf = this.clock.instant();
		CompiledCondition condition = RuleCompiler.compile(rule, asOf);
		Map<String, Object> params = new HashMap<>(condition.params());
		params.put("tenant", tenant.value());
		String from = FROM.formatted(condition.sql());
		Map<String, Object> counts = this.jdbc.sql(COUNTS + from).params(params).query().singleRow();
		params.put("sample_size", sampleSize);
		List<Map<String, Object>> sample = this.jdbc
			.sql(SAMPLE + from + " order by p.engagement_score desc, p.customer_id limit :sample_size")
			.params(params)
			.query(JsonRows::map)
			.list();
		return new SegmentPreview(((Number) counts.get("count")).longValue(),
				((Number) counts.get("reachable_email")).longValue(),
				((Number) counts.get("reachable_ads")).longValue(), sample, asOf);
	}

}
