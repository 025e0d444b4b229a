package com.fanbase.platforms;

/** The most members a platform takes in one add and one remove request. */
public record BatchLimits(int add, int remove) {

	public int of(Direction direction) {
		return (direction == Direction.ADD) ? this.add : this.remove;
	}

}
