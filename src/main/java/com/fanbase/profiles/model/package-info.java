/**
 * The probabilistic customer models (BG/NBD, Gamma-Gamma) and their heuristic fallback:
 * pure functions over per-customer sufficient statistics. Depends on nothing else in
 * Fanbase.
 */
package com.fanbase.profiles.model;
