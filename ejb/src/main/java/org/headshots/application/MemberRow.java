package org.headshots.application;

/**
 * One member of an order as the cockpit shows them: who, where they are, their selfies, the run of this order
 * with its progress, and their favourite.
 */
public record MemberRow(
        String username,
        String name,
        String email,
        String department,
        String title,
        String state,
        String nextStep,
        boolean handled,
        int acceptedSelfies,
        int uploadedSelfies,
        Long runId,
        String runStatus,
        int headshotsDone,
        int headshotsOrdered,
        Long favouriteId,
        int remakesAllowed) {}
