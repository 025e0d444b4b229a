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

	private static final String COUNTS = """
			select count(*) as count, count(*) filter (where p.email_consent and p.has_email) as reachable_email,
			    count(*) filter (where p.ads_consent and (p.has_email or p.has_phone)) as reachable_ads
			from profile_facts p where p.tenant_id = :tenant and (%s)
			""";

	/** The most engaged matches, found along the engagement index without a sort. */
	private static final String SAMPLE = """
			select w.customer_id, c.email, w.total_spent_cents, w.purchase_count, w.engagement_score, w.churn_risk,
			    w.city, w.country
			from (select p.customer_id, p.engagement_score from profile_facts p where p.tenant_id = :tenant and (%s)
			    order by p.engagement_score desc, p.customer_id limit :sample_size) m
			join customer_profiles w on w.tenant_id = :tenant and w.customer_id = m.customer_id
			join customers c on c.tenant_id = :tenant and c.id = m.customer_id
			order by m.engagement_score desc, m.customer_id
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
		Map<String, Object> counts = this.jdbc.sql(COUNTS.formatted(condition.sql()))
			.params(params)
			.query()
			.singleRow();
		params.put("sample_size", sampleSize);
		List<Map<String, Object>> sample = this.jdbc.sql(SAMPLE.formatted(condition.sql()))
			.params(params)
			.query(JsonRows::map)
			.list();
		return new SegmentPreview(((Number) counts.get("count")).longValue(),
				((Number) counts.get("reachable_email")).longValue(),
				((Number) counts.get("reachable_ads")).longValue(), sample, asOf);
	}

}
