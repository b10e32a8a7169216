package org.headshots.node.domain.face;

public record EyeState(float leftOpen, float rightOpen) {
}
