package dev.passages.corpus;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the files of a corpus folder in a stable order: article files to read, documentation
 * (such as the corpus README) passed over, and other files reported so that nothing is dropped silently.
 */
public final class CorpusFiles {

    /** Extensions read as articles. */
    public static final Set<String> TEXT = Set.of("txt", "text");
    /** Extensions read as collections of articles: a JSON array, or JSON Lines. */
    public static final Set<String> JSON = Set.of("json", "jsonl", "ndjson");
    /** Extensions passed over without a warning: a corpus folder's own documentation. */
    private static final Set<String> DOCUMENTATION = Set.of("md", "markdown", "rst");

    /** One file found under the corpus root. */
    public record Entry(Path path, String relative, Kind kind) {
    }

    /** What the indexer does with a file. */
    public enum Kind { TEXT, JSON, UNSUPPORTED }

    private CorpusFiles() {
    }

    /**
     * Walks {@code root} (following links, detecting loops), skipping hidden files and folders.
     *
     * @param problems receives one line per folder or link that could not be followed
     */
    public static List<Entry> list(Path root, Consumer<String> problems) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile() || hidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String ext = extension(file);
                if (DOCUMENTATION.contains(ext) || isDocumentation(file)) {
                    return FileVisitResult.CONTINUE;
                }
                entries.add(new Entry(file, relative(root, file), TEXT.contains(ext) ? Kind.TEXT : JSON.contains(ext) ? Kind.JSON : Kind.UNSUPPORTED));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String why = e instanceof FileSystemLoopException ? "symbolic link loop" : describe(e);
                problems.accept(relative(root, file) + ": skipped: " + why);
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort((a, b) -> a.relative().compareTo(b.relative()));
        return entries;
    }

    /** The path relative to the root with {@code /} separators: stable across platforms. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The article id of a single-article file: its relative path without extension. */
    public static String articleId(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** README, LICENSE, COPYING, NOTICE and the like: a folder's own papers, not articles. */
    private static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
        return name.startsWith("README") || name.startsWith("LICENSE") || name.startsWith("LICENCE")
                || name.startsWith("COPYING") || name.startsWith("NOTICE") || name.startsWith("CHANGELOG");
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String describe(IOException e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return switch (type) {
            case "AccessDenied" -> "permission denied";
            case "NoSuchFile" -> "no such file (broken link?)";
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }
}
