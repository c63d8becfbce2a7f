package dev.passages.embedding;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads the model's libraries from their own jars, and the one class of passages that uses them from passages'
 * jar, so that the classes of the libraries are found; everything else of passages comes from passages' own loader.
 */
final class IsolatedLoader extends URLClassLoader {

    private final String ownPackage;

    /**
     * @param urls       the libraries' jars and passages' own jar
     * @param ownPackage the package (with a trailing dot) whose classes this loader defines itself
     */
    IsolatedLoader(URL[] urls, ClassLoader parent, String ownPackage) {
        super("passages-semantic", urls, parent);
        this.ownPackage = ownPackage;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(ownPackage)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    static {
        registerAsParallelCapable();
    }
}
