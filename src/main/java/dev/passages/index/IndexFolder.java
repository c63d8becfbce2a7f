package dev.passages.index;

import dev.passages.PassagesException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Guards the folder an index is written into: passages writes only into a missing or empty folder, or one
 * its marker file names a passages index, and never into the corpus folder or around it; a folder it makes
 * its index is owner-only unless asked otherwise.
 *
 * <p>The guard matters because Lucene deletes, in the folder it writes, every file whose name looks like
 * one of its own ({@code _notes.md}, {@code segments_9.txt}).
 */
public final class IndexFolder {

    /** The marker file: present in every folder passages writes an index into. */
    public static final String MARKER = "passages-index.json";
    private static final String MARKER_KEY = "\"passages-index\"";
    private static final String MARKER_TEXT = "{" + MARKER_KEY + ": 1, \"about\": \"a search index written by passages;"
            + " everything in this folder is passages' own\"}\n";

    private final Path path;
    private final boolean created;

    private IndexFolder(Path path, boolean created) {
        this.path = path;
        this.created = created;
    }

    /**
     * Makes {@code indexDir} ready for an index of {@code corpusRoot}, or refuses it ({@link PassagesException.Kind#INPUT})
     * without touching anything. Missing: created (owner-only unless {@code shared}) and marked. Existing: used
     * when it holds the marker; marked and used when it is empty (hidden files and a README aside) or an index
     * an earlier passages wrote without a marker; refused otherwise. Refused too when it is the corpus folder,
     * lies inside it or holds it.
     *
     * @param warn receives a line when the folder's permissions could not be restricted
     */
    public static IndexFolder prepare(Path indexDir, Path corpusRoot, boolean shared, Consumer<String> warn) {
        refuseNesting(indexDir, corpusRoot);
        if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            throw refused(indexDir, "is a file, not a folder");
        }
        boolean created = false;
        if (!Files.exists(indexDir, LinkOption.NOFOLLOW_LINKS)) {
            created = create(indexDir, shared);
        }
        IndexFolder folder = new IndexFolder(indexDir, created);
        try {
            String stray = isMarked(indexDir) ? strayBeforeWriting(indexDir) : null;
            if (stray != null) {
                throw refused(indexDir, "holds a file passages did not write (" + stray
                        + ") that Lucene would take for its own; move it out of the folder, then run again");
            }
            if (!isMarked(indexDir)) {
                String foreign = created ? null : foreignFile(indexDir);
                if (foreign != null && !writtenByPassages(indexDir)) {
                    throw refused(indexDir, "holds files passages did not write (e.g. " + foreign
                            + "); choose an empty or new folder");
                }
                if (!created && !shared) {
                    restrict(indexDir, warn);
                }
                mark(indexDir);
            }
            return folder;
        } catch (IOException e) {
            removeIfCreated(indexDir, created);
            throw new PassagesException(PassagesException.Kind.INPUT, "cannot prepare index folder " + indexDir + ": "
                    + IndexFailure.reason(e), e);
        } catch (RuntimeException e) {
            removeIfCreated(indexDir, created);
            throw e;
        }
    }

    /**
     * After a run that wrote no commit: removes the Lucene files that no commit refers to (what the run wrote
     * before it failed), and, when this run created the folder and it holds no commit, the marker, the write
     * lock and the folder itself. Does nothing while another process holds the folder's write lock.
     */
    public void cleanUpAfterFailure() {
        if (!isMarked(path)) {
            // never in a folder that is not a passages index
            return;
        }
        boolean empty;
        try (Directory dir = FSDirectory.open(path); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            empty = !DirectoryReader.indexExists(dir);
            Set<String> committed = empty ? Set.of() : new HashSet<>(SegmentInfos.readLatestCommit(dir).files(true));
            for (String name : dir.listAll()) {
                if (!committed.contains(name) && (IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()
                        || name.startsWith(IndexFileNames.PENDING_SEGMENTS))) {
                    dir.deleteFile(name);
                }
            }
            if (!created || !empty) {
                return;
            }
            Files.deleteIfExists(path.resolve(MARKER));
            Files.deleteIfExists(path.resolve(IndexWriter.WRITE_LOCK_NAME));
        } catch (IOException | RuntimeException e) {
            // another process is writing there now, or the folder cannot be cleaned: left as it is
            return;
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            // not empty: another process's files arrived meanwhile
        }
    }

    /**
     * For a rebuild: removes the commit files of an index whose last commit cannot be read (Lucene would not
     * start over on top of them), so that a damaged index can be rebuilt in its folder.
     */
    static void dropUnreadableCommit(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return;
        }
        try {
            SegmentInfos.readLatestCommit(dir);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | java.io.EOFException e) {
            for (String name : dir.listAll()) {
                if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
                    dir.deleteFile(name);
                }
            }
        }
    }

    /** Removes the folder {@code prepare} created for a run it then refused: it holds at most the marker. */
    private static void removeIfCreated(Path indexDir, boolean created) {
        if (!created) {
            return;
        }
        try {
            if (isMarked(indexDir)) {
                Files.deleteIfExists(indexDir.resolve(MARKER));
            }
            Files.delete(indexDir);
        } catch (IOException e) {
            // another process's files arrived meanwhile: left as it is
        }
    }

    /** Whether the folder holds the marker file (a regular file, not a link, with the marker's key). */
    static boolean isMarked(Path indexDir) {
        Path marker = indexDir.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            byte[] head = new byte[256];
            int n;
            try (var in = Files.newInputStream(marker)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return new String(head, 0, n, StandardCharsets.UTF_8).contains(MARKER_KEY);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The first entry of an existing folder that passages may not treat as its own, or null when there is none:
     * hidden files ({@code .gitkeep}) and a README (which Lucene never touches) are allowed in an empty folder.
     */
    static String foreignFile(Path indexDir) throws IOException {
        try (Stream<Path> entries = Files.list(indexDir)) {
            List<String> names = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.toUpperCase(Locale.ROOT).startsWith("README"))
                    .sorted()
                    .toList();
            return names.isEmpty() ? null : names.get(0);
        }
    }

    /**
     * The first file of the folder whose name Lucene would take for one of its own, though neither Lucene nor
     * passages writes such a name ({@code _notes.md}, {@code segments_9.txt}), or null: Lucene deletes the first
     * kind when it cleans up and fails on the second, so an index folder holding one is refused, written or read.
     * Only a marked folder is looked at (any other is refused whole before it is written).
     */
    public static String stray(Path indexDir) {
        if (!Files.isDirectory(indexDir) || !isMarked(indexDir)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(indexDir)) {
            return entries.map(p -> p.getFileName().toString()).filter(IndexFolder::strayName).sorted()
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * {@link #stray}, and for a run about to write the index, a file with a name Lucene writes but without the header
     * its files open with ({@link #strayFile}): looked at only while no other process writes the index, whose files
     * being written may be read part way; that process's lock refuses this run anyway.
     */
    static String strayBeforeWriting(Path indexDir) {
        String byName = stray(indexDir);
        if (byName != null || IndexLock.held(indexDir)) {
            return byName;
        }
        try (Stream<Path> entries = Files.list(indexDir)) {
            return entries.filter(IndexFolder::strayFile).map(p -> p.getFileName().toString()).sorted()
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether {@code file} is one Lucene would take for its own though Lucene did not write it: a {@linkplain
     * #strayName stray name}, or a Lucene name ({@code segments_backup}, {@code pending_segments_old} are names of
     * commits by their form) on a file that does not open with the header every file of a Lucene index opens with.
     * A file of fewer bytes than the header's first word is taken for Lucene's: what a run stopped part way may
     * leave.
     */
    static boolean strayFile(Path file) {
        String name = file.getFileName().toString();
        if (strayName(name)) {
            return true;
        }
        boolean lucenes = name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
                || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches() && !"tmp".equals(IndexFileNames.getExtension(name));
        if (!lucenes || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return lucenes;
        }
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && java.nio.ByteBuffer.wrap(head).getInt() != CodecUtil.CODEC_MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean strayName(String name) {
        if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)) {
            return !SEGMENTS_FILE.matcher(name).matches();
        }
        if (!IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()) {
            return false;
        }
        return !LUCENE_EXTENSIONS.contains(IndexFileNames.getExtension(name));
    }

    private static final java.util.regex.Pattern SEGMENTS_FILE =
            java.util.regex.Pattern.compile("(?:pending_)?segments(?:_[0-9a-z]+)?");

    /** The extensions of the files Lucene 9's codecs write, and of its temporary files. */
    private static final Set<String> LUCENE_EXTENSIONS = Set.of("si", "cfs", "cfe", "fnm", "fdt", "fdx", "fdm",
            "tim", "tip", "tmd", "doc", "pos", "pay", "nvd", "nvm", "dvd", "dvm", "tvx", "tvd", "tvm", "liv", "dii",
            "dim", "kdd", "kdi", "kdm", "vec", "vex", "vem", "veq", "vemq", "vemf", "psm", "tmp");

    /** Whether the folder holds an index whose last commit an earlier passages wrote (before there was a marker). */
    private static boolean writtenByPassages(Path indexDir) {
        try (Directory dir = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(dir)
                    && SegmentInfos.readLatestCommit(dir).getUserData().containsKey(Schema.VERSION_KEY);
        } catch (IOException | RuntimeException e) {
            // a file that only looks like Lucene's (segments_9.txt) is no index
            return false;
        }
    }

    /** Creates the missing folder (its parents as usual); false when another process created it meanwhile. */
    private static boolean create(Path indexDir, boolean shared) {
        try {
            Path parent = indexDir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (shared || !posix(parent)) {
                Files.createDirectory(indexDir);
            } else {
                Files.createDirectory(indexDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(indexDir)) {
                return false;
            }
            throw refused(indexDir, "cannot be created: " + IndexFailure.reason(e));
        } catch (IOException e) {
            throw refused(indexDir, "cannot be created: " + IndexFailure.reason(e));
        }
    }

    private static void restrict(Path indexDir, Consumer<String> warn) {
        if (!posix(indexDir)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(indexDir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            warn.accept("index folder " + indexDir + ": cannot make it owner-only (" + IndexFailure.reason(e)
                    + "); its permissions stay as they are");
        }
    }

    private static boolean posix(Path existing) {
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void mark(Path indexDir) throws IOException {
        try {
            Files.writeString(indexDir.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // written meanwhile by another run preparing the same folder, or something else of that name
            if (!isMarked(indexDir)) {
                throw refused(indexDir, "holds a " + MARKER + " passages did not write; choose an empty or new folder");
            }
        }
    }

    /** Refuses an index folder that is the corpus folder, lies inside it or holds it (by real paths). */
    private static void refuseNesting(Path indexDir, Path corpusRoot) {
        Path corpus;
        Path index;
        try {
            corpus = corpusRoot.toRealPath();
            index = realPath(indexDir);
        } catch (IOException e) {
            throw refused(indexDir, "cannot be resolved: " + IndexFailure.reason(e));
        }
        if (index.equals(corpus)) {
            throw refused(indexDir, "is the corpus folder; choose a folder outside it");
        }
        if (index.startsWith(corpus)) {
            throw refused(indexDir, "is inside the corpus folder " + corpusRoot + "; choose a folder outside it");
        }
        if (corpus.startsWith(index)) {
            throw refused(indexDir, "holds the corpus folder " + corpusRoot + "; choose a folder outside it");
        }
    }

    /** The real path of {@code p}, or, when it does not exist yet, that of its nearest existing ancestor with the rest appended. */
    static Path realPath(Path p) throws IOException {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static PassagesException refused(Path indexDir, String why) {
        return new PassagesException(PassagesException.Kind.INPUT, "index folder " + indexDir + " " + why);
    }
}
