/** The local dashboard (Javalin): pages, JSON API, downloads, uploads. Thin: it calls the application services. */
@NullMarked
package be.cambium.app.web;

import org.jspecify.annotations.NullMarked;
