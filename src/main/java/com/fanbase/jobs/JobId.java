package com.fanbase.jobs;

public record JobId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
