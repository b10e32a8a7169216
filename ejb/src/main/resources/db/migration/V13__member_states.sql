-- The cockpit's view of each seat, kept on the seat so that thousands of members are paged, sorted and
-- filtered in the database: how far the person has come (state), the department or sub-team they are in,
-- remakes their admin granted on top of the order's, and whether the admin marked them as handled.
ALTER TABLE seat ADD COLUMN state VARCHAR(16) DEFAULT 'INVITED' NOT NULL;
ALTER TABLE seat ADD COLUMN department VARCHAR(255) DEFAULT '' NOT NULL;
ALTER TABLE seat ADD COLUMN extra_remakes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE seat ADD COLUMN handled BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE seat SET department = (SELECT o.department FROM headshot_order o WHERE o.id = seat.order_id);
CREATE INDEX seat_order_state ON seat (order_id, state);
