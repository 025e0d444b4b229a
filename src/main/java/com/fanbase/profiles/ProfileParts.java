package com.fanbase.profiles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of making profiles, kept together because every path uses all of them.
 */
@Component
record ProfileParts(ProfileBuilder builder, ProfileModeler modeler, ProfileScorer scorer, ProfileFactsWriter facts,
		ApplicationEventPublisher events) {

}
