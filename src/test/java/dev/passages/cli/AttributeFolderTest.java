package dev.passages.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** attribute over a folder reads it article by article as index lists it; a path that is neither file nor folder is one line. */
class AttributeFolderTest {

    @TempDir
    Path home;

    private String[] run(String... args) {
        CliRun r = CliRun.in(home, args);
        return new String[] {String.valueOf(r.code()), r.out(), r.err()};
    }

    @Test
    void aFolderIsReadArticleByArticleAsIndexListsIt() throws Exception {
        Path folder = Files.createDirectories(home.resolve("news/sub"));
        Files.writeString(home.resolve("news/a.txt"), "Date: 2023-11-20\n\nMinister Amal Rahimi said the border would reopen.\n");
        Files.writeString(folder.resolve("b.txt"), "Date: 2023-11-21\n\n\u201cNot yet,\u201d said Tom Reed.\n");
        Files.writeString(home.resolve("news/README.md"), "About these articles.\n");
        String[] r = run("attribute", home.resolve("news").toString(), "--format", "jsonl");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines()).hasSize(2);
        assertThat(r[1]).contains("\"article\":\"a\"").contains("Amal Rahimi")
                .contains("\"article\":\"sub/b\"").contains("Tom Reed");
    }

    @Test
    void aPathThatIsNeitherFileNorFolderIsOneLine() {
        String[] r = run("attribute", home.resolve("missing").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).endsWith("missing: no such file or folder\n");
    }
}
