package com.fanbase.platforms;

import org.springframework.http.HttpHeaders;

/** A platform's answer: status, headers and body text. */
public record PlatformReply(int status, HttpHeaders headers, String body) {

	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

}
