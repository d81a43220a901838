-- Schema Studio's demo project: a small bookshop with a catalogue, customers, orders and reviews.

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
COMMENT ON TYPE order_status IS 'Where an order is in its life';

CREATE TYPE book_format AS ENUM ('hardcover', 'paperback', 'ebook', 'audiobook');
COMMENT ON TYPE book_format IS 'How a book is published';

CREATE TABLE publishers (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  country char(2),
  website text
);
COMMENT ON TABLE publishers IS 'Publishing houses whose books the shop sells';
COMMENT ON COLUMN publishers.country IS 'ISO 3166-1 alpha-2 country code';

CREATE TABLE authors (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  full_name text NOT NULL,
  born_on date,
  biography text
);
COMMENT ON TABLE authors IS 'People who wrote books';
COMMENT ON COLUMN authors.full_name IS 'Name as printed on the cover';

CREATE TABLE categories (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
  name text NOT NULL,
  UNIQUE (parent_id, name)
);
COMMENT ON TABLE categories IS 'Shelves of the shop, nested (Fiction > Crime)';
COMMENT ON COLUMN categories.parent_id IS 'The enclosing category; null for a top-level one';

CREATE TABLE books (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  isbn varchar(13) NOT NULL UNIQUE,
  title text NOT NULL,
  publisher_id integer NOT NULL REFERENCES publishers (id),
  category_id integer REFERENCES categories (id) ON DELETE SET NULL,
  format book_format NOT NULL DEFAULT 'paperback',
  price numeric(10, 2) NOT NULL CHECK (price >= 0),
  published_on date,
  stock integer NOT NULL DEFAULT 0 CHECK (stock >= 0)
);
COMMENT ON TABLE books IS 'The catalogue: one row per edition the shop sells';
COMMENT ON COLUMN books.isbn IS 'ISBN-13 without hyphens';
COMMENT ON COLUMN books.stock IS 'Copies on hand in the warehouse';
CREATE INDEX books_publisher_id_idx ON books (publisher_id);
CREATE INDEX books_category_id_idx ON books (category_id);
CREATE INDEX books_title_idx ON books (lower(title));

CREATE TABLE book_authors (
  book_id integer NOT NULL REFERENCES books (id) ON DELETE CASCADE,
  author_id integer NOT NULL REFERENCES authors (id),
  position smallint NOT NULL DEFAULT 1,
  PRIMARY KEY (book_id, author_id)
);
COMMENT ON TABLE book_authors IS 'Who wrote which book, in credit order';
COMMENT ON COLUMN book_authors.position IS '1 for the first credited author';
CREATE INDEX book_authors_author_id_idx ON book_authors (author_id);

CREATE TABLE customers (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE,
  full_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE customers IS 'People with an account in the shop';
COMMENT ON COLUMN customers.email IS 'Login and contact address';

CREATE TABLE addresses (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  line1 text NOT NULL,
  line2 text,
  city text NOT NULL,
  postal_code text NOT NULL,
  country char(2) NOT NULL
);
COMMENT ON TABLE addresses IS 'Delivery addresses of customers';
CREATE INDEX addresses_customer_id_idx ON addresses (customer_id);

CREATE TABLE orders (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id),
  address_id integer REFERENCES addresses (id) ON DELETE SET NULL,
  status order_status NOT NULL DEFAULT 'pending',
  placed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE orders IS 'A checkout by a customer';
COMMENT ON COLUMN orders.address_id IS 'Where to deliver; null for ebooks only';
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE TABLE order_items (
  order_id integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  book_id integer NOT NULL REFERENCES books (id),
  quantity integer NOT NULL CHECK (quantity > 0),
  unit_price numeric(10, 2) NOT NULL,
  PRIMARY KEY (order_id, book_id)
);
COMMENT ON TABLE order_items IS 'Books in an order, at the price paid';
COMMENT ON COLUMN order_items.unit_price IS 'Price of one copy when the order was placed';
CREATE INDEX order_items_book_id_idx ON order_items (book_id);

CREATE TABLE reviews (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  book_id integer NOT NULL REFERENCES books (id) ON DELETE CASCADE,
  customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (book_id, customer_id)
);
COMMENT ON TABLE reviews IS 'What customers think of books: one review per customer and book';
COMMENT ON COLUMN reviews.rating IS 'Stars, 1 to 5';

CREATE VIEW book_sales AS
  SELECT b.id AS book_id, b.title, coalesce(sum(i.quantity), 0) AS copies_sold
    FROM books b
    LEFT JOIN order_items i ON i.book_id = b.id
    LEFT JOIN orders o ON o.id = i.order_id AND o.status <> 'cancelled'
   GROUP BY b.id, b.title;
COMMENT ON VIEW book_sales IS 'Copies sold per book, cancelled orders left out';
