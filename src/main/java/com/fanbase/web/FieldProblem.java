package com.fanbase.web;

/**
 * One offending field of a request.
 *
 * @param pointer JSON pointer into the request body ({@code /rules/0/value}) or the name
 * of a query parameter
 * @param message what is wrong, for a human
 */
public record FieldProblem(String pointer, String message) {

}
