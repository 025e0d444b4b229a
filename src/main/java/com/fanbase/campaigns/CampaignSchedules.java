package com.fanbase.campaigns;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.jobs.OrphanedWork;
import com.fanbase.tenants.TenantId;

/**
 * Every minute ({@code processScheduledCampaigns}): launch the scheduled campaigns that
 * are due (each claimed by a conditional update, so once across replicas); turn ad
 * channels active once their export has settled; complete email campaigns whose
 * attribution window has passed and ad campaigns past their {@code ends_at}; and resume
 * launches whose job died.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CampaignsProperties.class)
class CampaignSchedules {

	private static final Logger log = LoggerFactory.getLogger(CampaignSchedules.class);

	private static final String DUE = """
			select tenant_id, id from audience_campaigns where status = 'scheduled' and scheduled_at <= :now
			order by scheduled_at limit 200
			""";

	private static final String COMPLETE_SENT = """
			update audience_campaigns c set status = 'completed', completed_at = :now, updated_at = :now
			where c.status = 'sent' and c.sent_at + make_interval(days => coalesce((select s.attribution_days
			    from campaign_settings s where s.tenant_id = c.tenant_id), 7)) < :now
			""";

	private static final String COMPLETE_ACTIVE = """
			update audience_campaigns c set status = 'completed', completed_at = :now, updated_at = :now
			where c.status = 'active' and c.settings ->> 'ends_at' is not null
			  and cast(c.settings ->> 'ends_at' as timestamptz) < :now
			""";

	private static final String ORPHANED = """
			select c.tenant_id, c.id from audience_campaigns c
			where c.status = 'sending' and LEFT_BEHIND
			  and exists (select 1 from audience_campaign_channels ch where ch.tenant_id = c.tenant_id
			      and ch.campaign_id = c.id and ch.status not in ('exporting', 'active', 'sent'))
			limit 200
			""".replace("LEFT_BEHIND", OrphanedWork.leftBehind("c.tenant_id", "c.job_id", "c.updated_at", ":now"));

	private final JdbcClient jdbc;

	private final CampaignLauncher launcher;

	private final AdChannels ads;

	private final Clock clock;

	CampaignSchedules(JdbcClient jdbc, CampaignLauncher launcher, AdChannels ads, Clock clock) {
		this.jdbc = jdbc;
		this.launcher = launcher;
		this.ads = ads;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> processScheduledCampaigns(CampaignsProperties properties) {
		return Tasks.recurring("processScheduledCampaigns", FixedDelay.of(properties.scheduleInterval()))
			.execute((instance, context) -> {
				launchDue();
				this.ads.checkExports();
				complete();
				resumeOrphaned();
			});
	}

	/** Launches the due scheduled campaigns; answers how many this call launched. */
	int launchDue() {
		int launched = 0;
		for (long[] row : ids(DUE)) {
			try {
				launched += this.launcher.launchDue(TenantId.of(row[0]), row[1]) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.error("Could not launch scheduled campaign {} of tenant {}", row[1], row[0], ex);
			}
		}
		return launched;
	}

	/** Completes campaigns whose time is over; answers how many. */
	int complete() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql(COMPLETE_SENT).param("now", now).update()
				+ this.jdbc.sql(COMPLETE_ACTIVE).param("now", now).update();
	}

	int resumeOrphaned() {
		List<long[]> due = ids(ORPHANED);
		due.forEach((row) -> this.launcher.resubmit(TenantId.of(row[0]), row[1]));
		return due.size();
	}

	private List<long[]> ids(String sql) {
		return this.jdbc.sql(sql)
			.param("now", OffsetDateTime.now(this.clock))
			.query((rs, row) -> new long[] { rs.getLong("tenant_id"), rs.getLong("id") })
			.list();
	}

}
