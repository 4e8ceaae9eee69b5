package io.attache.ingest.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids: the same article submitted twice, by anyone, gets the same id. From the normalised URL when
 * there is one (so a re-crawl with fixed typos is still the same article), else from the whitespace-normalised text.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    public static String idFor(String url, String text) {
        String normalisedUrl = url == null || url.isBlank() ? null : normaliseUrl(url);
        String basis = normalisedUrl != null ? "url:" + normalisedUrl : "text:" + normaliseText(text);
        return "art_" + sha256Hex(basis).substring(0, 24);
    }

    /**
     * Lower-case scheme and host, no "www.", no default port, no fragment, no tracking parameters (utm_*, fbclid,
     * gclid), remaining parameters sorted, no trailing slash. http and https count as the same article.
     */
    public static String normaliseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getMessage());
        }
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("not an absolute http(s) URL");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> !isTrackingParameter(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining("&"));
        return host + portPart + path + (query.isEmpty() ? "" : "?" + query);
    }

    static String normaliseText(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static boolean isTrackingParameter(String name) {
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid");
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
