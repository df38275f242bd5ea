/** A small HTTP GET client on {@code java.net.http} with time-outs and clear failure messages. */
@NullMarked
package be.cambium.io.http;

import org.jspecify.annotations.NullMarked;
