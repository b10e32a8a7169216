-- Every row that belongs to a person belongs to one organisation (a tenant): the alias of its organisation in
-- Keycloak. Rows from before knew their organisation only as the domain of an e-mail address (seats, selfies,
-- runs); they are moved to that domain, which is the alias an organisation gets when IT names it by its domain,
-- as the demo's are. An organisation whose alias differs is moved once by IT (config/postgresql/README.md).
-- Rows that nothing ties to an organisation keep '' and are shown to no admin. Portable SQL (PostgreSQL, H2).
ALTER TABLE headshot_order ADD COLUMN organisation VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE seat ADD COLUMN organisation VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE headshot ADD COLUMN organisation VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE favourite ADD COLUMN organisation VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE identity_profile ADD COLUMN organisation VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE consent ADD COLUMN organisation VARCHAR(255) DEFAULT '' NOT NULL;
-- null: the installation's own events (IT's), which belong to no organisation
ALTER TABLE audit_event ADD COLUMN organisation VARCHAR(255);

-- an order's organisation is that of the people it seated (one order never seated two organisations)
UPDATE headshot_order SET organisation = COALESCE((
    SELECT MIN(LOWER(SUBSTRING(s.email FROM POSITION('@' IN s.email) + 1))) FROM seat s
    WHERE s.order_id = headshot_order.id AND POSITION('@' IN s.email) > 0), '');
UPDATE seat SET organisation = (SELECT o.organisation FROM headshot_order o WHERE o.id = seat.order_id);
UPDATE headshot_run SET organisation = (SELECT o.organisation FROM headshot_order o WHERE o.id = headshot_run.order_id)
    WHERE EXISTS (SELECT 1 FROM headshot_order o WHERE o.id = headshot_run.order_id AND o.organisation <> '');
UPDATE headshot SET organisation = COALESCE((SELECT MIN(r.organisation) FROM headshot_run r
    WHERE r.owner = headshot.owner AND r.run = headshot.run), '');
UPDATE favourite SET organisation = COALESCE((SELECT h.organisation FROM headshot h
    WHERE h.id = favourite.headshot_id), '');
UPDATE identity_profile SET organisation = COALESCE(
    (SELECT MIN(s.organisation) FROM selfie s WHERE s.owner = identity_profile.owner),
    (SELECT MIN(r.organisation) FROM headshot_run r WHERE r.owner = identity_profile.owner), '');
UPDATE consent SET organisation = COALESCE(
    (SELECT MIN(s.organisation) FROM selfie s WHERE s.owner = consent.username),
    (SELECT MIN(t.organisation) FROM seat t WHERE t.username = consent.username AND t.organisation <> ''), '');
UPDATE audit_event SET organisation = COALESCE(
    (SELECT MIN(s.organisation) FROM selfie s WHERE s.owner = audit_event.actor),
    (SELECT MIN(t.organisation) FROM seat t WHERE t.username = audit_event.actor AND t.organisation <> ''));

ALTER TABLE headshot_order ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE seat ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE headshot ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE favourite ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE identity_profile ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE consent ALTER COLUMN organisation DROP DEFAULT;

CREATE INDEX headshot_order_organisation ON headshot_order (organisation, created_at);
CREATE INDEX seat_organisation ON seat (organisation);
CREATE INDEX headshot_organisation ON headshot (organisation);
CREATE INDEX selfie_organisation ON selfie (organisation);
CREATE INDEX audit_event_organisation ON audit_event (organisation, at);
