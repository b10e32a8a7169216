package org.headshots.gpu.api;

/** Takes the headshots of a generation as they arrive: each index once, in increasing order. */
@FunctionalInterface
public interface HeadshotReceiver {

    void received(GeneratedHeadshot headshot);
}
