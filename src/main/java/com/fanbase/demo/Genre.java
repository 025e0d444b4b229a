package com.fanbase.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Genres, each belonging to one kind of event (music genres to concerts and festivals).
 * Popularity and the typical fan age shape who likes what, which is what segmentation and
 * recommendation should rediscover.
 */
enum Genre {

	POP("pop", EventType.CONCERT, 10, 29), ROCK("rock", EventType.CONCERT, 9, 38),
	INDIE("indie", EventType.CONCERT, 6, 30), ELECTRONIC("electronic", EventType.CONCERT, 6, 28),
	TECHNO("techno", EventType.CONCERT, 4, 27), HIP_HOP("hip-hop", EventType.CONCERT, 8, 24),
	JAZZ("jazz", EventType.CONCERT, 3, 47), CLASSICAL("classical", EventType.CONCERT, 4, 55),
	METAL("metal", EventType.CONCERT, 4, 33), FOLK("folk", EventType.CONCERT, 2, 40),
	RNB("r&b", EventType.CONCERT, 3, 28), LATIN("latin", EventType.CONCERT, 3, 32),
	PUNK("punk", EventType.CONCERT, 2, 34), SOUL("soul", EventType.CONCERT, 2, 44),
	MUSICAL("musical", EventType.THEATRE, 5, 42), DRAMA("drama", EventType.THEATRE, 3, 48),
	OPERA("opera", EventType.THEATRE, 2, 58), BALLET("ballet", EventType.THEATRE, 2, 50),
	STAND_UP("stand-up", EventType.COMEDY, 5, 33), IMPROV("improv", EventType.COMEDY, 1, 30),
	FOOTBALL("football", EventType.SPORT, 6, 36), BASKETBALL("basketball", EventType.SPORT, 2, 28),
	ICE_HOCKEY("ice-hockey", EventType.SPORT, 1, 34), TECH("tech", EventType.CONFERENCE, 2, 34),
	BUSINESS("business", EventType.CONFERENCE, 1, 42);

	private static final Map<EventType, List<Genre>> BY_TYPE = new EnumMap<>(EventType.class);

	private static final Map<EventType, double[]> WEIGHTS = new EnumMap<>(EventType.class);

	static {
		for (EventType type : EventType.values()) {
			List<Genre> genres = new ArrayList<>();
			for (Genre genre : values()) {
				if (genre.suits(type)) {
					genres.add(genre);
				}
			}
			double[] weights = new double[genres.size()];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = genres.get(i).popularity;
			}
			BY_TYPE.put(type, List.copyOf(genres));
			WEIGHTS.put(type, weights);
		}
	}

	private final String code;

	private final EventType kind;

	private final int popularity;

	private final int typicalAge;

	Genre(String code, EventType kind, int popularity, int typicalAge) {
		this.code = code;
		this.kind = kind;
		this.popularity = popularity;
		this.typicalAge = typicalAge;
	}

	String code() {
		return this.code;
	}

	/** The event type this genre belongs to; music genres answer {@code CONCERT}. */
	EventType kind() {
		return this.kind;
	}

	boolean isMusic() {
		return this.kind == EventType.CONCERT;
	}

	boolean suits(EventType type) {
		return this.kind == type || (type == EventType.FESTIVAL && isMusic());
	}

	int typicalAge() {
		return this.typicalAge;
	}

	/** The genres that suit an event type, in declaration order. */
	static List<Genre> of(EventType type) {
		return BY_TYPE.get(type);
	}

	/** A genre suiting {@code type}, drawn by popularity. */
	static Genre draw(EventType type, Rng rng) {
		return BY_TYPE.get(type).get(rng.pick(WEIGHTS.get(type)));
	}

}
