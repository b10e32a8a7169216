package org.headshots.gpu.rar;

import java.time.Duration;

/** The deadline of each kind of call, failovers included. */
record Timeouts(Duration info, Duration selfTest, Duration analyze, Duration identity, Duration generate) {}
