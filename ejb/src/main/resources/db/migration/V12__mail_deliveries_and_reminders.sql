-- Every invitation and reminder mail, from queued to what the SMTP server said (sent, or failed with its
-- reason), and when each order reminds the people who have not finished (days before its deadline).
CREATE SEQUENCE mail_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_delivery (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       INTEGER       NOT NULL,
    organisation  VARCHAR(255)  NOT NULL,
    order_id      BIGINT        NOT NULL REFERENCES headshot_order (id) ON DELETE CASCADE,
    username      VARCHAR(255)  NOT NULL,
    recipient     VARCHAR(320)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    days_before   INTEGER,
    status        VARCHAR(16)   NOT NULL,
    attempts      INTEGER       NOT NULL,
    reason        VARCHAR(1000),
    queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE,
    requested_by  VARCHAR(255)  NOT NULL
);
CREATE INDEX mail_delivery_status ON mail_delivery (status, queued_at);
CREATE INDEX mail_delivery_order ON mail_delivery (organisation, order_id);

ALTER TABLE headshot_order ADD COLUMN reminder_days VARCHAR(64) DEFAULT '7,2' NOT NULL;
