package org.headshots.application;

import java.util.List;
import java.util.Map;

/** A page of an order's members, how many the query found, and how many are in each state. */
public record MemberPage(List<MemberRow> rows, long found, long total, Map<String, Long> states) {}
