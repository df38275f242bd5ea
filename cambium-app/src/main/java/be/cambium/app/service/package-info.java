/** Application services: the one place the CLI and the dashboard both call. */
@NullMarked
package be.cambium.app.service;

import org.jspecify.annotations.NullMarked;
