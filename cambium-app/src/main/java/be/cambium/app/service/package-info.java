/** Application services called by both the CLI and the dashboard; they return result records, never print. */
@NullMarked
package be.cambium.app.service;

import org.jspecify.annotations.NullMarked;
