/** The planner quotes PostgreSQL's non-unreserved keywords; the list lives with the model (packages/schema). */
export { POSTGRES_RESERVED_KEYWORDS as RESERVED_KEYWORDS } from '@schema-studio/schema';
