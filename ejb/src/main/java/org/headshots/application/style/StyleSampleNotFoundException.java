package org.headshots.application.style;

/** The style has no sample picture (yet, or it is no style the fleet offers). */
public class StyleSampleNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StyleSampleNotFoundException(String style) {
        super("No sample picture of the style '" + style + "' yet: samples are made once a GPU node offering it"
                + " is up");
    }
}
