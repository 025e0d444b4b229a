package com.fanbase.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what an action prints to standard output: how the service shows its one-time
 * secrets (the generated operator key, the demo key).
 */
public final class StandardOut {

	private StandardOut() {
	}

	public static String capture(Runnable action) {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setOut(original);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
