package com.fanbase.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Conditions the API
 * names itself arrive as {@link ApiException}s and pass through unchanged; framework
 * errors get a stable type; anything unexpected is a 500 whose detail reveals nothing and
 * whose log line carries no request data.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return toResponse(new InvalidRequestException(ex.getName(), "is not a valid value"), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		BodyStreamException stream = BodyStreamException.in(ex);
		if (stream != null) {
			return createResponseEntity(stream.problem(), new HttpHeaders(), stream.status(), request);
		}
		log.error("Unexpected error handling {}", request.getDescription(false), ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The request could not be completed; it has been logged.");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors
				.add(new FieldProblem(JsonPointers.fromPropertyPath(error.getField()), error.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldProblem("", error.getDefaultMessage())));
		return toResponse(new InvalidRequestException(errors), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyStreamException stream = BodyStreamException.in(ex);
		if (stream != null) {
			return createResponseEntity(stream.problem(), headers, stream.status(), request);
		}
		if (ex.getCause() instanceof RejectedInputException rejected) {
			String pointer = JsonPointers.fromPath(rejected.getPath());
			return toResponse(new InvalidRequestException(pointer, rejected.getOriginalMessage()), request);
		}
		if (ex.getCause() instanceof DatabindException bind && !bind.getPath().isEmpty()) {
			String pointer = JsonPointers.fromPath(bind.getPath());
			return toResponse(new InvalidRequestException(pointer, "has the wrong type or format"), request);
		}
		String detail = (ex.getCause() instanceof JacksonException json) ? json.getOriginalMessage()
				: "The request body is missing or is not valid JSON.";
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", detail);
		return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(Problems.type(slugOf(statusCode)));
			}
			if (ex instanceof NoResourceFoundException) {
				// Never "No static resource ...": the API has no static resources.
				problem.setTitle("No such path");
				problem.setDetail("There is no such path in the API; see /v3/api-docs.");
			}
		}
		return response;
	}

	private ResponseEntity<Object> toResponse(ApiException ex, WebRequest request) {
		return createResponseEntity(ex.getBody(), ex.getHeaders(), ex.getStatusCode(), request);
	}

	private static String slugOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String name = (known != null) ? known.name() : "HTTP_" + status.value();
		return name.toLowerCase().replace('_', '-');
	}

}
