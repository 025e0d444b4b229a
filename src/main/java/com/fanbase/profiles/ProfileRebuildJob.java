package com.fanbase.profiles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.fanbase.jobs.JobExecution;
import com.fanbase.jobs.JobHandler;
import com.fanbase.tenants.TenantId;

/**
 * Rebuilds every profile of a tenant as of a time, chunk by chunk, then refits the model
 * and scores every buyer. The checkpoint holds the observation time and the next chunk,
 * so a restarted job carries on where it stopped, with the same {@code as_of}.
 */
@Component
class ProfileRebuildJob implements JobHandler {

	static final String TYPE = "profile-rebuild";

	private static final Logger log = LoggerFactory.getLogger(ProfileRebuildJob.class);

	private final ProfileBuilder builder;

	private final ProfileModeler modeler;

	private final ProfileScorer scorer;

	private final ProfileFactsWriter facts;

	private final Clock clock;

	private final int chunk;

	private final ChunkRunner chunks;

	private final ApplicationEventPublisher events;

	ProfileRebuildJob(ProfileParts parts, Clock clock, @Value("${fanbase.profiles.rebuild-chunk:25000}") int chunk,
			@Value("${fanbase.profiles.rebuild-threads:2}") int threads, ApplicationEventPublisher events) {
		this.builder = parts.builder();
		this.modeler = parts.modeler();
		this.scorer = parts.scorer();
		this.facts = parts.facts();
		this.clock = clock;
		this.chunk = chunk;
		this.chunks = new ChunkRunner(threads);
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(JobExecution execution) {
		long started = System.nanoTime();
		TenantId tenant = execution.tenant();
		Checkpoint checkpoint = execution.checkpoint()
			.map(Checkpoint::parse)
			.orElseGet(() -> new Checkpoint(asOf(execution), 0));
		Instant asOf = checkpoint.asOf();
		this.builder.refreshStatistics();
		double spendReference = this.builder.spendReference(tenant, asOf);
		List<Long> starts = this.builder.chunkStarts(tenant, this.chunk);
		long total = this.builder.customerCount(tenant);
		// a resumed rebuild shows where it resumes, not nothing until its first chunk is
		// done
		execution.progress(position(checkpoint.nextChunk(), total), total);
		this.chunks.run(checkpoint.nextChunk(), starts.size(), (index) -> this.builder.buildRange(tenant, asOf,
				spendReference, starts.get(index), upperBound(starts, index)), (watermark, done) -> {
					execution.checkpoint(new Checkpoint(asOf, watermark).format());
					execution.progress(position(watermark, total), total);
				});
		long built = System.nanoTime();
		TenantModel model = this.modeler.fit(tenant, asOf, spendReference);
		long fitted = System.nanoTime();
		AtomicLong scored = new AtomicLong();
		this.chunks.run(0, starts.size(),
				(index) -> this.scorer.scoreRange(tenant, model, starts.get(index), upperBound(starts, index)),
				(watermark, done) -> scored.set(done));
		long scoredAt = System.nanoTime();
		this.facts.vacuum();
		execution.progress(total, total);
		this.events.publishEvent(new ProfilesRebuilt(tenant, asOf));
		log.info(
				"Rebuilt {} profiles of tenant {} as of {}: built in {} ms, {} fitted in {} ms, {} scored in {} ms, facts vacuumed in {} ms",
				total, tenant, asOf, (built - started) / 1_000_000, model.name(), (fitted - built) / 1_000_000,
				scored.get(), (scoredAt - fitted) / 1_000_000, (System.nanoTime() - scoredAt) / 1_000_000);
	}

	/**
	 * The customers before a chunk: the progress a resumed attempt starts from. (What a
	 * chunk's statement reports is the facts it changed, which an unchanged profile does
	 * not.)
	 */
	private long position(int chunkIndex, long total) {
		return Math.min(total, (long) chunkIndex * this.chunk);
	}

	/** The first id after chunk {@code index}. */
	private static long upperBound(List<Long> starts, int index) {
		return (index + 1 < starts.size()) ? starts.get(index + 1) : Long.MAX_VALUE;
	}

	private Instant asOf(JobExecution execution) {
		Object asOf = execution.params().get("as_of");
		return (asOf != null) ? Instant.parse(asOf.toString()) : this.clock.instant();
	}

	record Checkpoint(Instant asOf, int nextChunk) {

		static Checkpoint parse(String text) {
			int bar = text.indexOf('|');
			return new Checkpoint(Instant.parse(text.substring(0, bar)), Integer.parseInt(text.substring(bar + 1)));
		}

		String format() {
			return this.asOf + "|" + this.nextChunk;
		}

	}

}
