package com.fanbase.exports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

import com.fanbase.jobs.JobInterruptedException;
import com.fanbase.platforms.Member;

/**
 * Members to send, in customer-id order, read page by page one page ahead on a reader
 * thread (so reading overlaps sending and recording) and cut into full batches. Memory
 * holds at most a few pages, whatever the segment's size.
 */
final class MemberStream {

	private final LongFunction<Chunk> reader;

	private final ExecutorService executor;

	private final ArrayDeque<Member> buffer = new ArrayDeque<>();

	private Future<Chunk> ahead;

	private boolean exhausted;

	private long readCursor;

	private long skipped;

	MemberStream(LongFunction<Chunk> reader, ExecutorService executor, long cursor) {
		this.reader = reader;
		this.executor = executor;
		this.readCursor = cursor;
		this.ahead = executor.submit(() -> reader.apply(cursor));
	}

	boolean hasMore() {
		fill(1);
		return !this.buffer.isEmpty();
	}

	/** The next batch of at most {@code limit} members. */
	List<Member> next(int limit) {
		fill(limit);
		List<Member> batch = new ArrayList<>(Math.min(limit, this.buffer.size()));
		while (batch.size() < limit && !this.buffer.isEmpty()) {
			batch.add(this.buffer.poll());
		}
		return batch;
	}

	/**
	 * Where a restart resumes after this batch: after its last member, or after every id
	 * read once nothing is left.
	 */
	long cursorAfter(List<Member> batch) {
		return (this.buffer.isEmpty() && this.exhausted) ? this.readCursor : batch.get(batch.size() - 1).customerId();
	}

	/** Members without a usable key read since the last call. */
	long takeSkipped() {
		long taken = this.skipped;
		this.skipped = 0;
		return taken;
	}

	long readCursor() {
		return this.readCursor;
	}

	void close() {
		if (this.ahead != null) {
			this.ahead.cancel(true);
		}
	}

	private void fill(int wanted) {
		while (this.buffer.size() < wanted && !this.exhausted) {
			Chunk chunk = join(this.ahead);
			if (chunk.scanned() == 0) {
				this.exhausted = true;
				this.ahead = null;
				return;
			}
			this.buffer.addAll(chunk.members());
			this.skipped += chunk.skipped();
			this.readCursor = chunk.lastId();
			long next = chunk.lastId();
			this.ahead = this.executor.submit(() -> this.reader.apply(next));
		}
	}

	private static Chunk join(Future<Chunk> chunk) {
		try {
			return chunk.get();
		}
		catch (InterruptedException ex) {
			throw new JobInterruptedException("Interrupted while reading members", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * One page read: the members to send from it, the last id it covered, how many ids it
	 * covered and how many members had no usable key.
	 */
	record Chunk(List<Member> members, long lastId, int scanned, long skipped) {
	}

}
