package com.fanbase.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * A job handler for tests: reports progress, then waits until the test releases it, then
 * succeeds or fails as its parameters say, remembering the checkpoint it found.
 */
@Component
class ControlledJobHandler implements JobHandler {

	static final String TYPE = "test-controlled";

	final Map<Long, CountDownLatch> gates = new ConcurrentHashMap<>();

	final Map<Long, String> checkpointsSeen = new ConcurrentHashMap<>();

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(JobExecution execution) throws Exception {
		execution.checkpoint().ifPresent((value) -> this.checkpointsSeen.put(execution.id().value(), value));
		execution.progress(1, 2L);
		execution.checkpoint("half-way");
		CountDownLatch gate = this.gates.computeIfAbsent(execution.tenant().value(), (tenant) -> new CountDownLatch(1));
		if (!gate.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the test never released the job");
		}
		execution.progress(2, 2L);
		if (Boolean.TRUE.equals(execution.params().get("fail"))) {
			throw new JobFailedException("asked to fail");
		}
	}

	void release(long tenant) {
		this.gates.computeIfAbsent(tenant, (key) -> new CountDownLatch(1)).countDown();
	}

}
