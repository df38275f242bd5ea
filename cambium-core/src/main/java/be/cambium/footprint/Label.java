package be.cambium.footprint;

import java.util.Objects;

/** A row or column key of an MRIO table: a region and an item (a sector, or a final-demand category). */
public record Label(String region, String item) {

    public Label {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(item, "item");
        if (region.isBlank() || item.isBlank()) {
            throw new IllegalArgumentException("blank label (" + region + ", " + item + ")");
        }
    }

    public static Label of(String region, String item) {
        return new Label(region, item);
    }

    @Override
    public String toString() {
        return region + "/" + item;
    }
}
