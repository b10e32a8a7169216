-- When each person first and last signed in (through the company's single sign-on), per organisation: the
-- cockpit tells someone who signed in but has not consented yet (SIGNED_IN) from someone who never came
-- (INVITED). One row per person and organisation, changed at every sign-in.
-- The sequence starts at its increment, as in V1 (EclipseLink allocationSize 50).
CREATE SEQUENCE sign_in_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sign_in (
    id               BIGINT       PRIMARY KEY,
    version          INTEGER      NOT NULL,
    organisation     VARCHAR(255) NOT NULL,
    username         VARCHAR(255) NOT NULL,
    first_signed_in  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_signed_in   TIMESTAMP WITH TIME ZONE NOT NULL,
    sign_ins         INTEGER      NOT NULL,
    CONSTRAINT sign_in_person UNIQUE (organisation, username)
);
