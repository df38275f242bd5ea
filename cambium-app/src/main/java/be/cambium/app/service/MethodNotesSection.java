package be.cambium.app.service;

import be.cambium.report.model.Section;

/** How to read the report: conventions shared by every section. */
final class MethodNotesSection implements SectionProvider {
    @Override
    public String id() {
        return "methods";
    }

    @Override
    public String title() {
        return "Method notes";
    }

    @Override
    public Section build(ReportContext context) {
        return Section.builder(id(), title())
                .paragraph("Every figure in this report carries its unit and its source; the full list of sources, with "
                        + "their vintages, closes the report. Each table is also a CSV file in the tables folder and a sheet "
                        + "of the workbook, with numbers stored as numbers.")
                .paragraph("Missing values are shown as ':' (Eurostat's convention) and are never replaced by zero. Flags "
                        + "follow Eurostat: p provisional, e estimated, b break in series, c confidential.")
                .paragraph("The formulas, conventions and the places where CAMBIUM deviates from the anchor tools "
                        + "(Eurostat's EW-MFA guide, pymrio, the EU criticality methodology, ODYM) are documented per engine "
                        + "in docs/methods of the CAMBIUM repository.")
                .build();
    }
}
