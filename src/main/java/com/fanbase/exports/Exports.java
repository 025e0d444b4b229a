package com.fanbase.exports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.jobs.Job;
import com.fanbase.jobs.Jobs;
import com.fanbase.platforms.Platform;
import com.fanbase.segments.Segment;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.Plan;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * A tenant's exports: define one (a segment to a platform, within the plan's monthly
 * quota), sync it again, read it, delete it with its platform audience.
 */
@Component
public class Exports {

	private final ExportRepository repository;

	private final Jobs jobs;

	private final Segments segments;

	private final Tenants tenants;

	private final JdbcClient jdbc;

	private final ExportFreshness freshness;

	Exports(ExportRepository repository, Jobs jobs, Segments segments, Tenants tenants, JdbcClient jdbc,
			ExportFreshness freshness) {
		this.freshness = freshness;
		this.repository = repository;
		this.jobs = jobs;
		this.segments = segments;
		this.tenants = tenants;
		this.jdbc = jdbc;
	}

	/**
	 * Exports a segment to a platform. The first time, a new definition is made (counted
	 * against the plan); after that, the existing export is synced again with only the
	 * changes.
	 */
	@Transactional
	public Export export(TenantId tenant, Platform platform, long segmentId, String audienceName) {
		this.segments.require(tenant, segmentId);
		Optional<Export> existing = this.repository.findDefinition(tenant, platform, segmentId);
		if (existing.isPresent()) {
			return sync(tenant, existing.get().id(), false);
		}
		Plan plan = this.tenants.require(tenant).plan();
		// Serialises concurrent definitions of one tenant so the quota holds.
		this.jdbc.sql("select id from tenants where id = :tenant for update")
			.param("tenant", tenant.value())
			.query()
			.listOfRows();
		long used = this.repository.createdThisMonth(tenant);
		if (plan.exportsPerMonth() >= 0 && used >= plan.exportsPerMonth()) {
			throw new ExportQuotaExceededException(plan.id(), plan.exportsPerMonth(), used);
		}
		long id = this.repository.insert(tenant, platform, segmentId, audienceName);
		return submit(tenant, id, false);
	}

	/**
	 * Queues a sync of a settled export; {@code full} re-sends every member (expiry
	 * refresh). An export already queued or running is left as it is: its sync will see
	 * the segment as it is then.
	 */
	@Transactional
	public Export sync(TenantId tenant, long id, boolean full) {
		Export export = require(tenant, id);
		ExportState state = export.state();
		if (state instanceof ExportState.Queued || state instanceof ExportState.Running) {
			return export;
		}
		if (!this.repository.transition(tenant, id, state, state.on(new ExportState.Event.Requeued()))) {
			return require(tenant, id);
		}
		return submit(tenant, id, full);
	}

	/**
	 * Submits the export's job again without changing its state (a stranded run resumes).
	 */
	@Transactional
	public Export resubmit(TenantId tenant, long id) {
		return submit(tenant, id, false);
	}

	public Optional<Export> find(TenantId tenant, long id) {
		return this.repository.find(tenant, id);
	}

	public Export require(TenantId tenant, long id) {
		return find(tenant, id).orElseThrow(() -> new ExportNotFoundException(id));
	}

	public List<Export> list(TenantId tenant, String platform, Long segmentId) {
		return this.repository.list(tenant, platform, segmentId);
	}

	/** How fresh the export's audience is (see {@link ExportFreshness}). */
	public ExportFreshness.Freshness freshness(TenantId tenant, Export export) {
		return this.freshness.of(tenant, export);
	}

	private Export submit(TenantId tenant, long id, boolean full) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("export_id", id);
		if (full) {
			params.put("full", true);
		}
		// One job per sync (the type names the export and its sync), so a sync asked for
		// while
		// the previous sync's job is still finishing gets a job of its own. The runner
		// only
		// acts for the job recorded on the export.
		Job job = this.jobs.submit(tenant, ExportRunner.TYPE + ":" + id + ":" + (require(tenant, id).syncs() + 1),
				params);
		Export export = require(tenant, id);
		this.repository.jobQueued(tenant, id, job.id().value(),
				this.segments.find(tenant, export.segmentId()).map(Segment::membersAsOf).orElse(null));
		return require(tenant, id);
	}

}
