package org.headshots.application.join;

import java.time.OffsetDateTime;

/**
 * A join link as the admin sees it: the link to share, how long and for how many it works, and whether it
 * still does ({@code ACTIVE}) or why not ({@code EXPIRED}, {@code USED_UP}, {@code REVOKED}).
 */
public record JoinLinkView(
        long id,
        String url,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime expiresAt,
        int maxUses,
        int uses,
        String status) {}
