/**
 * Cross-appointment (交叉任职) in the compounds of a scope on a day and the make-up of owners
 * committees: the four figures of docs/spec/analysis.md and the {@code crossAppointmentStats} and
 * {@code ownersCommitteeComposition} fields of docs/spec/interfaces.md.
 * <p>
 * A feature: may use store, web and the scope of {@code linkage}. The audit builds its lists and
 * roll-ups on its public records.
 */
package io.govgraph.crossappointment;
