/**
 * The command line: {@code import}, {@code export} (a data set, or a graph file with
 * {@code --format}) and {@code audit}, each run against the same store as the server, with exit
 * codes 0 (done), 1 (rejected or failed) and 2 (usage), per docs/spec/interfaces.md. docs/cli.md
 * describes every command.
 * <p>
 * The top of the layering: may use every other package; nothing but
 * {@link io.govgraph.GovGraphApplication} uses it.
 */
package io.govgraph.cli;
