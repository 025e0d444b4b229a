package com.fanbase.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * The name of this running instance of the service, as the jobs record who ran them
 * ({@code picked_by}): host, process id and a per-start suffix, so replicas on one host
 * and successive starts of one replica are told apart.
 */
@Component
public class Replica {

	private final String name;

	public Replica() {
		this.name = host() + "/" + ProcessHandle.current().pid() + "/"
				+ HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
	}

	public String name() {
		return this.name;
	}

	private static String host() {
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
