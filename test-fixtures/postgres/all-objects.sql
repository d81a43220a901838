-- Every object kind the PostgreSQL introspector reads, for its tests. Runs on PostgreSQL 15+ and PGlite.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Application objects';
CREATE SCHEMA audit;

CREATE COLLATION app.c_bytes (locale = 'C');
COMMENT ON COLLATION app.c_bytes IS 'Byte order';
-- The ICU locale lives in colliculocale on PG 15-16 and in colllocale from PG 17.
CREATE COLLATION app.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
COMMENT ON TYPE app.mood IS 'How it feels';
ALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'ok';

CREATE DOMAIN app.positive_int AS integer NOT NULL DEFAULT 1 CONSTRAINT positive_int_check CHECK (VALUE > 0);
ALTER DOMAIN app.positive_int ADD CONSTRAINT positive_int_small CHECK (VALUE < 1000000) NOT VALID;
COMMENT ON DOMAIN app.positive_int IS 'Strictly positive';
CREATE DOMAIN app.code AS text COLLATE "C";

CREATE TYPE app.address AS (street text, city text COLLATE "C", zip varchar(10));
COMMENT ON TYPE app.address IS 'Postal address';

CREATE TYPE app.float_range AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE app.text_span AS RANGE (subtype = text, collation = "C", multirange_type_name = app.text_spans);

CREATE SEQUENCE app.invoice_no AS integer START WITH 1000 INCREMENT BY 10 MINVALUE 10 MAXVALUE 999999 CACHE 5 CYCLE;
COMMENT ON SEQUENCE app.invoice_no IS 'Invoice numbers';

CREATE TABLE app.customer (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) PRIMARY KEY,
  email text NOT NULL COLLATE "C",
  name varchar(100),
  mood app.mood DEFAULT 'ok',
  score app.positive_int,
  home app.address,
  created_at timestamptz NOT NULL DEFAULT now(),
  tags text[] DEFAULT '{}'::text[],
  CONSTRAINT customer_email_key UNIQUE (email),
  CONSTRAINT customer_name_check CHECK (char_length(name) > 1)
);
COMMENT ON TABLE app.customer IS 'People who buy';
COMMENT ON COLUMN app.customer.email IS 'Login';
COMMENT ON CONSTRAINT customer_email_key ON app.customer IS 'One account per email';
ALTER TABLE app.customer ADD CONSTRAINT customer_score_check CHECK (score < 100) NOT VALID;

CREATE TABLE app.invoice (
  id integer NOT NULL DEFAULT nextval('app.invoice_no'),
  customer_id bigint NOT NULL,
  total numeric(12, 2) NOT NULL,
  tax numeric(12, 2) GENERATED ALWAYS AS (total * 0.2) STORED,
  period tstzrange,
  code text,
  CONSTRAINT invoice_pkey PRIMARY KEY (id),
  CONSTRAINT invoice_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customer (id)
    ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT invoice_code_key UNIQUE NULLS NOT DISTINCT (code) DEFERRABLE,
  CONSTRAINT invoice_total_check CHECK (total >= 0) NO INHERIT
);
ALTER SEQUENCE app.invoice_no OWNED BY app.invoice.id;
ALTER TABLE app.invoice ADD CONSTRAINT invoice_no_overlap EXCLUDE USING gist (period WITH &&);
COMMENT ON CONSTRAINT invoice_no_overlap ON app.invoice IS 'No overlapping periods';
ALTER TABLE app.invoice REPLICA IDENTITY FULL;
ALTER TABLE app.invoice SET (fillfactor = 90, autovacuum_enabled = false);

CREATE TABLE app.invoice_line (
  invoice_id integer NOT NULL,
  line_no smallint NOT NULL,
  sku text NOT NULL,
  qty integer NOT NULL,
  CONSTRAINT invoice_line_pkey PRIMARY KEY (invoice_id, line_no)
);
-- NOT VALID only sticks when added to an existing table.
ALTER TABLE app.invoice_line ADD CONSTRAINT invoice_line_invoice_fk FOREIGN KEY (invoice_id)
  REFERENCES app.invoice (id) MATCH FULL ON DELETE CASCADE NOT VALID;
ALTER TABLE app.invoice_line REPLICA IDENTITY USING INDEX invoice_line_pkey;

CREATE INDEX customer_lower_email_idx ON app.customer (lower(email));
CREATE INDEX customer_created_idx ON app.customer (created_at DESC NULLS LAST, name NULLS FIRST);
CREATE INDEX customer_name_partial_idx ON app.customer (name) INCLUDE (email) WHERE name IS NOT NULL;
CREATE INDEX customer_name_pattern_idx ON app.customer (name varchar_pattern_ops);
CREATE INDEX customer_name_c_idx ON app.customer (name COLLATE "C") WITH (fillfactor = 70);
CREATE UNIQUE INDEX invoice_line_sku_idx ON app.invoice_line (sku) NULLS NOT DISTINCT;
CREATE INDEX customer_tags_idx ON app.customer USING gin (tags);
COMMENT ON INDEX app.customer_lower_email_idx IS 'Case-insensitive lookup';

CREATE UNLOGGED TABLE app.session_cache (key text PRIMARY KEY, value jsonb);

CREATE TABLE app.event (
  id bigint NOT NULL,
  happened_at date NOT NULL,
  payload jsonb,
  CONSTRAINT event_pkey PRIMARY KEY (id, happened_at),
  CONSTRAINT event_customer_fk FOREIGN KEY (id) REFERENCES app.customer (id),
  CONSTRAINT event_payload_check CHECK (payload IS NOT NULL)
) PARTITION BY RANGE (happened_at);
CREATE INDEX event_payload_idx ON app.event USING gin (payload);
CREATE TABLE app.event_2024 PARTITION OF app.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.event_rest PARTITION OF app.event DEFAULT;
CREATE INDEX event_2024_local_idx ON app.event_2024 (happened_at);
COMMENT ON TABLE app.event_2024 IS 'Events of 2024';

CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION app.touch() IS 'Sets created_at';

CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a + b';

CREATE PROCEDURE app.reset_cache(IN keep integer) LANGUAGE sql AS $$ DELETE FROM app.session_cache $$;
COMMENT ON PROCEDURE app.reset_cache(integer) IS 'Empties the cache';

CREATE AGGREGATE app.total(integer) (SFUNC = app.add, STYPE = integer, INITCOND = '0');

CREATE TRIGGER customer_touch BEFORE INSERT ON app.customer FOR EACH ROW EXECUTE FUNCTION app.touch();
COMMENT ON TRIGGER customer_touch ON app.customer IS 'Stamp rows';
CREATE TRIGGER invoice_audit AFTER UPDATE ON app.invoice FOR EACH STATEMENT EXECUTE FUNCTION app.touch();
ALTER TABLE app.invoice DISABLE TRIGGER invoice_audit;
CREATE TRIGGER event_touch BEFORE INSERT ON app.event FOR EACH ROW EXECUTE FUNCTION app.touch();

ALTER TABLE app.invoice ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.invoice FORCE ROW LEVEL SECURITY;
CREATE POLICY invoice_read ON app.invoice FOR SELECT TO PUBLIC USING (total > 0);
CREATE POLICY invoice_write ON app.invoice AS RESTRICTIVE FOR UPDATE USING (true) WITH CHECK (total < 1000);
COMMENT ON POLICY invoice_read ON app.invoice IS 'Anyone reads';

CREATE VIEW app.big_invoice WITH (security_barrier = true) AS
  SELECT i.id, c.email, app.add(i.id, 2) AS id_plus
  FROM app.invoice i JOIN app.customer c ON c.id = i.customer_id
  WHERE i.total > 100;
COMMENT ON VIEW app.big_invoice IS 'Large invoices';
COMMENT ON COLUMN app.big_invoice.email IS 'Customer email';

CREATE FUNCTION app.big_invoice_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER big_invoice_insert INSTEAD OF INSERT ON app.big_invoice
  FOR EACH ROW EXECUTE FUNCTION app.big_invoice_insert();

CREATE MATERIALIZED VIEW audit.customer_totals AS
  SELECT c.id, count(i.id) AS invoices FROM app.customer c LEFT JOIN app.invoice i ON i.customer_id = c.id
  GROUP BY c.id
  WITH NO DATA;
CREATE UNIQUE INDEX customer_totals_id_idx ON audit.customer_totals (id);
COMMENT ON MATERIALIZED VIEW audit.customer_totals IS 'Per-customer totals';

CREATE TABLE public.note (id serial PRIMARY KEY, body text);
