package dev.passages.index;

import java.util.*;

/** Heap held by the ids of N articles of one file: as {@link IdOwners} holds them, or as a map of the id strings (how they were held before). */
public class IdMemory {
    static long used() {
        for (int i = 0; i < 4; i++) { System.gc(); try { Thread.sleep(100); } catch (InterruptedException e) { } }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
    public static void main(String[] a) {
        int n = Integer.parseInt(a[1]);
        Random random = new Random(1);
        String file = "1\u0000big.warc";
        long before = used();
        Object keep;
        if (a[0].equals("map")) {
            Map<String, String> owners = new HashMap<>();
            List<String> ofFile = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "big/news.example.org-" + String.format("%016x", random.nextLong());
                owners.put(id, file);
                ofFile.add(id);
            }
            keep = List.of(owners, ofFile);
        } else {
            IdOwners owners = new IdOwners();
            for (int i = 0; i < n; i++) {
                owners.put("big/news.example.org-" + String.format("%016x", random.nextLong()), file);
            }
            keep = owners;
        }
        long after = used();
        System.out.printf("%s %d ids: %.1f MB, %.1f bytes an id%n", a[0], n, (after - before) / 1e6, (after - before) / (double) n);
        if (keep.hashCode() == 42) System.out.println();
    }
}
