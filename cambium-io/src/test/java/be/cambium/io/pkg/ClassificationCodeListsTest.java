package be.cambium.io.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationCodeListsTest {

    @TempDir
    Path tmp;

    @Test
    void packagesCanReferenceTheBundledClassifications() throws IOException {
        Files.writeString(tmp.resolve("datapackage.json"), "{\"name\": \"c\", \"resources\": [{\"name\": \"t\", \"path\": \"t.csv\","
                + " \"schema\": {\"fields\": [{\"name\": \"material\"}, {\"name\": \"partner\"}, {\"name\": \"region\"}, {\"name\": \"nace\"}],"
                + " \"foreignKeys\": ["
                + "{\"fields\": \"material\", \"reference\": {\"codeList\": \"ew-mfa-material\"}},"
                + "{\"fields\": \"partner\", \"reference\": {\"codeList\": \"country\"}},"
                + "{\"fields\": \"region\", \"reference\": {\"codeList\": \"nuts-be\"}},"
                + "{\"fields\": \"nace\", \"reference\": {\"codeList\": \"nace-division\"}}]}}]}", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("t.csv"), "material,partner,region,nace\nMF1,EL,BE2,C24\nMF9,GR,BE4,C99\n", StandardCharsets.UTF_8);

        ReadResult r = new DataPackageReader(ClassificationCodeLists.standard()).read(tmp);

        assertThat(DataPackageReaderTest.lines(r.report(), tmp)).containsExactly(
                "t.csv:3:1: error PKG_FOREIGN_KEY field 'material': 'MF9' is not a code of the code list 'ew-mfa-material'",
                "t.csv:3:5: error PKG_FOREIGN_KEY field 'partner': 'GR' is not a code of the code list 'country'",
                "t.csv:3:8: error PKG_FOREIGN_KEY field 'region': 'BE4' is not a code of the code list 'nuts-be'",
                "t.csv:3:12: error PKG_FOREIGN_KEY field 'nace': 'C99' is not a code of the code list 'nace-division'");
    }

    @Test
    void anUnknownCodeListNamesTheKnownOnes() throws IOException {
        Files.writeString(tmp.resolve("datapackage.json"), "{\"name\": \"c\", \"resources\": [{\"name\": \"t\", \"path\": \"t.csv\","
                + " \"schema\": {\"fields\": [{\"name\": \"x\"}], \"foreignKeys\": [{\"fields\": \"x\", \"reference\": {\"codeList\": \"cpa\"}}]}}]}",
                StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("t.csv"), "x\n1\n", StandardCharsets.UTF_8);

        ReadResult r = new DataPackageReader(ClassificationCodeLists.standard()).read(tmp);

        assertThat(r.report().issues()).singleElement().satisfies(i -> assertThat(i.message()).isEqualTo(
                "resource 't': unknown code list 'cpa' (known: ew-mfa-material, country, geo, nuts-be, nace-section, nace-division)"));
    }
}
