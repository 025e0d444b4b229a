package com.fanbase.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntToLongFunction;

import com.fanbase.jobs.JobInterruptedException;

/**
 * Runs numbered chunks of work on a few threads and reports a watermark: the number of
 * leading chunks that are all done. PostgreSQL runs an {@code INSERT ... SELECT} on one
 * core, so two chunks at once use both; a restart resumes at the watermark and redoes at
 * most the chunks that were in flight, which the upsert makes harmless.
 */
final class ChunkRunner {

	private final int threads;

	ChunkRunner(int threads) {
		this.threads = Math.max(1, threads);
	}

	/**
	 * Runs chunks {@code from} to {@code count - 1}; {@code work} returns units done per
	 * chunk, {@code progress} hears the new watermark and the units done so far after
	 * each chunk.
	 */
	void run(int from, int count, IntToLongFunction work, Progress progress) {
		if (from >= count) {
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.threads, count - from));
		try {
			Watermark watermark = new Watermark(from);
			List<Future<?>> futures = new ArrayList<>();
			for (int chunk = from; chunk < count; chunk++) {
				int index = chunk;
				futures.add(pool.submit(() -> {
					long done = work.applyAsLong(index);
					watermark.completed(index, done, progress);
				}));
			}
			for (Future<?> future : futures) {
				await(future, pool);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(Future<?> future, ExecutorService pool) {
		try {
			future.get();
		}
		catch (InterruptedException ex) {
			pool.shutdownNow();
			throw new JobInterruptedException("Interrupted while awaiting a chunk", ex);
		}
		catch (ExecutionException ex) {
			pool.shutdownNow();
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	interface Progress {

		void advanced(int watermark, long unitsDone);

	}

	private static final class Watermark {

		private final TreeSet<Integer> done = new TreeSet<>();

		private int next;

		private long units;

		Watermark(int from) {
			this.next = from;
		}

		synchronized void completed(int chunk, long units, Progress progress) {
			this.units += units;
			this.done.add(chunk);
			while (this.done.remove(this.next)) {
				this.next++;
			}
			progress.advanced(this.next, this.units);
		}

	}

}
