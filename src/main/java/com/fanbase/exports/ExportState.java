package com.fanbase.exports;

/**
 * Where an export stands. It is queued when defined or asked to sync again, running while
 * a job sends it, and then completed, partially failed (some batches or members went
 * through, then the platform refused or failed) or failed. {@link #on} is the whole state
 * machine: a transition it does not list is a bug, not a state.
 */
public sealed interface ExportState {

	String status();

	record Queued() implements ExportState {
		@Override
		public String status() {
			return "queued";
		}
	}

	record Running() implements ExportState {
		@Override
		public String status() {
			return "running";
		}
	}

	record Completed() implements ExportState {
		@Override
		public String status() {
			return "completed";
		}
	}

	record PartiallyFailed(String error) implements ExportState {
		@Override
		public String status() {
			return "partially_failed";
		}
	}

	record Failed(String error) implements ExportState {
		@Override
		public String status() {
			return "failed";
		}
	}

	/** What happens to an export. */
	sealed interface Event {

		/** A job picked the export up. */
		record Started() implements Event {
		}

		/** Every batch was acknowledged; {@code rejected} members were refused. */
		record Synced(long rejected) implements Event {
		}

		/** The run stopped for good; {@code progressed} if any batch was acknowledged. */
		record Stopped(String error, boolean progressed) implements Event {
		}

		/** A new sync was asked for (a repeated export, a refresh, a segment change). */
		record Requeued() implements Event {
		}

	}

	default ExportState on(Event event) {
		return switch (this) {
			case Queued queued -> switch (event) {
				case Event.Started started -> new Running();
				case Event.Requeued requeued -> this;
				case Event.Synced synced -> illegal(event);
				case Event.Stopped stopped -> stopped(stopped);
			};
			case Running running -> switch (event) {
				case Event.Started started -> this;
				case Event.Synced synced -> (synced.rejected() > 0)
						? new PartiallyFailed(synced.rejected() + " members were refused by the platform")
						: new Completed();
				case Event.Stopped stopped -> stopped(stopped);
				case Event.Requeued requeued -> this;
			};
			case Completed completed -> settled(event);
			case PartiallyFailed partial -> settled(event);
			case Failed failed -> settled(event);
		};
	}

	static ExportState of(String status, String error) {
		return switch (status) {
			case "queued" -> new Queued();
			case "running" -> new Running();
			case "completed" -> new Completed();
			case "partially_failed" -> new PartiallyFailed(error);
			case "failed" -> new Failed(error);
			default -> throw new IllegalArgumentException("Unknown export status " + status);
		};
	}

	private ExportState settled(Event event) {
		return switch (event) {
			case Event.Requeued requeued -> new Queued();
			case Event.Started started -> illegal(event);
			case Event.Synced synced -> illegal(event);
			case Event.Stopped stopped -> illegal(event);
		};
	}

	private static ExportState stopped(Event.Stopped stopped) {
		return stopped.progressed() ? new PartiallyFailed(stopped.error()) : new Failed(stopped.error());
	}

	private ExportState illegal(Event event) {
		throw new IllegalStateException("An export that is " + status() + " cannot take " + event);
	}

}
