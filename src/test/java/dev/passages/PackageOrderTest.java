package dev.passages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports between the packages of the data flow go one way: a package uses only those before it. */
class PackageOrderTest {

    private static final List<String> ORDER = List.of("corpus", "attribution", "speakers", "embedding", "index", "search", "backend", "daemon", "cli");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.passages\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void noPackageImportsOneThatComesAfterIt() throws IOException {
        Path root = Path.of("src/main/java/dev/passages");
        List<String> backwards = new ArrayList<>();
        int checked = 0;
        for (String pkg : ORDER) {
            try (Stream<Path> files = Files.walk(root.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    checked++;
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        int used = ORDER.indexOf(m.group(1));
                        if (used > ORDER.indexOf(pkg)) {
                            backwards.add(root.relativize(file) + " imports " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(backwards).isEmpty();
    }
}
