package com.fanbase.segments.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import com.fanbase.segments.rules.Rule.Condition;
import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Membership;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.web.InvalidRequestException;

/**
 * The segments a rule tree refers to with {@code in_segment} and {@code not_in_segment},
 * and the check that such references never lead back to where they start: a segment's
 * membership is computed from the stored membership of the segments it names, so a cycle
 * would have no first segment to refresh.
 */
public final class SegmentReferences {

	private SegmentReferences() {
	}

	/** The ids of the segments the rule refers to, in order of first appearance. */
	public static Set<Long> of(Rule rule) {
		return pointers(rule, "").keySet();
	}

	/**
	 * Each referenced segment id with the JSON pointer of its first rule, given the
	 * pointer of the criteria (as for {@link CriteriaParser#parse}).
	 */
	public static Map<Long, String> pointers(Rule rule, String pointer) {
		Map<Long, String> pointers = new LinkedHashMap<>();
		collect(rule, pointer, pointers);
		return pointers;
	}

	/**
	 * A cycle reachable from the segment once it has these criteria, as the path of
	 * segment ids from {@code segmentId} to the repeated id ({@code [7, 9, 7]}).
	 * @param segmentId the segment being created or changed
	 * @param criteria its new criteria
	 * @param criteriaOf the stored criteria of another segment of the tenant; empty for
	 * segments without criteria (static, lookalike) and unknown ids
	 */
	public static Optional<List<Long>> findCycle(long segmentId, Rule criteria,
			LongFunction<Optional<Rule>> criteriaOf) {
		LongFunction<Set<Long>> references = (id) -> (id == segmentId) ? of(criteria)
				: criteriaOf.apply(id).map(SegmentReferences::of).orElse(Set.of());
		return walk(segmentId, references, new ArrayList<>(), new HashSet<>());
	}

	/**
	 * Refuses criteria whose references lead to a cycle, naming the rule that starts it.
	 * @throws InvalidRequestException at the {@code value} of that rule
	 */
	public static void requireAcyclic(long segmentId, Rule criteria, String pointer,
			LongFunction<Optional<Rule>> criteriaOf) {
		findCycle(segmentId, criteria, criteriaOf).ifPresent((cycle) -> {
			String path = cycle.stream().map(String::valueOf).collect(Collectors.joining(" -> "));
			String at = pointers(criteria, pointer).get(cycle.get(1)) + "/value";
			throw new InvalidRequestException(at, "makes segment references go round in a cycle: " + path);
		});
	}

	private static Optional<List<Long>> walk(long id, LongFunction<Set<Long>> references, List<Long> path,
			Set<Long> finished) {
		if (path.contains(id)) {
			List<Long> cycle = new ArrayList<>(path);
			cycle.add(id);
			return Optional.of(cycle);
		}
		if (finished.contains(id)) {
			return Optional.empty();
		}
		path.add(id);
		for (long next : references.apply(id)) {
			Optional<List<Long>> cycle = walk(next, references, path, finished);
			if (cycle.isPresent()) {
				return cycle;
			}
		}
		path.remove(path.size() - 1);
		finished.add(id);
		return Optional.empty();
	}

	private static void collect(Rule rule, String pointer, Map<Long, String> pointers) {
		switch (rule) {
			case Group group -> {
				for (int i = 0; i < group.rules().size(); i++) {
					collect(group.rules().get(i), pointer + "/rules/" + i, pointers);
				}
			}
			case Not not -> collect(not.rule(), pointer + "/not", pointers);
			case Membership membership -> pointers.putIfAbsent(membership.segmentId(), pointer);
			case Condition condition -> {
				// Other conditions refer to no segment.
			}
		}
	}

}
