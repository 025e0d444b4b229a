package com.fanbase.platforms;

import java.util.List;

/**
 * One request's worth of members.
 *
 * @param seq the batch's number within its upload session, from 1
 * @param last whether no batch follows in this session
 */
public record Batch(int seq, boolean last, List<Member> members) {

	public int size() {
		return this.members.size();
	}

}
