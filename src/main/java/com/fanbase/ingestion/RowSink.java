package com.fanbase.ingestion;

/**
 * Where a reader delivers what it reads from a stream.
 */
public interface RowSink {

	void row(RawRow row);

	/**
	 * A row that could not even be parsed (a bad NDJSON line, a CSV line with too many
	 * values).
	 */
	void unreadable(long line, String message);

	/** The stream itself broke at this line: nothing after it can be read. */
	void broken(long line, String message);

}
