/**
 * The command-line tool, {@link io.github.commissioning.cli.Cli}: {@code check}, {@code who}, {@code diff} and
 * {@code explain} on arrangement files.
 */
@NullMarked
package io.github.commissioning.cli;

import org.jspecify.annotations.NullMarked;
