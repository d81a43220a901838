/** Connections to MySQL/MariaDB servers: the dialect check admits them. */
export const sql = `
ALTER TABLE connections DROP CONSTRAINT connections_dialect_check;
ALTER TABLE connections ADD CONSTRAINT connections_dialect_check CHECK (dialect IN ('postgres', 'mysql'));
`;
