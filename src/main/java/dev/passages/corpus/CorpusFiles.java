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
    /** Extensions among {@link #JSON} of JSON Lines, one article object per line: a line is read or skipped alone. */
    public static final Set<String> JSON_LINES = Set.of("jsonl", "ndjson");
    /** Extensions read as saved web pages (and these followed by {@code .gz}, compressed). */
    public static final Set<String> HTML = Set.of("html", "htm", "xhtml");
    /** Endings of web archives, read a record at a time: {@code .warc} and {@code .warc.gz}. */
    public static final List<String> WARC = List.of(".warc", ".warc.gz");
    /**
     * The kinds of files read, as help and messages name them: the one list of them shown to users (a test
     * checks it against the extensions above). A constant, so that command descriptions can hold it.
     */
    public static final String FORMATS = ".txt/.text articles, .json/.jsonl/.ndjson collections,"
            + " .html/.htm/.xhtml web pages (also gzip-compressed: .html.gz, .htm.gz, .xhtml.gz)"
            + " and .warc/.warc.gz web archives";
    /** Extensions passed over without a warning: a corpus folder's own documentation. */
    private static final Set<String> DOCUMENTATION = Set.of("md", "markdown", "rst");

    /** One file found under the corpus root. */
    public record Entry(Path path, String relative, Kind kind) {
    }

    /** What the indexer does with a file. */
    public enum Kind { TEXT, JSON, HTML, WARC, UNSUPPORTED }

    private CorpusFiles() {
    }

    /**
     * What a walk of a corpus folder found: the files to index, the folders and links that could not be
     * read (their indexed files are kept, not removed), and the links skipped because they lead out of it.
     */
    public record Listing(List<Entry> entries, List<Unreadable> unreadable, List<String> outsideLinks) {

        /** Whether {@code relative} lies in (or is) a folder or link that could not be read this time. */
        public boolean unreadableCovers(String relative) {
            return unreadable.stream().anyMatch(u -> u.covers(relative));
        }
    }

    /** A folder or link under the corpus root that could not be read, and why (e.g. "permission denied"). */
    public record Unreadable(String relative, String why) {

        /** Whether {@code path} (relative to the corpus root) is this folder or link, or lies under it. */
        public boolean covers(String path) {
            return relative.isEmpty() || path.equals(relative) || path.startsWith(relative + "/");
        }

        /** The relative path for a message: "." for the root, and a path beyond the system's limit by its ends. */
        public String shownName() {
            if (relative.isEmpty()) {
                return ".";
            }
            return relative.length() <= 240 ? relative
                    : relative.substring(0, 120) + "..." + relative.substring(relative.length() - 100);
        }
    }

    /**
     * Walks {@code root} (following links, detecting loops), skipping hidden files and folders;
     * every problem is reported on {@code problems} as one line naming the path.
     */
    public static List<Entry> list(Path root, Consumer<String> problems) throws IOException {
        Listing listing = scan(root, false, problems);
        listing.unreadable().forEach(u -> problems.accept(u.shownName() + ": skipped: " + u.why()));
        return listing.entries();
    }

    /**
     * Walks {@code root}, following links and detecting loops, skipping hidden files and folders. A link whose
     * target lies outside the root (by real path) is skipped, with a line on {@code problems}, unless
     * {@code followOutside}; a folder or link that cannot be read is returned in {@link Listing#unreadable()}
     * (not reported on {@code problems}: the caller knows what it had from there).
     */
    public static Listing scan(Path root, boolean followOutside, Consumer<String> problems) throws IOException {
        Path realRoot = root.toRealPath();
        if (Files.isRegularFile(realRoot)) {
            // a source that is one file: listed under its own name
            String name = root.getFileName().toString();
            return new Listing(List.of(new Entry(root, name, kindOf(root))), List.of(), List.of());
        }
        Walk walk = new Walk(root, realRoot, followOutside, problems);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        walk.entries.sort((a, b) -> a.relative().compareTo(b.relative()));
        return new Listing(walk.entries, List.copyOf(walk.unreadable), List.copyOf(walk.outside));
    }

    /** One walk of a corpus folder: the article files it finds, what it cannot read, the links it does not follow. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final boolean followOutside;
        private final Consumer<String> problems;
        final List<Entry> entries = new ArrayList<>();
        final List<Unreadable> unreadable = new ArrayList<>();
        final List<String> outside = new ArrayList<>();

        Walk(Path root, Path realRoot, boolean followOutside, Consumer<String> problems) {
            this.root = root;
            this.realRoot = realRoot;
            this.followOutside = followOutside;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            return hidden(dir) || leavesRoot(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                // the walk gives a link's own attributes only when its target cannot be reached
                unreadable.add(new Unreadable(relative(root, file), whyUnreachable(file)));
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isOther() && !hidden(file)) {
                problems.accept(relative(root, file) + ": skipped: not a file (a pipe, socket or device)");
                return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile() || hidden(file) || leavesRoot(file)) {
                return FileVisitResult.CONTINUE;
            }
            String ext = extension(file);
            if (DOCUMENTATION.contains(ext) || isDocumentation(file)) {
                return FileVisitResult.CONTINUE;
            }
            entries.add(new Entry(file, relative(root, file), kindOf(file)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                // what lies beyond a loop is reached by another path: nothing is lost
                problems.accept(relative(root, file) + ": skipped: symbolic link loop");
            } else {
                unreadable.add(new Unreadable(relative(root, file), describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                // listing the folder failed part way: what it held may be incomplete
                unreadable.add(new Unreadable(relative(root, dir), describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        /** Whether {@code path} is a link out of the root that is not to be followed (and says so). */
        private boolean leavesRoot(Path path) {
            if (followOutside || !Files.isSymbolicLink(path)) {
                return false;
            }
            Path target;
            try {
                target = path.toRealPath();
            } catch (IOException e) {
                return false;
            }
            if (target.startsWith(realRoot)) {
                return false;
            }
            String name = relative(root, path);
            outside.add(name);
            problems.accept(name + ": skipped: symbolic link to " + target
                    + ", outside the corpus folder (--follow-symlinks follows it)");
            return true;
        }
    }

    /** The path relative to the root with {@code /} separators: stable across platforms. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** What the indexer does with a file, by its extension. */
    public static Kind kindOf(Path file) {
        String ext = extension(file);
        if (TEXT.contains(ext)) {
            return Kind.TEXT;
        }
        if (JSON.contains(ext)) {
            return Kind.JSON;
        }
        if (HTML.contains(ext) || isCompressedPage(file.getFileName().toString())) {
            return Kind.HTML;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return WARC.stream().anyMatch(name::endsWith) ? Kind.WARC : Kind.UNSUPPORTED;
    }

    /** Why a file of {@link Kind#UNSUPPORTED} kind is not read, naming its extension and the kinds that are. */
    public static String unsupportedReason(Path file) {
        String ext = extension(file);
        return "unsupported file type " + (ext.isEmpty() ? "(no extension)" : "." + ext)
                + " (passages reads " + FORMATS + ")";
    }

    /** Whether a file name is a web page compressed with gzip, such as {@code page.html.gz}. */
    public static boolean isCompressedPage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".gz")) {
            return false;
        }
        String inner = lower.substring(0, lower.length() - 3);
        int dot = inner.lastIndexOf('.');
        int slash = inner.lastIndexOf('/');
        return dot > slash + 1 && HTML.contains(inner.substring(dot + 1));
    }

    /**
     * The article id of a single-article file: its relative path without extension (a compressed file's
     * {@code .gz} and the extension before it: {@code crawl.warc.gz} is {@code crawl}).
     */
    public static String articleId(String relative) {
        int slash = relative.lastIndexOf('/');
        if (relative.toLowerCase(Locale.ROOT).endsWith(".gz") && relative.length() - 3 > slash + 1) {
            relative = relative.substring(0, relative.length() - 3);
        }
        int dot = relative.lastIndexOf('.');
        return idPart(dot > slash + 1 ? relative.substring(0, dot) : relative);
    }

    /**
     * {@code part} as a piece of an article id: a {@code #} written {@code %23}, as a paragraph's id is its article's
     * id, a {@code #} and its number ({@code a#2}), and an article named {@code a#2} would be taken for it.
     */
    public static String idPart(String part) {
        return part.indexOf('#') < 0 ? part : part.replace("#", "%23");
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The names a folder's own papers (README, LICENSE, COPYING, NOTICE and the like) go by. */
    private static final List<String> DOCUMENTATION_NAMES =
            List.of("README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG");

    /**
     * A folder's own paper, not an article: named one of {@link #DOCUMENTATION_NAMES} in any case before its
     * extension ({@code README.txt}, {@code license.txt}), or in capitals before a dash, an underscore or a space
     * and more ({@code LICENSE-conversion}, {@code README_fr.txt}). An article whose name only begins with such a
     * word ({@code notice-to-quit.txt}, {@code licensed-drivers.txt}) is read.
     */
    static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        if (DOCUMENTATION_NAMES.contains(stem.toUpperCase(Locale.ROOT))) {
            return true;
        }
        for (String word : DOCUMENTATION_NAMES) {
            if (stem.length() > word.length() && stem.startsWith(word) && "-_ ".indexOf(stem.charAt(word.length())) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String whyUnreachable(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "its target cannot be reached";
        } catch (IOException e) {
            return describe(e);
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                && !(e instanceof java.nio.file.AccessDeniedException) && !(e instanceof java.nio.file.NoSuchFileException)) {
            // the reason alone: the message repeats the path, which may be thousands of characters long
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return switch (type) {
            case "AccessDenied" -> "permission denied";
            case "NoSuchFile" -> "no such file (broken link?)";
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }
}
