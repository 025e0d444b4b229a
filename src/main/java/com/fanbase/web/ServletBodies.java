package com.fanbase.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * A request body that a filter replaced (inflated, or read once and replayed), as the
 * servlet stream its handler reads: blocking, finished when the stream has ended.
 */
public final class ServletBodies {

	private ServletBodies() {
	}

	public static ServletInputStream of(InputStream body) {
		return new ServletInputStream() {

			private boolean finished;

			@Override
			public int read() throws IOException {
				int next = body.read();
				this.finished = next < 0;
				return next;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = body.read(buffer, offset, length);
				this.finished = n < 0;
				return n;
			}

			@Override
			public boolean isFinished() {
				return this.finished;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException();
			}

		};
	}

}
