/**
 * Demo and benchmark data: a deterministic synthetic ticketing world. Depends on nothing
 * else in Fanbase.
 */
package com.fanbase.demo;
