package com.fanbase.demo;

record Venue(String name, VenueKind kind, City city) {

}
