package com.fanbase.jobs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Frees, at start, the work held by earlier starts of the service on this host whose
 * process is gone (killed, crashed). db-scheduler would notice them only once their
 * heartbeats are some 30 s old; a replica knows at once that a process of its own host no
 * longer runs, so a restart resumes the interrupted jobs right away. Replicas on other
 * hosts are left to the heartbeats.
 */
@Component
class DeadReplicas {

	private static final Logger log = LoggerFactory.getLogger(DeadReplicas.class);

	private final JdbcClient jdbc;

	private final Replica replica;

	private final Clock clock;

	DeadReplicas(JdbcClient jdbc, Replica replica, Clock clock) {
		this.jdbc = jdbc;
		this.replica = replica;
		this.clock = clock;
	}

	void revive() {
		List<String> dead = this.jdbc
			.sql("select distinct picked_by from scheduled_tasks where picked and picked_by like :host")
			.param("host", this.replica.host() + "/%")
			.query(String.class)
			.list()
			.stream()
			.filter(Replica::gone)
			.toList();
		if (dead.isEmpty()) {
			return;
		}
		int revived = this.jdbc.sql("""
				update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null,
				    execution_time = :now, version = version + 1
				where picked and picked_by in (:dead)
				""").param("now", OffsetDateTime.now(this.clock)).param("dead", dead).update();
		log.info("Resumed {} executions of replicas of this host that are gone: {}", revived, dead);
	}

}
