package com.fanbase.jobs;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class JobNotFoundException extends ApiException {

	public JobNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "job-not-found", "Job not found", "There is no job " + id + ".");
	}

}
