package dev.passages.index;

import dev.passages.corpus.Article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Gives every article of an index a distinct id. An article's id is the one its file gives it (the file's path
 * without extension, or the collection's path and the record's id), after its source's prefix; when that id
 * is taken, by an article already in the index or one before it in this run, the article gets the first free
 * {@code @2}, {@code @3}, ... after it (a character the query syntax takes as part of a word, so that
 * {@code id:a@2#1} finds it), and a warning names both. An article in the index keeps its id for as
 * long as its file is unchanged, and a file re-indexed keeps the ids it had. The files of a run claim their ids
 * in the order of the run's list (sources, then paths), whichever thread reads them, so the outcome does not
 * depend on timing. The ids are held as hashes ({@link IdOwners}), so a run's memory grows by a few dozen bytes
 * an article of the index.
 */
final class ArticleIds {

    private final IdOwners owners;
    private final Sources sources;
    private final BitSet done = new BitSet();
    private int next;

    /**
     * @param indexed the ids in the index and their files ({@link Schema#FILE} keys); this run's claims are added
     *                to it
     * @param gone    files whose articles this run removes: their ids are free
     */
    ArticleIds(IdOwners indexed, Set<String> gone, Sources sources) {
        this.owners = indexed;
        this.sources = sources;
        gone.forEach(owners::release);
    }

    /**
     * The articles of the {@code turn}-th file of the run, each under its id in the index; waits until every
     * file before it has claimed its ids or passed ({@link #pass}).
     */
    List<Article> claim(int turn, SourceFiles.Item item, List<Article> articles, Consumer<String> warn) throws IOException {
        synchronized (this) {
            begin(turn, item);
            List<Article> named = new ArrayList<>(articles.size());
            for (Article a : articles) {
                named.add(name(item, a, warn));
            }
            pass(turn);
            return named;
        }
    }

    /**
     * Starts the claims of the {@code turn}-th file, whose articles come one at a time ({@link #name}); waits until
     * every file before it has claimed its ids or passed. No other file claims ids until this one {@link #pass}es.
     */
    synchronized void begin(int turn, SourceFiles.Item item) throws IOException {
        try {
            while (next < turn) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        // the file's own earlier articles make way: re-indexed, they keep their ids
        owners.release(item.fileKey());
    }

    /** Article {@code a} of the file whose claims have {@link #begin begun}, under its id in the index. */
    synchronized Article name(SourceFiles.Item item, Article a, Consumer<String> warn) {
        String file = item.fileKey();
        String wanted = item.source().articleId(a.id());
        String id = wanted;
        for (int n = 2; owners.contains(id); n++) {
            id = wanted + "@" + n;
        }
        if (!id.equals(wanted)) {
            String owner = owners.owner(wanted);
            warn.accept(item.name() + ": article id " + wanted + " is taken by "
                    + (owner.equals(file) ? "another article of this file" : name(owner)) + "; indexed as " + id);
        }
        owners.put(id, file);
        return new Article(id, item.relative(), a.title(), a.date(), a.source(), a.url(), a.byline(), a.paragraphs());
    }

    /** The {@code turn}-th file is done with ids (claimed them, or claims none: unchanged or skipped). */
    synchronized void pass(int turn) {
        done.set(turn);
        while (done.get(next)) {
            next++;
        }
        notifyAll();
    }

    private String name(String fileKey) {
        Sources.Source source = sources.byKey(Schema.originOf(fileKey));
        String relative = Schema.relativeOf(fileKey);
        return source == null ? relative : source.name(relative);
    }
}
