package com.fanbase.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * The name of this running instance of the service, as the jobs record who ran them
 * ({@code picked_by}): host, process id and a per-start suffix, so replicas on one host
 * and successive starts of one replica are told apart.
 */
@Component
public class Replica {

	/** The replicas running in this process (tests run more than one). */
	private static final Set<String> running = ConcurrentHashMap.newKeySet();

	private final String host;

	private final String name;

	public Replica() {
		this.host = localHost();
		this.name = this.host + "/" + ProcessHandle.current().pid() + "/"
				+ HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
		running.add(this.name);
	}

	public String name() {
		return this.name;
	}

	String host() {
		return this.host;
	}

	/**
	 * Whether a replica of this host named so is no longer running: its process is gone,
	 * or it was an earlier start in this very process id (a restarted container often
	 * gets the same one).
	 */
	static boolean gone(String name) {
		String[] parts = name.split("/");
		if (parts.length != 3 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].isEmpty()) {
			return false;
		}
		long pid = Long.parseLong(parts[1]);
		if (pid == ProcessHandle.current().pid()) {
			return !running.contains(name);
		}
		return ProcessHandle.of(pid).map((process) -> !process.isAlive()).orElse(true);
	}

	private static String localHost() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
