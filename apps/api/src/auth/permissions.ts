/**
 * The one permission table: which project roles may do each action. Every route that touches a project asks
 * {@link authorize} with one of these actions; nothing else decides who may do what.
 */
export const ROLES = ['owner', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const ALL: readonly Role[] = ROLES;

export const PERMISSIONS = {
  /** Load the project, its docs and its member list. */
  'project.read': ALL,
  /** Save the design, layout and hints; rename. */
  'project.edit': ['owner', 'editor'],
  /** Re-read the baseline through the project's connection (opens the live database). */
  'project.refreshBaseline': ['owner', 'editor'],
  'project.delete': ['owner'],
  /** Add members, change their role, remove them. */
  'members.manage': ['owner'],
  'proposal.read': ALL,
  'proposal.create': ['owner', 'editor'],
  /** Reviewers must be able to explain a "request changes"; viewers only read the discussion. */
  'proposal.comment': ['owner', 'editor', 'reviewer'],
  /** Approve or request changes. */
  'proposal.review': ['owner', 'reviewer'],
  /** Run an approved migration on the project's live database. */
  'proposal.apply': ['owner', 'editor'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function allows(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
