package org.headshots.gpu.api;

public enum NodeState {
    UP,
    DOWN
}
