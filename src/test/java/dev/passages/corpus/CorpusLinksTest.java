package dev.passages.corpus;

import dev.passages.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Symbolic links in a corpus folder: those inside it are followed, those leading out of it only when asked. */
class CorpusLinksTest {

    @TempDir
    Path tmp;

    @Test
    void aLinkToAFileOutsideTheCorpusIsSkippedByName() throws Exception {
        Path root = TestFiles.folder(tmp.resolve("corpus"), Map.of("a.txt", "A"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "S");
        Files.createSymbolicLink(root.resolve("passwd.txt"), secret);
        List<String> problems = new ArrayList<>();
        CorpusFiles.Listing listing = CorpusFiles.scan(root, false, problems::add);
        assertThat(listing.entries()).extracting(CorpusFiles.Entry::relative).containsExactly("a.txt");
        assertThat(listing.outsideLinks()).containsExactly("passwd.txt");
        assertThat(problems).singleElement().asString().startsWith("passwd.txt: skipped: symbolic link to ")
                .contains("outside the corpus folder").contains("--follow-symlinks");
        CorpusFiles.Listing followed = CorpusFiles.scan(root, true, p -> { });
        assertThat(followed.entries()).extracting(CorpusFiles.Entry::relative).containsExactly("a.txt", "passwd.txt");
    }

    @Test
    void aLinkToAFolderOutsideTheCorpusIsSkippedWhole() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("corpus"));
        Path elsewhere = TestFiles.folder(tmp.resolve("elsewhere"), Map.of("x.txt", "X"));
        Files.createSymbolicLink(root.resolve("away"), elsewhere);
        CorpusFiles.Listing listing = CorpusFiles.scan(root, false, p -> { });
        assertThat(listing.entries()).isEmpty();
        assertThat(listing.outsideLinks()).containsExactly("away");
        assertThat(CorpusFiles.scan(root, true, p -> { }).entries()).extracting(CorpusFiles.Entry::relative)
                .containsExactly("away/x.txt");
    }

    @Test
    void linksInsideTheCorpusAreFollowedAndLoopsStillReported() throws Exception {
        Path root = TestFiles.folder(tmp.resolve("corpus"), Map.of("d/a.txt", "A"));
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("d"));
        Files.createSymbolicLink(root.resolve("b.txt"), root.resolve("d/a.txt"));
        Files.createSymbolicLink(root.resolve("d/loop"), root.resolve("d"));
        List<String> problems = new ArrayList<>();
        CorpusFiles.Listing listing = CorpusFiles.scan(root, false, problems::add);
        assertThat(listing.entries()).extracting(CorpusFiles.Entry::relative).containsExactly("alias/a.txt", "b.txt", "d/a.txt");
        assertThat(listing.outsideLinks()).isEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p).contains("loop")).isNotEmpty();
    }

    @Test
    void aCorpusReachedThroughALinkIsNotOutsideItself() throws Exception {
        Path real = TestFiles.folder(tmp.resolve("real"), Map.of("a.txt", "A"));
        Files.createSymbolicLink(real.resolve("b.txt"), real.resolve("a.txt"));
        Path link = Files.createSymbolicLink(tmp.resolve("corpus"), real);
        CorpusFiles.Listing listing = CorpusFiles.scan(link, false, p -> { });
        assertThat(listing.entries()).extracting(CorpusFiles.Entry::relative).containsExactly("a.txt", "b.txt");
    }

    @Test
    void aDanglingLinkIsUnreadableAndCoversWhatLayUnderIt() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("corpus"));
        Files.createSymbolicLink(root.resolve("gone"), tmp.resolve("nowhere"));
        CorpusFiles.Listing listing = CorpusFiles.scan(root, false, p -> { });
        assertThat(listing.unreadable()).extracting(CorpusFiles.Unreadable::relative).containsExactly("gone");
        assertThat(listing.unreadableCovers("gone")).isTrue();
        assertThat(listing.unreadableCovers("gone/x.txt")).isTrue();
        assertThat(listing.unreadableCovers("gonever.txt")).isFalse();
        assertThat(listing.unreadableCovers("other/gone/x.txt")).isFalse();
    }
}
