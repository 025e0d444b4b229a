package com.fanbase.ingestion;

import java.util.List;

/**
 * What became of an ingestion request.
 *
 * @param received rows read
 * @param upserted rows inserted or updated
 * @param rejected rows refused, each reported in {@code errors}
 * @param errors the rejected rows, in input order, at most
 * {@link Ingestor#MAX_REPORTED_ERRORS}
 * @param errorsTruncated whether more rows were rejected than are listed
 * @param streamError set when the input broke off or could not be parsed past some point:
 * every good row before it was kept
 */
public record IngestionReport(long received, long upserted, long rejected, List<RowError> errors,
		Boolean errorsTruncated, RowError streamError) {

	public boolean complete() {
		return this.streamError == null;
	}

}
