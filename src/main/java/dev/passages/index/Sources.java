package dev.passages.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passages.PassagesException;
import dev.passages.corpus.CorpusFiles;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus folders an index holds articles of, as recorded in its commit user data (so that they change
 * with the documents, in one commit). Each source has a key, carried by every paragraph it gave
 * ({@link Schema#ORIGIN}), and an id prefix: the first source recorded has none, so that the ids of a
 * single-folder index are the files' own names; each later one gets its folder's name, made unique, kept
 * for as long as the source is recorded so that its ids never change.
 */
public record Sources(List<Source> list) {

    /** One corpus folder of an index: its key, its folder (absolute, real path) and its article id prefix. */
    public record Source(String key, Path folder, String prefix) {

        /** The id an article of this source gets from the id its file gives it. */
        public String articleId(String fileId) {
            return prefix.isEmpty() ? fileId : prefix + "/" + fileId;
        }

        /**
         * A file of this source as named in messages: relative for the first source, else under its folder (or,
         * for a source that is one file, that file).
         */
        public String name(String relative) {
            if (prefix.isEmpty()) {
                return relative;
            }
            return isFile() ? folder.toString() : folder.resolve(relative).toString();
        }

        /** Whether this source is one file rather than a folder of them. */
        public boolean isFile() {
            return Files.isRegularFile(folder);
        }
    }

    public static final Sources NONE = new Sources(List.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    public Sources {
        list = List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The sources recorded by the index at {@code indexDir}; none when there is no index or it cannot be read. */
    public static Sources of(Path indexDir) {
        if (!IndexPaths.exists(indexDir)) {
            return NONE;
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            return read(dir);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** The sources recorded by the last commit in {@code dir}; none for a missing index or one that records none. */
    static Sources read(Directory dir) throws IOException {
        try {
            return parse(SegmentInfos.readLatestCommit(dir).getUserData());
        } catch (IndexNotFoundException e) {
            return NONE;
        }
    }

    /** The sources of an index about to be rebuilt: none when it cannot be read, as the rebuild replaces it. */
    static Sources readOrNone(Directory dir) {
        try {
            return read(dir);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** The sources recorded in a commit's user data. */
    static Sources parse(Map<String, String> userData) throws IOException {
        String json = userData.get(Schema.SOURCES_KEY);
        if (json == null) {
            return NONE;
        }
        List<Source> list = new ArrayList<>();
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (IOException e) {
            throw new CorruptIndexException("malformed record of sources", "commit user data", e);
        }
        for (JsonNode n : array) {
            String key = n.path("key").asText();
            Path folder;
            try {
                folder = Path.of(n.path("folder").asText());
            } catch (InvalidPathException e) {
                folder = null;
            }
            if (!key.matches("[0-9]{1,9}") || folder == null || !folder.isAbsolute()) {
                throw new CorruptIndexException("malformed record of sources", "commit user data");
            }
            list.add(new Source(key, folder, n.path("prefix").asText()));
        }
        return new Sources(list);
    }

    /** The value stored under {@link Schema#SOURCES_KEY}. */
    String json() {
        ArrayNode array = JSON.createArrayNode();
        for (Source s : list) {
            ObjectNode n = array.addObject();
            n.put("key", s.key());
            n.put("folder", s.folder().toString());
            n.put("prefix", s.prefix());
        }
        return array.toString();
    }

    /** The folder as recorded: absolute, links resolved. */
    static Path canonical(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new PassagesException(PassagesException.Kind.INPUT, "cannot resolve corpus folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The source recorded for {@code folder} (its real path, or for a folder that is gone, its absolute path); null when none. */
    public Source find(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path real = null;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            // gone or unreadable: matched by the path as given
        }
        for (Source s : list) {
            if (s.folder().equals(real) || s.folder().equals(absolute)) {
                return s;
            }
        }
        return null;
    }

    public Source byKey(String key) {
        return list.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    /** These sources and {@code folder} (a real path), recorded with a new key and prefix unless it already is. */
    Sources with(Path folder) {
        if (find(folder) != null) {
            return this;
        }
        int key = 1;
        Set<String> prefixes = new HashSet<>();
        for (Source s : list) {
            key = Math.max(key, Integer.parseInt(s.key()) + 1);
            prefixes.add(s.prefix());
        }
        String prefix = "";
        if (prefixes.contains("")) {
            String name = folder.getFileName() == null ? "source" : Files.isRegularFile(folder)
                    ? CorpusFiles.articleId(folder.getFileName().toString()) : folder.getFileName().toString();
            prefix = name;
            for (int n = 2; prefixes.contains(prefix); n++) {
                prefix = name + "-" + n;
            }
        }
        List<Source> more = new ArrayList<>(list);
        more.add(new Source(Integer.toString(key), folder, prefix));
        return new Sources(more);
    }

    /** Only {@code folder}: its record as it was when it had one (so its ids stay), else a first source. */
    Sources only(Path folder) {
        Source kept = find(folder);
        return kept != null ? new Sources(List.of(kept)) : NONE.with(folder);
    }

    /** These sources without the one of {@code key}. */
    Sources without(String key) {
        return new Sources(list.stream().filter(s -> !s.key().equals(key)).toList());
    }

    /** Whether the folder (or file) of a source is there to be read. */
    public static boolean present(Source s) {
        return Files.isDirectory(s.folder()) || Files.isRegularFile(s.folder());
    }
}
