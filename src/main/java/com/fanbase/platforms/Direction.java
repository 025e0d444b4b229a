package com.fanbase.platforms;

/** Whether an upload session adds members to an audience or removes them. */
public enum Direction {

	ADD, REMOVE

}
