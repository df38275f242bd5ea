package be.cambium.footprint;

import be.cambium.provenance.Provenance;
import be.cambium.validate.ValidationReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Accounts for every extension, the focus region's footprint (or null), which solver ran, issues and provenance. */
public record FootprintResult(List<ExtensionAccounts> accounts, @Nullable RegionFootprint region, String solver,
        ValidationReport report, Provenance provenance) {

    public FootprintResult {
        accounts = List.copyOf(accounts);
    }

    public ExtensionAccounts accounts(String extension) {
        return accounts.stream().filter(a -> a.extension().equals(extension)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no extension " + extension));
    }
}
