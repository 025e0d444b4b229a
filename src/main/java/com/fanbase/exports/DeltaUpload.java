package com.fanbase.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.fanbase.platforms.AudiencePlatform;
import com.fanbase.platforms.Batch;
import com.fanbase.platforms.Contact;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.UploadSession;

/**
 * One sync's uploads: first everyone who entered (eligible, not yet on the audience),
 * then everyone who left (on the audience, no longer eligible), each as a session of
 * batches. Each acknowledged batch is recorded with the checkpoint before the next is
 * sent.
 */
final class DeltaUpload {

	/** Ids read per page at least (more when a platform's batches are bigger). */
	static final int PAGE = 10_000;

	private final ExportMembers members;

	private final AudiencePlatform platform;

	private final PlatformContext context;

	private final ExportTarget target;

	private final Consumer<String> checkpoint;

	private RunState state;

	/**
	 * Nanoseconds spent waiting for members, in platform calls, and recording
	 * acknowledgements.
	 */
	private final long[] nanos = new long[3];

	DeltaUpload(ExportMembers members, AudiencePlatform platform, PlatformContext context, ExportTarget target,
			Consumer<String> checkpoint, RunState state) {
		this.members = members;
		this.platform = platform;
		this.context = context;
		this.target = target;
		this.checkpoint = checkpoint;
		this.state = state;
	}

	/** The state so far, also when a platform call failed midway. */
	RunState state() {
		return this.state;
	}

	String timings() {
		return "waiting for members " + this.nanos[0] / 1_000_000 + " ms, platform " + this.nanos[1] / 1_000_000
				+ " ms, recording " + this.nanos[2] / 1_000_000 + " ms";
	}

	RunState run() {
		try (ExecutorService reader = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory())) {
			if (this.state.phase() == Direction.ADD) {
				phase(Direction.ADD, reader);
				this.state = this.state.removing();
				this.members.acknowledge(this.target, Direction.REMOVE, List.of(), this.state);
			}
			if (this.state.hadMembers()) {
				phase(Direction.REMOVE, reader);
			}
		}
		return this.state;
	}

	/**
	 * Sends a phase's batches in order, each recorded with its checkpoint before the next
	 * is sent; the stream reads ahead so the last batch is known as such.
	 */
	private void phase(Direction direction, ExecutorService reader) {
		UploadSession session = this.platform.open(this.context, direction, this.state.audienceId(),
				this.target.audienceName(), this.state.session());
		int limit = this.platform.limits().of(direction);
		int page = Math.max(limit, PAGE);
		MemberStream stream = new MemberStream((after) -> read(direction, after, page), reader, this.state.cursor());
		try {
			long started = System.nanoTime();
			while (stream.hasMore()) {
				List<Member> batch = stream.next(limit);
				boolean last = !stream.hasMore();
				int seq = this.state.seq() + 1;
				long sending = System.nanoTime();
				this.nanos[0] += sending - started;
				long rejected = session.send(new Batch(seq, last, batch));
				long sent = System.nanoTime();
				this.nanos[1] += sent - sending;
				this.state = this.state.acknowledged(stream.cursorAfter(batch), seq, session.state(),
						session.audienceId(), batch.size(), rejected, stream.takeSkipped());
				this.members.acknowledge(this.target, direction, batch, this.state);
				this.checkpoint.accept(this.state.format());
				started = System.nanoTime();
				this.nanos[2] += started - sent;
			}
			long skipped = stream.takeSkipped();
			if (skipped > 0) {
				this.state = this.state.acknowledged(stream.readCursor(), this.state.seq(), this.state.session(), null,
						0, 0, skipped);
				this.members.acknowledge(this.target, direction, List.of(), this.state);
			}
		}
		finally {
			stream.close();
		}
		if (this.state.seq() > 0) {
			session.finish();
		}
	}

	/** One page of ids after the cursor: the members to send from it, encoded. */
	private MemberStream.Chunk read(Direction direction, long after, int page) {
		if (direction == Direction.REMOVE) {
			ExportMembers.Scan<Member> scan = this.members.left(this.target, after, page);
			return new MemberStream.Chunk(scan.items(), scan.lastId(), scan.scanned(), 0);
		}
		ExportMembers.Scan<Contact> scan = this.members.entered(this.target, after, page,
				this.state.hadMembers() && !this.state.full());
		List<Member> encoded = new ArrayList<>(scan.items().size());
		long skipped = 0;
		for (Contact contact : scan.items()) {
			Member member = this.platform.encode(contact);
			if (member.hasKey()) {
				encoded.add(member);
			}
			else {
				skipped++;
			}
		}
		return new MemberStream.Chunk(encoded, scan.lastId(), scan.scanned(), skipped);
	}

}
