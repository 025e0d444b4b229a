package com.fanbase.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the API's input rules refuse (a NUL character, a text over its maximum, an
 * id that is not a positive 64-bit integer). Jackson adds the path as it unwinds, so the
 * answer names the field.
 */
final class RejectedInputException extends MismatchedInputException {

	RejectedInputException(JsonParser parser, String message) {
		super(parser, message);
	}

}
