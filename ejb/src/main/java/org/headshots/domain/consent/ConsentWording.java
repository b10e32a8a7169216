package org.headshots.domain.consent;

import org.headshots.domain.retention.RetentionPeriod;

/**
 * Every wording of the consent for photos and face data that people have been shown. A wording that has been
 * shown is never edited: a change is a new method with a new version, and people are asked again.
 */
public final class ConsentWording {

    private ConsentWording() {}

    /** The first wording. The retention period is the one the organisation configured. */
    public static ConsentText v2026_11_1(RetentionPeriod retention) {
        return new ConsentText("2026-11-1", """
                Your photos and your face data

                Headshots makes professional headshots of you from selfies you upload. Photos of your \
                face, and the measurements we take of it, are biometric data, so we ask for your consent \
                before you upload anything. Please read this first; it is short.

                What we collect
                • The selfies you upload.
                • A face embedding for each selfie: a list of numbers that describes your face. It is not \
                a picture, but it could be used to recognise you, so we treat it as carefully as the photos.
                • The headshots we make from your selfies.

                Why
                • To make your professional headshots. Nothing else.
                • The face embedding is used for two things only: to check that all your selfies show the \
                same person, and to rank the finished headshots by how much they look like you.

                Who sees it
                • You see your selfies and all of your headshots.
                • Your organisation's Headshots admins see small thumbnails of your selfies and the headshot \
                you choose, so that they can help you and keep the team's photos consistent.
                • The IT staff who run Headshots look after the servers; they see none of your photos.
                • Nobody outside your organisation sees any of it.

                Where it is processed
                On your company's own servers and GPU machines. Your photos and face data are never sent to \
                an outside service or cloud: nothing leaves the building.

                When it is deleted
                • Your selfies, your face embeddings and the headshots you do not choose are deleted \
                automatically after %s.
                • If you withdraw your consent, they are deleted at once.
                • The headshot you choose is kept: it is the photo your organisation asked for.

                Your choice
                Agreeing is up to you. If you do not agree, you cannot upload selfies; nothing else changes \
                for you. You can withdraw your consent at any time on the consent page of Headshots.
                """.formatted(retention));
    }
}
