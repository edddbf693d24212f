package io.govgraph.web;

import java.time.Clock;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The GraphQL wiring shared by every feature: the Date scalar, "today", and user errors. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date);
	}

	/** "Today" for every asOf default: the district's own calendar day, not the server's. */
	@Bean
	Clock clock(ClockProperties properties) {
		return Clock.system(properties.zone());
	}

	/** Each distinct query text parsed and validated once ({@link DocumentCache}). */
	@Bean
	GraphQlSourceBuilderCustomizer documentCache() {
		DocumentCache cache = new DocumentCache();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	DataFetcherExceptionResolver userInputErrors() {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				if (ex instanceof UserInputException) {
					return GraphqlErrorBuilder.newError(env)
						.errorType(ErrorType.BAD_REQUEST)
						.message(ex.getMessage())
						.build();
				}
				return null;
			}
		};
	}

}
