package org.headshots.application;

import java.util.List;

/** What a sync with the directory changed in an order: who joined it, who left it. */
public record SyncResult(List<String> joined, List<String> left) {}
