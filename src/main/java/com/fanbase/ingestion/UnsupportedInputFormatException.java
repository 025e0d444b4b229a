package com.fanbase.ingestion;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class UnsupportedInputFormatException extends ApiException {

	public UnsupportedInputFormatException(String given) {
		super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-input-format", "Unsupported input format",
				"Send application/json (an object or an array), application/x-ndjson or text/csv"
						+ ((given != null) ? ", not " + given : "") + ".");
	}

}
