package com.fanbase.profiles;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkRunnerTests {

	@Test
	void theWatermarkOnlyPassesChunksThatAreAllDone() {
		CountDownLatch firstMayFinish = new CountDownLatch(1);
		List<Integer> watermarks = new CopyOnWriteArrayList<>();

		// Chunk 0 finishes only after chunk 1's completion has been reported, so the
		// order
		// does not depend on thread scheduling.
		new ChunkRunner(2).run(0, 2, (chunk) -> {
			if (chunk == 0) {
				await(firstMayFinish);
			}
			return 10;
		}, (watermark, done) -> {
			watermarks.add(watermark);
			firstMayFinish.countDown();
		});

		assertThat(watermarks).containsExactly(0, 2);
	}

	@Test
	void resumesFromTheGivenChunkAndCountsUnits() {
		List<Long> done = new CopyOnWriteArrayList<>();

		new ChunkRunner(1).run(3, 5, (chunk) -> chunk, (watermark, units) -> done.add(units));

		assertThat(done).containsExactly(3L, 7L);
	}

	@Test
	void aFailingChunkFailsTheRun() {
		assertThatThrownBy(() -> new ChunkRunner(2).run(0, 4, (chunk) -> {
			if (chunk == 2) {
				throw new IllegalStateException("chunk 2 broke");
			}
			return 1;
		}, (watermark, units) -> {
		})).hasMessage("chunk 2 broke");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
