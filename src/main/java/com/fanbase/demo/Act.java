package com.fanbase.demo;

/**
 * Anyone billed on an event: a band, a comedian, a cast member, a team, a speaker.
 *
 * @param index position in the world's act roster
 * @param name unique within the roster
 * @param genre what they play; an act's events carry this genre
 * @param home where they are based; tours start nearby and teams play home games there
 * @param popularity heavy-tailed, 1 for an unknown act; drives venue size, price and
 * demand
 */
record Act(int index, String name, Genre genre, City home, double popularity) {

}
