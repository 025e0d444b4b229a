package com.fanbase.ingestion;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads rows from a stream into a sink, one at a time, in bounded memory.
 */
interface RowReader {

	void read(InputStream input, RowSink sink) throws IOException;

}
