package org.headshots.application.selfie;

/** Where a person's photo stands for its check: so many ahead of it, or being checked now. */
public record CheckTurn(boolean checking, int ahead) {

    static final CheckTurn CHECKING = new CheckTurn(true, 0);

    public CheckTurn {
        if (ahead < 0 || checking && ahead > 0) {
            throw new IllegalArgumentException("A photo being checked has none ahead; one waiting has 0 or more");
        }
    }

    static CheckTurn waiting(int ahead) {
        return new CheckTurn(false, ahead);
    }
}
