package dev.takt.api.graphql;

import org.eclipse.microprofile.graphql.Description;

/**
 * Position of a {@link Connection}'s page.
 *
 * @param hasNextPage true when more results follow this page
 * @param endCursor   the cursor of the last result of the page, or null when the page is empty
 */
@Description("Where a page ends.")
public record PageInfo(boolean hasNextPage, String endCursor) {
}
