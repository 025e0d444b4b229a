package com.fanbase.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Counts the bytes read from a file and draws how far along it is. On a terminal the bar
 * is redrawn in place; elsewhere (logs, CI) a line is printed every tenth.
 */
final class ProgressBar extends FilterInputStream {

	private static final int WIDTH = 30;

	private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();

	private final String label;

	private final long total;

	private final PrintStream out;

	private final boolean terminal;

	private final long started = System.nanoTime();

	private long read;

	private long lastDrawn;

	private int lastTenth = -1;

	ProgressBar(InputStream in, String label, long total, PrintStream out, boolean terminal) {
		super(in);
		this.label = label;
		this.total = Math.max(total, 1);
		this.out = out;
		this.terminal = terminal;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		advance((b >= 0) ? 1 : 0);
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		advance(Math.max(count, 0));
		return count;
	}

	void done() {
		draw(true);
		if (this.terminal) {
			this.out.println();
		}
	}

	private void advance(int count) {
		this.read += count;
		long now = System.nanoTime();
		if (now - this.lastDrawn >= REDRAW_NANOS) {
			this.lastDrawn = now;
			draw(false);
		}
	}

	private void draw(boolean last) {
		double fraction = Math.min(1.0, (double) this.read / this.total);
		int tenth = (int) (fraction * 10);
		if (!this.terminal && tenth == this.lastTenth) {
			return;
		}
		this.lastTenth = tenth;
		int filled = (int) (fraction * WIDTH);
		long seconds = (System.nanoTime() - this.started) / 1_000_000_000L;
		String line = String.format("%s [%s%s] %3d%% %,d / %,d MB  %d:%02d", this.label, "#".repeat(filled),
				".".repeat(WIDTH - filled), (int) (fraction * 100), this.read >> 20, this.total >> 20, seconds / 60,
				seconds % 60);
		if (this.terminal) {
			this.out.print("\r" + line);
		}
		else {
			this.out.println(line);
		}
	}

}
