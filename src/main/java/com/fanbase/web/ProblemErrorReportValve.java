package com.fanbase.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

/**
 * What Tomcat answers for a request it refuses before any application code sees it (a
 * {@code %00} or a malformed escape in the path, a broken request line): a problem with a
 * type, as every other error, instead of an HTML page. Nothing of the request is echoed.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String slug = (status == 400) ? "malformed-request"
				: (known != null) ? known.name().toLowerCase().replace('_', '-') : "http-" + status;
		String title = (status == 400) ? "Malformed request"
				: (known != null) ? known.getReasonPhrase() : "HTTP " + status;
		String detail = (status == 400)
				? "The request line or path cannot be read (a %00, a malformed escape or an illegal character)."
				: title + ".";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"" + Problems.TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":"
						+ status + ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response already started: nothing more to say.
		}
	}

}
