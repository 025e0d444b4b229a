package com.fanbase.exports;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The export is being synced, so it cannot be deleted now. */
public class ExportBusyException extends ApiException {

	public ExportBusyException(long id) {
		super(HttpStatus.CONFLICT, "export-running", "Export running",
				"Export " + id + " is being synced; delete it once it has finished.");
	}

}
