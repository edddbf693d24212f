package io.govgraph.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.AstPrinter;
import graphql.language.AstSignature;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

import io.govgraph.store.TransientFailures;
import io.govgraph.web.UserInputException;

/**
 * Enforces the schema's access rules on every field, before its data fetcher runs:
 * <ul>
 * <li>every field needs an account; a field, input field or enum value marked
 * {@code @requires(role: R)} needs role R (or one including it) — so a filter or a sort on
 * personal data is refused, not silently applied, and nothing leaks through it. A mutation
 * without {@code @requires} is ADMIN's only;</li>
 * <li>a field marked {@code @personal} shows its value in full only to auditors, each person so
 * read being written to the access log once per request; others see it masked;</li>
 * <li>every string argument is at most {@value #MAX_STRING} characters and free of control
 * characters, whatever field it is given to.</li>
 * </ul>
 */
@Component
class FieldAccess implements Instrumentation {

	static final int MAX_STRING = 2000;

	private final AccessLog accessLog;

	private final Map<GraphQLFieldDefinition, Rule> rules = new ConcurrentHashMap<>();

	FieldAccess(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	/** What one field asks of its caller. */
	private record Rule(String name, Role role, Mask mask, boolean hasArguments) {
	}

	enum Mask {
		SURNAME, HIDDEN
	}

	/** The caller of one request and the people whose personal data it read in full. */
	static final class State implements InstrumentationState {

		final Caller caller;

		final Set<String> personsRead = ConcurrentHashMap.newKeySet();

		State(Caller caller) {
			this.caller = caller;
		}

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new State(Caller.current());
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState instrumentationState) {
		DataFetchingEnvironment env = parameters.getEnvironment();
		GraphQLFieldDefinition field = env.getFieldDefinition();
		if (field.getName().startsWith("__") || !(instrumentationState instanceof State state)) {
			return fetcher;
		}
		Rule rule = this.rules.computeIfAbsent(field, f -> rule(f, env.getParentType()));
		if (rule.role() == null && rule.mask() == null && !rule.hasArguments()) {
			return fetcher;
		}
		return e -> {
			Caller caller = state.caller;
			if (rule.role() != null) {
				require(caller, rule.role(), "field " + rule.name());
			}
			if (rule.hasArguments()) {
				for (GraphQLArgument argument : field.getArguments()) {
					if (e.containsArgument(argument.getName())) {
						check(caller, argument.getType(), e.getArgument(argument.getName()),
								field.getName() + "(" + argument.getName() + ")");
					}
				}
			}
			Object value = fetcher.get(e);
			if (rule.mask() == null) {
				return value;
			}
			return personal(value, e.getSource(), rule.mask(), state);
		};
	}

	private static Rule rule(GraphQLFieldDefinition field, GraphQLType parent) {
		String parentName = parent instanceof GraphQLObjectType o ? o.getName() : "";
		Role role = role(field);
		if (role == null && parentName.equals("Query")) {
			role = Role.PLANNER;
		}
		if (role == null && parentName.equals("Mutation")) {
			role = Role.ADMIN;
		}
		GraphQLAppliedDirective personal = field.getAppliedDirective("personal");
		Mask mask = personal == null ? null : Mask.valueOf(String.valueOf((Object) personal.getArgument("mask").getValue()));
		return new Rule(parentName + "." + field.getName(), role, mask, !field.getArguments().isEmpty());
	}

	private static Role role(GraphQLDirectiveContainer element) {
		GraphQLAppliedDirective requires = element.getAppliedDirective("requires");
		return requires == null ? null : Role.valueOf(String.valueOf((Object) requires.getArgument("role").getValue()));
	}

	private static void require(Caller caller, Role role, String what) {
		if (caller.name() == null) {
			throw new AuthenticationCredentialsNotFoundException("Sign in first: " + what + " needs an account.");
		}
		if (!caller.has(role)) {
			throw new AccessDeniedException(
					"Not allowed: " + what + " needs the role " + role + "; account \"" + caller.name() + "\" has "
							+ caller.roles() + ".");
		}
	}

	/** Walks a given argument value along its input type, checking restricted fields, enum values and strings. */
	private static void check(Caller caller, GraphQLType type, Object value, String path) {
		if (value == null) {
			return;
		}
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (GraphQLTypeUtil.isList(bare)) {
			GraphQLType element = GraphQLTypeUtil.unwrapOne(bare);
			if (value instanceof Iterable<?> items) {
				int i = 0;
				for (Object item : items) {
					check(caller, element, item, path + "[" + i++ + "]");
				}
			}
			else {
				check(caller, element, value, path);
			}
			return;
		}
		if (bare instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				GraphQLInputObjectField field = object.getField(String.valueOf(entry.getKey()));
				if (field == null) {
					continue;
				}
				String fieldPath = path + "." + field.getName();
				Role role = role(field);
				if (role != null && entry.getValue() != null) {
					require(caller, role, "filtering or sorting by " + fieldPath);
				}
				check(caller, field.getType(), entry.getValue(), fieldPath);
			}
			return;
		}
		if (bare instanceof GraphQLEnumType enumType) {
			GraphQLEnumValueDefinition definition = enumType.getValue(String.valueOf(value));
			Role role = definition == null ? null : role(definition);
			if (role != null) {
				require(caller, role, path + " " + definition.getName());
			}
			return;
		}
		if (value instanceof String s) {
			text(s, path);
		}
	}

	private static void text(String s, String path) {
		if (s.length() > MAX_STRING) {
			throw new UserInputException(path + ": the text is " + s.length() + " characters long; at most "
					+ MAX_STRING + " are accepted");
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
				throw new UserInputException(path + ": the text contains a control character (U+"
						+ String.format("%04X", (int) c) + ") at position " + (i + 1));
			}
		}
	}

	private static Object personal(Object value, Object source, Mask mask, State state) {
		if (value instanceof CompletionStage<?> stage) {
			return stage.thenApply(v -> personal(v, source, mask, state));
		}
		if (value instanceof DataFetcherResult<?> result) {
			return DataFetcherResult.newResult()
				.data(personal(result.getData(), source, mask, state))
				.errors(result.getErrors())
				.localContext(result.getLocalContext())
				.build();
		}
		if (value == null) {
			return null;
		}
		if (!(source instanceof PersonalData data)) {
			throw new IllegalStateException("a @personal field on " + source.getClass().getName()
					+ ", which does not say whose data it is (PersonalData)");
		}
		String personId = data.personId();
		if (personId == null) {
			return value;
		}
		if (state.caller.seesPersonalData()) {
			state.personsRead.add(personId);
			return value;
		}
		return mask == Mask.SURNAME ? Masking.surname(String.valueOf(value)) : null;
	}

	/**
	 * The operation as the access log keeps it: its signature (graphql-java's {@link AstSignature}:
	 * the fields asked for, with every literal emptied — strings "", numbers 0, input objects {} —
	 * and aliases dropped), so an admin reading the log learns what was asked but not the names or
	 * phone numbers an auditor searched for; variables are never kept.
	 */
	static String redacted(String query, String operationName) {
		try {
			Document document = Parser.parse(query);
			String operation = operationName;
			if (operation == null) {
				// a request may leave out the name of its one operation; the signature needs it
				List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
				operation = operations.size() == 1 ? operations.get(0).getName() : null;
			}
			return AstPrinter.printAstCompact(new AstSignature().signatureQuery(document, operation));
		}
		catch (RuntimeException ex) {
			// a request that executed has parsed; this only guards the log
			return "(not kept: " + ex.getClass().getSimpleName() + ")";
		}
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState instrumentationState) {
		if (instrumentationState instanceof State state && !state.personsRead.isEmpty()) {
			List<String> persons = List.copyOf(new TreeSet<>(state.personsRead));
			String query = redacted(parameters.getQuery(), parameters.getOperation());
			// only for the run whose answer is delivered (web.RequestTransaction runs a query again
			// after a transient failure, and drops the first run's answer)
			TransientFailures.whenKept(() -> this.accessLog.record(state.caller.name(), "graphql",
					parameters.getOperation(), query, persons));
		}
		return CompletableFuture.completedFuture(result);
	}

}
