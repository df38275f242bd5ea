package be.cambium.app.service;

import be.cambium.report.model.Section;
import java.util.List;

/** The report's sections in order; each capability plugs its provider in here. */
final class Sections {
    private Sections() {
    }

    static List<SectionProvider> standard() {
        return List.of(
                new AccountsSection(),
                new FootprintSection(),
                new CriticalitySection(),
                new MonitoringSection(),
                new WindSection(),
                new MethodNotesSection());
    }

    /** A section whose engine is not part of this build: it says so and shows nothing else. */
    static SectionProvider pending(String id, String title, String what) {
        return new SectionProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public Section build(ReportContext context) {
                return Section.builder(id, title)
                        .notice("Not available in this version: " + what + " is not part of this build yet, "
                                + "so this section shows no figures.")
                        .build();
            }
        };
    }
}
