package io.attache.entity.resolution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids: the same identity key gives the same id on every instance, so inserts can be upserts. */
public final class Ids {
    private Ids() {
    }

    public static String of(String prefix, String identityKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identityKey.getBytes(StandardCharsets.UTF_8));
            return prefix + "_" + HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
