package dev.passages.index;

import dev.passages.search.PassageSearcher;
import dev.passages.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** What cannot be read now keeps its indexed version: unreadable folders, links whose target vanished, over-long paths. */
class UnreadablePartsTest extends CorpusFolderFixture {

    @BeforeEach
    void corpus() throws Exception {
        write("a.txt", "Title: Alpha\nDate: 2023-11-20\n\nAlpha one.\n");
        write("sub/b.txt", "Title: Beta\nDate: 2023-11-21\n\nBeta refugees.\n");
        write("sub/c.txt", "Title: Gamma\nDate: 2023-11-22\n\nGamma refugees.\n");
    }

    @AfterEach
    void restore() throws Exception {
        if (Files.exists(corpus.resolve("sub"))) {
            Files.setPosixFilePermissions(corpus.resolve("sub"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void write(Path p, String text) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private IndexSummary run(boolean followSymlinks) {
        return new Indexer(index, false, warnings::add, 1, null).followSymlinks(followSymlinks).run(corpus);
    }

    private long count(String query) throws Exception {
        try (PassageSearcher s = new PassageSearcher(index)) {
            return s.count(SearchRequest.of(query));
        }
    }

    @Test
    void aLinkedFolderWhoseTargetVanishedKeepsItsArticles() throws Exception {
        Path drive = Files.createDirectories(tmp.resolve("drive"));
        write(drive.resolve("d1.txt"), "Title: D1\nDate: 2023-11-23\n\nDrive ceasefire one.\n");
        write(drive.resolve("d2.txt"), "Title: D2\nDate: 2023-11-24\n\nDrive ceasefire two.\n");
        Files.createSymbolicLink(corpus.resolve("mounted"), drive);
        assertThat(run(true).added()).isEqualTo(5);
        assertThat(count("ceasefire")).isEqualTo(2);
        // the drive is unmounted: the link dangles
        Files.delete(drive.resolve("d1.txt"));
        Files.delete(drive.resolve("d2.txt"));
        Files.delete(drive);
        warnings.clear();
        for (boolean follow : new boolean[] {true, false}) {
            IndexSummary s = run(follow);
            assertThat(s.removed()).isZero();
            assertThat(s.skipped()).isEqualTo(1);
            assertThat(count("ceasefire")).isEqualTo(2);
            assertThat(warnings).singleElement().asString()
                    .startsWith("mounted: cannot be read (no such file").endsWith("its 2 indexed files stay in the index");
            warnings.clear();
        }
        // a folder that is really gone (not a dangling link) still loses its articles
        Files.delete(corpus.resolve("mounted"));
        assertThat(run(false).removed()).isEqualTo(2);
        assertThat(count("ceasefire")).isZero();
    }

    @Test
    void aFolderWithoutReadPermissionKeepsItsArticles() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        run(false);
        Files.setPosixFilePermissions(corpus.resolve("sub"), PosixFilePermissions.fromString("---------"));
        IndexSummary s = run(false);
        assertThat(s.removed()).isZero();
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(count("refugees")).isEqualTo(2);
        assertThat(warnings).anySatisfy(w -> assertThat(w)
                .isEqualTo("sub: cannot be read (permission denied); its 2 indexed files stay in the index"));
    }

    @Test
    void aPathBeyondTheSystemsLimitIsAWarningNotACrash() throws Exception {
        // made by a shell, one folder at a time: Java names every file by its whole path
        String name = "d".repeat(250);
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 1 20); do mkdir " + name + " && cd "
                + name + " || exit 1; done; printf 'Title: Deep\\n\\nDeep words.\\n' > deep.txt", "bash", corpus.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "cannot make a folder tree deeper than the path limit here");
        try {
            IndexSummary s = run(false);
            assertThat(s.added()).isEqualTo(3);
            assertThat(s.skipped()).isEqualTo(1);
            assertThat(warnings).singleElement().asString().startsWith("ddd").contains("...")
                    .contains("cannot be read (file name too long)").hasSizeLessThan(400);
            assertThat(count("refugees")).isEqualTo(2);
        } finally {
            // JUnit's clean-up, too, names every file by its whole path
            new ProcessBuilder("rm", "-rf", corpus.resolve(name).toString()).start().waitFor();
        }
    }
}
