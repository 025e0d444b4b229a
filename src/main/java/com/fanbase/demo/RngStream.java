package com.fanbase.demo;

/**
 * Independent random streams. Each customer has its own stream per concern, so orders can
 * be regenerated without profiles and activities without writing orders, and adding a
 * draw to one concern never shifts the data of another.
 */
enum RngStream {

	WORLD, EVENT_STATUS, TRAITS, PROFILE, PURCHASES, ORDERS, ACTIVITIES;

	long seed(long seed, long entityId) {
		return Rng.key(seed, entityId, ordinal() + 1);
	}

}
