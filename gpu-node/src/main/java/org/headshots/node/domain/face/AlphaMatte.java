package org.headshots.node.domain.face;

public record AlphaMatte(int width, int height, byte[] alpha) {
}
