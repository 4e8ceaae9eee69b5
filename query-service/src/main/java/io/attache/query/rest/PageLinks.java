package io.attache.query.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The "next" link of a page: this request's relative URL with every filter kept and the cursor replaced. */
final class PageLinks {
    private PageLinks() {
    }

    static String next(UriInfo uri, String cursor) {
        if (cursor == null) {
            return null;
        }
        URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
        return next.getRawPath() + "?" + next.getRawQuery();
    }
}
