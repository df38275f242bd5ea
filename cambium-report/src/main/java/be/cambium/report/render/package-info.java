/** Renderers: self-contained HTML with inline SVG charts (JFreeChart + JFreeSVG), XLSX (Apache POI), CSV. */
@NullMarked
package be.cambium.report.render;

import org.jspecify.annotations.NullMarked;
