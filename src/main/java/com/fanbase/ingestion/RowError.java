package com.fanbase.ingestion;

import java.util.List;

/**
 * Why one row was rejected.
 *
 * @param line where the row was in the input
 * @param id the row's id, when it could be read
 * @param errors each offending field and what is wrong with it ({@code field} is null for
 * a problem with the row as a whole)
 */
public record RowError(long line, Long id, List<FieldError> errors) {

	public record FieldError(String field, String message) {
	}

}
