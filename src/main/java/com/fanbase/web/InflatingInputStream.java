package com.fanbase.web;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import jakarta.servlet.ServletRequest;

/**
 * A gzip request body, inflated as it is read, within two limits: the total inflated
 * size, and the ratio of inflated to compressed bytes once the first
 * {@value #RATIO_GRACE} bytes are out (a gzip bomb inflates a thousandfold; real NDJSON
 * or CSV some ten times). Bytes that are not gzip, or a stream cut off mid-member, raise
 * a {@link BodyStreamException} too.
 */
final class InflatingInputStream extends InputStream {

	static final long RATIO_GRACE = 1 << 20;

	private final Counting compressed;

	private final ServletRequest request;

	private final long maxInflated;

	private final int maxRatio;

	private GZIPInputStream gzip;

	private long inflated;

	InflatingInputStream(InputStream body, ServletRequest request, long maxInflated, int maxRatio) {
		this.compressed = new Counting(body);
		this.request = request;
		this.maxInflated = maxInflated;
		this.maxRatio = maxRatio;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n < 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n;
		try {
			if (this.gzip == null) {
				this.gzip = new GZIPInputStream(this.compressed, 1 << 16);
			}
			n = this.gzip.read(buffer, offset, length);
		}
		catch (ZipException | EOFException ex) {
			throw BodyStreamException
				.malformed("The body is not valid gzip, as its Content-Encoding says it is (" + ex.getMessage() + ").")
				.recordOn(this.request);
		}
		if (n > 0) {
			this.inflated += n;
			check();
		}
		return n;
	}

	private void check() throws BodyStreamException {
		if (this.inflated > this.maxInflated) {
			throw BodyStreamException
				.tooLarge("A compressed body may inflate to at most " + this.maxInflated + " bytes.")
				.recordOn(this.request);
		}
		if (this.inflated > RATIO_GRACE && this.inflated > this.compressed.count * this.maxRatio) {
			throw BodyStreamException
				.tooLarge("A compressed body may inflate to at most " + this.maxRatio + " times its size.")
				.recordOn(this.request);
		}
	}

	@Override
	public void close() throws IOException {
		this.compressed.close();
	}

	private static final class Counting extends FilterInputStream {

		private long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int next = super.read();
			if (next >= 0) {
				this.count++;
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
