package be.cambium.provenance;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a published figure comes from.
 *
 * @param id          short key used to reference this source from rows (e.g. {@code eurostat-env_ac_mfa})
 * @param title       human title of the publication or dataset
 * @param url         where it can be read or downloaded, if public
 * @param datasetCode the publisher's dataset code (e.g. {@code env_ac_mfa}), empty when none
 * @param vintage     the publisher's version or release (e.g. {@code 2024-12-16} last update, {@code 2023 edition})
 * @param retrieved   the day we retrieved it, if known
 * @param licence     licence of the data (e.g. {@code CC-BY-4.0}), empty when not stated
 * @param publisher   who publishes it (e.g. {@code Eurostat}), empty when not stated
 */
public record Source(String id, String title, @Nullable URI url, String datasetCode, String vintage,
                     @Nullable LocalDate retrieved, String licence, String publisher) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(datasetCode, "datasetCode");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(publisher, "publisher");
        if (id.isBlank()) {
            throw new IllegalArgumentException("source id must not be blank");
        }
    }

    /** A source whose publisher is not stated. */
    public Source(String id, String title, @Nullable URI url, String datasetCode, String vintage, @Nullable LocalDate retrieved,
                  String licence) {
        this(id, title, url, datasetCode, vintage, retrieved, licence, "");
    }

    public static Source of(String id, String title, @Nullable String url, String vintage) {
        return new Source(id, title, url == null || url.isBlank() ? null : URI.create(url), "", vintage, null, "");
    }

    public Source withDatasetCode(String code) {
        return new Source(id, title, url, code, vintage, retrieved, licence, publisher);
    }

    public Source withRetrieved(@Nullable LocalDate day) {
        return new Source(id, title, url, datasetCode, vintage, day, licence, publisher);
    }

    public Source withLicence(String l) {
        return new Source(id, title, url, datasetCode, vintage, retrieved, l, publisher);
    }

    public Source withVintage(String v) {
        return new Source(id, title, url, datasetCode, v, retrieved, licence, publisher);
    }

    public Source withPublisher(String p) {
        return new Source(id, title, url, datasetCode, vintage, retrieved, licence, p);
    }

    /** One line for report footers: {@code title (dataset, vintage) url}. */
    public String citation() {
        StringBuilder sb = new StringBuilder(title);
        String meta = datasetCode.isEmpty() ? vintage : (vintage.isEmpty() ? datasetCode : datasetCode + ", " + vintage);
        if (!meta.isEmpty()) {
            sb.append(" (").append(meta).append(')');
        }
        if (url != null) {
            sb.append(' ').append(url);
        }
        return sb.toString();
    }
}
