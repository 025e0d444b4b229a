package com.fanbase.exports;

import org.junit.jupiter.api.Test;

import com.fanbase.exports.ExportState.Event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportStateTests {

	@Test
	void runsFromQueuedToASettledStateAndBack() {
		ExportState running = new ExportState.Queued().on(new Event.Started());
		assertThat(running).isEqualTo(new ExportState.Running());
		assertThat(running.on(new Event.Synced(0))).isEqualTo(new ExportState.Completed());
		assertThat(running.on(new Event.Synced(3)).status()).isEqualTo("partially_failed");
		assertThat(running.on(new Event.Stopped("boom", false))).isEqualTo(new ExportState.Failed("boom"));
		assertThat(running.on(new Event.Stopped("boom", true))).isEqualTo(new ExportState.PartiallyFailed("boom"));
		assertThat(new ExportState.Failed("x").on(new Event.Requeued())).isEqualTo(new ExportState.Queued());
		assertThat(running.on(new Event.Requeued())).isEqualTo(running);
	}

	@Test
	void refusesTransitionsThatMakeNoSense() {
		assertThatThrownBy(() -> new ExportState.Completed().on(new Event.Started()))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new ExportState.Queued().on(new Event.Synced(0)))
			.isInstanceOf(IllegalStateException.class);
	}

}
