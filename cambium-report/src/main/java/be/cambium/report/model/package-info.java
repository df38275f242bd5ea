/** The report as data: sections of paragraphs, notices, tables and charts, rendered by {@code be.cambium.report.render}. */
@NullMarked
package be.cambium.report.model;

import org.jspecify.annotations.NullMarked;
