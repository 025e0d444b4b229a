package com.fanbase.exports;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** No export with this id for this tenant. */
public class ExportNotFoundException extends ApiException {

	public ExportNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "export-not-found", "Export not found", "There is no export " + id + ".");
	}

}
