/**
 * The library's internals, shared between its packages and not exported by its module: nothing here is
 * API, and any of it may change in any release.
 */
@NullMarked
package io.github.commissioning.internal;

import org.jspecify.annotations.NullMarked;
