package com.fanbase.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.stereotype.Component;

import static com.fanbase.dashboard.DashboardQueries.map;

import com.fanbase.campaigns.stats.CampaignReports;
import com.fanbase.profiles.ProfileSummary;
import com.fanbase.profiles.Profiles;
import com.fanbase.tenants.Plan;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * Puts the dashboard together: profiles (new within 30 days), segments, exports (expiring
 * within 14 days), campaigns (totals of the last 30 days), the top converting events and
 * plan usage. A limit of null is unlimited.
 */
@Component
public class Dashboard {

	static final Duration RECENT = Duration.ofDays(30);

	static final int EXPIRING_DAYS = 14;

	private final Profiles profiles;

	private final CampaignReports campaigns;

	private final Tenants tenants;

	private final DashboardQueries queries;

	private final Clock clock;

	Dashboard(Profiles profiles, CampaignReports campaigns, Tenants tenants, DashboardQueries queries, Clock clock) {
		this.profiles = profiles;
		this.campaigns = campaigns;
		this.tenants = tenants;
		this.queries = queries;
		this.clock = clock;
	}

	public Map<String, Object> of(TenantId tenant) {
		Instant now = this.clock.instant();
		Plan plan = this.tenants.require(tenant).plan();
		long segments = this.queries.segmentCount(tenant);
		Instant month = YearMonth.now(this.clock.withZone(ZoneOffset.UTC))
			.atDay(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		long exportsThisMonth = this.queries.exportsCreatedSince(tenant, month);
		return map("tenant_id", tenant.value(), "as_of", now, "profiles", profiles(tenant, now), "segments",
				map("count", segments, "largest", this.queries.largestSegment(tenant), "last_refresh_failures",
						this.queries.failedRefreshes(tenant)),
				"exports",
				map("by_platform", this.queries.exportsByPlatform(tenant), "expiring_within_14_days",
						this.queries.exportsExpiring(tenant, now, EXPIRING_DAYS)),
				"campaigns", campaigns(tenant, now), "top_events", this.queries.topConvertingEvents(tenant, 5), "plan",
				map("plan", plan.id(), "segments", usage(segments, plan.segments()), "exports_this_month",
						usage(exportsThisMonth, plan.exportsPerMonth())));
	}

	private Map<String, Object> profiles(TenantId tenant, Instant now) {
		ProfileSummary summary = this.profiles.summary(tenant, now.minus(RECENT));
		return map("count", summary.profiles(), "new_in_30_days", summary.newCustomers(), "median_churn_risk",
				this.queries.medianChurnRisk(tenant), "churn_bands", summary.churnBands());
	}

	private Map<String, Object> campaigns(TenantId tenant, Instant now) {
		CampaignReports.Overview overview = this.campaigns.overview(tenant, now.minus(RECENT));
		CampaignReports.Period recent = overview.recent();
		return map("active", overview.active(), "by_status", overview.byStatus(), "last_30_days",
				map("campaigns", recent.campaigns(), "sent", recent.sent(), "opens", recent.opens(), "clicks",
						recent.clicks(), "conversions", recent.conversions(), "revenue_cents", recent.revenueCents(),
						"cost_cents", recent.costCents(), "roas", recent.roas()));
	}

	private static Map<String, Object> usage(long used, int limit) {
		return map("used", used, "limit", (limit >= 0) ? limit : null);
	}

}
