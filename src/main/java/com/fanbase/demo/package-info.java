/**
 * Demo and benchmark data: a deterministic synthetic ticketing world (the generator
 * itself depends on nothing else in Fanbase), and, with the {@code demo} profile, the
 * demo tenant filled with it through {@code ingestion} and keyed through {@code tenants}.
 */
package com.fanbase.demo;
