package io.govgraph.events;

import java.util.EnumSet;
import java.util.Set;

import io.govgraph.security.Role;

/** What happened: the kinds of change event. */
public enum EventType {

	/** A person came to hold posts on two or more sides of a compound. */
	CROSS_APPOINTMENT_STARTED(Role.AUDITOR),
	/** A person no longer holds posts on two sides of a compound. */
	CROSS_APPOINTMENT_ENDED(Role.AUDITOR),
	/** A link between two units was drawn. */
	LINK_STARTED(Role.PLANNER),
	/** A link's until passed. */
	LINK_ENDED(Role.PLANNER),
	/** A co-construction or pairing link went a year without activity (docs/spec/analysis.md v1.1). */
	LINK_BECAME_PAPER(Role.PLANNER),
	/** A paper link is active again. */
	LINK_BECAME_ACTIVE(Role.PLANNER),
	/** A person took a post in a unit. */
	POST_STARTED(Role.PLANNER),
	/** A post's until passed. */
	POST_ENDED(Role.PLANNER),
	/** An audit run found a finding (new, or found again after it closed). */
	FINDING_OPENED(Role.AUDITOR),
	/** An audit run no longer finds a finding. */
	FINDING_CLOSED(Role.AUDITOR),
	/** An auditor confirmed or dismissed a finding. */
	FINDING_DECIDED(Role.AUDITOR),
	/** A roster import changed a unit: the posts it started and ended there. */
	ROSTER_IMPORTED(Role.PLANNER),
	/** A roster import left a pair of people for review. */
	CANDIDATE_RAISED(Role.PLANNER);

	private final Role reader;

	EventType(Role reader) {
		this.reader = reader;
	}

	/** The role that may read events of this type, as it may read the lists they come from. */
	public Role reader() {
		return this.reader;
	}

	/** The types a caller with these roles (implied ones included, see {@link Role#effective}) may read. */
	public static Set<EventType> readableWith(Set<Role> roles) {
		Set<EventType> types = EnumSet.noneOf(EventType.class);
		for (EventType type : values()) {
			if (roles.contains(type.reader)) {
				types.add(type);
			}
		}
		return types;
	}

}
