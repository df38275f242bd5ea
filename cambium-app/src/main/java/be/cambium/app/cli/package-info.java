/**
 * The {@code cambium} command line: one picocli class per command, each thin (options, one
 * service call, output). Add a command by listing its class in {@link be.cambium.app.cli.Main}.
 */
@NullMarked
package be.cambium.app.cli;

import org.jspecify.annotations.NullMarked;
