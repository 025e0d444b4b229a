package com.fanbase.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sync's uploads: first everyone who entered (eligible, not yet on the audience),
 * then everyone who left (on the audience, no longer eligible), each as a session of
 * batches. A page is read ahead so the last batch of a session is known as such; each
 * acknowledged batch is recorded with the checkpoint before the next is sent.
 */
final class DeltaUpload {

	private final ExportMembers members;

	private final AudiencePlatform platform;

	private final PlatformContext context;

	private final ExportTarget target;

	private final Consumer<String> checkpoint;

	private RunState state;

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

	RunState run() {
		if (this.state.phase() == Direction.ADD) {
			phase(Direction.ADD);
			this.state = this.state.removing();
			this.members.acknowledge(this.target, Direction.REMOVE, List.of(), this.state);
		}
		phase(Direction.REMOVE);
		return this.state;
	}

	private void phase(Direction direction) {
		UploadSession session = this.platform.open(this.context, direction, this.state.audienceId(),
				this.target.audienceName(), this.state.session());
		int limit = this.platform.limits().of(direction);
		Page current = fetch(direction, this.state.cursor(), limit);
		while (!current.members().isEmpty()) {
			Page next = fetch(direction, current.lastId(), limit);
			int seq = this.state.seq() + 1;
			long rejected = session.send(new Batch(seq, next.members().isEmpty(), current.members()));
			this.state = this.state.acknowledged(current.lastId(), seq, session.state(), session.audienceId(),
					current.members().size(), rejected, current.skipped());
			this.members.acknowledge(this.target, direction, current.members(), this.state);
			this.checkpoint.accept(this.state.format());
			current = next;
		}
		if (current.skipped() > 0) {
			this.state = this.state.acknowledged(current.lastId(), this.state.seq(), this.state.session(), null, 0, 0,
					current.skipped());
			this.members.acknowledge(this.target, direction, List.of(), this.state);
		}
		if (this.state.seq() > 0) {
			session.finish();
		}
	}

	/**
	 * The next members with a usable key after the cursor, at most {@code limit}; pages
	 * of members without any are passed over (and counted as skipped).
	 */
	private Page fetch(Direction direction, long after, int limit) {
		long cursor = after;
		long skipped = 0;
		while (true) {
			List<Member> batch = new ArrayList<>(limit);
			if (direction == Direction.ADD) {
				List<Contact> contacts = this.members.entered(this.target, cursor, limit, this.state.full());
				if (contacts.isEmpty()) {
					return new Page(List.of(), cursor, skipped);
				}
				for (Contact contact : contacts) {
					Member member = this.platform.encode(contact);
					if (member.hasKey()) {
						batch.add(member);
					}
					else {
						skipped++;
					}
				}
				cursor = contacts.get(contacts.size() - 1).customerId();
			}
			else {
				batch.addAll(this.members.left(this.target, cursor, limit));
				if (batch.isEmpty()) {
					return new Page(List.of(), cursor, skipped);
				}
				cursor = batch.get(batch.size() - 1).customerId();
			}
			if (!batch.isEmpty()) {
				return new Page(batch, cursor, skipped);
			}
		}
	}

	private record Page(List<Member> members, long lastId, long skipped) {
	}

}
