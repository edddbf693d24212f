package io.govgraph.crossappointment;

import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.web.AsOf;

/** {@code crossAppointmentStats} and {@code ownersCommitteeComposition} (docs/spec/interfaces.md). */
@Controller
class CrossAppointmentController {

	private final CrossAppointmentService service;

	private final AsOf asOf;

	CrossAppointmentController(CrossAppointmentService service, AsOf asOf) {
		this.service = service;
		this.asOf = asOf;
	}

	@QueryMapping
	CrossAppointmentStats crossAppointmentStats(@Argument String scopeId, @Argument LocalDate asOf) {
		return this.service.stats(scopeId, this.asOf.orToday(asOf));
	}

	@QueryMapping
	OwnersCommitteeComposition ownersCommitteeComposition(@Argument String id, @Argument LocalDate asOf) {
		return this.service.composition(id, this.asOf.orToday(asOf));
	}

}
