package dev.passages.daemon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The proofs by which the daemon and its client show each other that they know the secret in the
 * owner-only state file, without sending it: both compute the SHA-256 of
 * {@code "CLIENT_NONCE DAEMON_NONCE SECRET\n"}; the daemon sends the first half of its hex digits, and
 * the client, once it has checked them, the second half.
 */
public final class Proof {

    /** A nonce or a secret: 128 random bits as 32 lowercase hex digits. */
    static final Pattern RANDOM = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RNG = new SecureRandom();

    private Proof() {
    }

    /** 128 fresh random bits, hex: a secret or a nonce. */
    public static String random() {
        byte[] b = new byte[16];
        RNG.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The daemon's proof: what a client that knows the secret expects first. */
    public static String daemonHalf(String clientNonce, String daemonNonce, String secret) {
        return digest(clientNonce, daemonNonce, secret).substring(0, 32);
    }

    /** The client's proof, sent only after the daemon's has been checked. */
    public static String clientHalf(String clientNonce, String daemonNonce, String secret) {
        return digest(clientNonce, daemonNonce, secret).substring(32);
    }

    /** Whether two proofs are equal, in time that does not depend on where they differ. */
    static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String clientNonce, String daemonNonce, String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((clientNonce + " " + daemonNonce + " " + secret + "\n").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
