package com.fanbase.exports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.fanbase.jobs.JobExecution;
import com.fanbase.jobs.JobHandler;
import com.fanbase.platforms.AudiencePlatform;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformException;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * Runs one sync of an export as a durable job ({@code export:<id>:<sync>}); a job that is
 * not the one recorded on the export does nothing. A queued export starts a fresh sync;
 * an export found running was interrupted, and continues from the checkpoint of its last
 * acknowledged batch, in the same upload session. A platform failure ends the sync
 * (failed, or partially failed once a batch went through) with the platform's message;
 * refused credentials are marked invalid.
 */
@Component
class ExportRunner implements JobHandler {

	static final String TYPE = "export";

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	private final ExportRepository exports;

	private final ExportMembers members;

	private final Platforms platforms;

	private final ExportRequests requests;

	private final Clock clock;

	ExportRunner(ExportRepository exports, ExportMembers members, Platforms platforms, ExportRequests requests,
			Clock clock) {
		this.exports = exports;
		this.members = members;
		this.platforms = platforms;
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(JobExecution execution) {
		long exportId = ((Number) execution.params().get("export_id")).longValue();
		Long current = this.exports.find(execution.tenant(), exportId).map(Export::jobId).orElse(null);
		if (current == null || current != execution.id().value()) {
			return;
		}
		run(execution.tenant(), exportId, Boolean.TRUE.equals(execution.params().get("full")), execution::checkpoint);
	}

	void run(TenantId tenant, long exportId, boolean full, Consumer<String> checkpoint) {
		Export export = this.exports.find(tenant, exportId).orElse(null);
		if (export == null) {
			return;
		}
		Platform platform = this.platforms.require(export.platform());
		RunState state;
		int sync = export.syncs();
		if (export.state() instanceof ExportState.Queued queued) {
			if (!this.exports.transition(tenant, exportId, queued, queued.on(new ExportState.Event.Started()))) {
				return;
			}
			this.exports.startSync(tenant, exportId, this.members.considered(tenant, export.segmentId()),
					this.members.eligible(tenant, export.segmentId(), platform));
			state = RunState.start(export.externalId(), full, export.synced() > 0 || export.syncs() > 0);
			sync++;
		}
		else if (export.state() instanceof ExportState.Running) {
			state = this.exports.runState(tenant, exportId)
				.map(RunState::parse)
				.orElseGet(() -> RunState.start(export.externalId(), false, true));
		}
		else {
			return;
		}
		ExportTarget target = new ExportTarget(tenant, exportId, platform, export.segmentId(), export.audienceName());
		sync(target, state, Math.max(sync, 1), checkpoint);
	}

	private void sync(ExportTarget target, RunState initial, int sync, Consumer<String> checkpoint) {
		TenantId tenant = target.tenant();
		AudiencePlatform adapter = this.platforms.adapter(target.platform());
		RunState state = initial;
		DeltaUpload upload = null;
		try {
			PlatformContext context = this.platforms.context(tenant, target.platform(),
					this.requests.recorder(tenant, target.exportId(), sync));
			if (state.audienceId() == null && state.phase() == Direction.ADD && state.seq() == 0) {
				String created = adapter.createAudience(context, target.audienceName());
				if (created != null) {
					this.exports.externalId(tenant, target.exportId(), created);
					state = state.withAudience(created);
				}
			}
			upload = new DeltaUpload(this.members, adapter, context, target, checkpoint, state);
			long started = System.nanoTime();
			state = upload.run();
			long uploaded = System.nanoTime();
			// before the export reads completed, so whoever waits for that sees them
			// valid
			this.platforms.credentialsWorked(tenant, target.platform());
			Map<String, Object> figures = figures(adapter, context, state.audienceId());
			finish(target, state, figures);
			log.info("Export {} of tenant {} to {}: {} added, {} removed in {} ms ({}); figures and finish {} ms",
					target.exportId(), tenant, target.platform().id(), state.sent(), state.removed(),
					(uploaded - started) / 1_000_000, upload.timings(), (System.nanoTime() - uploaded) / 1_000_000);
		}
		catch (PlatformException ex) {
			RunState reached = (upload != null) ? upload.state() : state;
			if (ex.kind() == PlatformException.Kind.INVALID_CREDENTIALS) {
				this.platforms.credentialsRefused(tenant, target.platform(), ex.getMessage());
			}
			this.exports.finishSync(tenant, target.exportId(), Map.of(), List.of(), null);
			ExportState running = new ExportState.Running();
			this.exports.transition(tenant, target.exportId(), running,
					running.on(new ExportState.Event.Stopped(ex.getMessage(), reached.sent() + reached.removed() > 0)));
			log.info("Export {} of tenant {} to {} stopped: {}", target.exportId(), tenant, target.platform().id(),
					ex.kind());
		}
	}

	private void finish(ExportTarget target, RunState state, Map<String, Object> figures) {
		TenantId tenant = target.tenant();
		long onAudience = this.members.onAudience(target);
		List<String> warnings = new ArrayList<>();
		int minimum = target.platform().minimumAudience();
		if (minimum > 0 && onAudience < minimum) {
			warnings.add("Only " + onAudience + " members are on the audience; " + target.platform().id()
					+ " needs about " + minimum + " before it can be targeted.");
		}
		if (state.skipped() > 0) {
			warnings.add(state.skipped() + " eligible members have no usable email or phone and were not sent.");
		}
		int days = target.platform().retentionDays();
		Instant expires = (days > 0) ? this.clock.instant().plus(Duration.ofDays(days)) : null;
		this.exports.finishSync(tenant, target.exportId(), figures, warnings, expires);
		ExportState running = new ExportState.Running();
		this.exports.transition(tenant, target.exportId(), running,
				running.on(new ExportState.Event.Synced(state.rejected())));
	}

	/** Figures are a bonus: a platform that cannot give them does not fail the sync. */
	private Map<String, Object> figures(AudiencePlatform adapter, PlatformContext context, String audienceId) {
		if (audienceId == null) {
			return Map.of();
		}
		try {
			return adapter.figures(context, audienceId);
		}
		catch (PlatformException ex) {
			return Map.of();
		}
	}

}
