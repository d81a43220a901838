import { describe, expect, it } from 'vitest';
import { canApply, offeredMoves } from './moves.ts';

const OWNER = ['proposal.read', 'proposal.create', 'proposal.comment', 'proposal.review', 'proposal.apply'];
const EDITOR = ['proposal.read', 'proposal.create', 'proposal.comment', 'proposal.apply'];
const REVIEWER = ['proposal.read', 'proposal.comment', 'proposal.review'];
const VIEWER = ['proposal.read'];
const OPEN = ['push', 'approve', 'request_changes', 'close'];
const APPROVED = ['push', 'approve', 'request_changes', 'close', 'apply'];

describe('offeredMoves', () => {
  it('offers a reviewer approve and request changes on an open proposal, not close', () => {
    expect(offeredMoves(OPEN, REVIEWER).map((m) => m.label)).toEqual(['Approve', 'Request changes']);
  });
  it('offers an editor close but no review', () => {
    expect(offeredMoves(OPEN, EDITOR).map((m) => m.move)).toEqual(['close']);
  });
  it('offers a viewer nothing, and nothing on an applied proposal', () => {
    expect(offeredMoves(OPEN, VIEWER)).toEqual([]);
    expect(offeredMoves([], OWNER)).toEqual([]);
  });
  it('offers reopen on a closed proposal to those who propose', () => {
    expect(offeredMoves(['reopen'], OWNER).map((m) => m.move)).toEqual(['reopen']);
    expect(offeredMoves(['reopen'], REVIEWER)).toEqual([]);
  });
});

describe('canApply', () => {
  it('needs an approved proposal and the apply permission', () => {
    expect(canApply(APPROVED, EDITOR)).toBe(true);
    expect(canApply(APPROVED, REVIEWER)).toBe(false);
    expect(canApply(OPEN, OWNER)).toBe(false);
  });
});
