package io.govgraph.security;

/**
 * A result object that may carry a person's personal data in fields marked {@code @personal} in
 * the schema: says whose, or null when this one is not about a person (e.g. a unit vertex).
 */
public interface PersonalData {

	/** The person whose data this object's {@code @personal} fields show, or null. */
	String personId();

}
