package io.govgraph.web;

/** A request the user can correct (unknown id, bad argument); answered as a BAD_REQUEST error. */
public class UserInputException extends RuntimeException {

	public UserInputException(String message) {
		super(message);
	}

}
