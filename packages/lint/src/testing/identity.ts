import type { IdentityDef } from '@schema-studio/schema';

export const IDENTITY: IdentityDef = {
  generation: 'by default',
  start: '1',
  increment: '1',
  min: '1',
  max: '2147483647',
  cache: '1',
  cycle: false,
};
