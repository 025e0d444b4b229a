package com.fanbase.ingestion;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A batch of rows in PostgreSQL's {@code COPY} text format. A row can be abandoned
 * half-way, which lets validation and encoding happen in one pass.
 */
final class CopyRows {

	private final StringBuilder buffer = new StringBuilder(1 << 20);

	private int rows;

	private int rowStart = -1;

	private boolean firstColumn;

	void begin(long line) {
		this.rowStart = this.buffer.length();
		this.firstColumn = true;
		add(line);
	}

	void commit() {
		this.buffer.append('\n');
		this.rows++;
		this.rowStart = -1;
	}

	void rollback() {
		this.buffer.setLength(this.rowStart);
		this.rowStart = -1;
	}

	int rows() {
		return this.rows;
	}

	byte[] bytes() {
		return this.buffer.toString().getBytes(StandardCharsets.UTF_8);
	}

	void clear() {
		this.buffer.setLength(0);
		this.rows = 0;
	}

	CopyRows add(long value) {
		separate();
		this.buffer.append(value);
		return this;
	}

	CopyRows add(Long value) {
		return (value != null) ? add(value.longValue()) : addNull();
	}

	CopyRows add(Boolean value) {
		separate();
		this.buffer.append((value == null) ? "\\N" : (value ? "t" : "f"));
		return this;
	}

	CopyRows add(Instant value) {
		return (value != null) ? addRaw(value.toString()) : addNull();
	}

	CopyRows add(LocalDate value) {
		return (value != null) ? addRaw(value.toString()) : addNull();
	}

	CopyRows add(String value) {
		if (value == null) {
			return addNull();
		}
		separate();
		escape(value);
		return this;
	}

	/** A {@code text[]} value: an array literal, itself escaped as a COPY field. */
	CopyRows add(List<String> values) {
		StringBuilder literal = new StringBuilder(16 * values.size() + 2).append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"');
			String value = values.get(i);
			for (int j = 0; j < value.length(); j++) {
				char c = value.charAt(j);
				if (c == '"' || c == '\\') {
					literal.append('\\');
				}
				literal.append(c);
			}
			literal.append('"');
		}
		return add(literal.append('}').toString());
	}

	private CopyRows addNull() {
		separate();
		this.buffer.append("\\N");
		return this;
	}

	private CopyRows addRaw(String value) {
		separate();
		this.buffer.append(value);
		return this;
	}

	private void separate() {
		if (!this.firstColumn) {
			this.buffer.append('\t');
		}
		this.firstColumn = false;
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				case '\0' -> {
					// PostgreSQL text cannot hold NUL; dropping it is the only faithful
					// option.
				}
				default -> this.buffer.append(c);
			}
		}
	}

}
