import { expect, test } from '@playwright/test';
import { createDemoProject } from '../support/fixtures.ts';
import { startStudio } from '../support/studio.ts';

const PASSWORD = 'correct horse battery';

test('an admin invites a second person, who signs in and sees only the project shared with them, as a viewer', async ({
  browser,
}) => {
  const studio = await startStudio();
  const adminContext = await browser.newContext();
  const guestContext = await browser.newContext();
  try {
    const admin = await adminContext.newPage();
    // Local mode (loopback, no account) offers to set up accounts: the first account is the admin, and from
    // then on the studio asks everyone to sign in.
    await admin.goto(studio.url);
    await admin.getByRole('button', { name: 'Set up accounts' }).click();
    const setup = admin.getByRole('form', { name: 'Create the admin account' });
    await setup.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
    await setup.getByRole('textbox', { name: 'Name' }).fill('Ada');
    await setup.getByLabel('Password').fill(PASSWORD);
    await setup.getByRole('button', { name: 'Create the admin account' }).click();
    await expect(admin.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await createDemoProject(admin, studio, 'Shared');
    await createDemoProject(admin, studio, 'Private');

    await admin.goto(studio.url);
    await admin.getByRole('button', { name: 'Invite' }).click();
    const inviteDialog = admin.getByRole('dialog', { name: 'Invite someone' });
    await inviteDialog.getByRole('textbox', { name: 'Email' }).fill('bea@example.com');
    await inviteDialog.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await inviteDialog.getByRole('textbox', { name: /Invitation link/ }).inputValue();
    expect(link).toMatch(/\/invite\/[\w-]+$/);
    await inviteDialog.getByRole('button', { name: 'Close' }).click();

    const guest = await guestContext.newPage();
    // Without an account the studio asks to sign in.
    await guest.goto(studio.url);
    await expect(guest.getByRole('form', { name: 'Sign in' })).toBeVisible();
    await guest.goto(link);
    const accept = guest.getByRole('form', { name: 'Accept invitation' });
    await accept.getByRole('textbox', { name: 'Name' }).fill('Bea');
    await accept.getByLabel('Password').fill(PASSWORD);
    await accept.getByRole('button', { name: 'Create account' }).click();
    await expect(guest.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(guest.getByRole('link', { name: 'Shared' })).toHaveCount(0);

    await admin.getByRole('link', { name: 'Shared' }).click();
    await admin.getByRole('button', { name: 'Members' }).click();
    const members = admin.getByRole('dialog', { name: 'Members' });
    await members.getByRole('textbox', { name: 'Email or name' }).fill('bea@example.com');
    await members.getByRole('combobox', { name: "New member's role" }).selectOption('viewer');
    await members.getByRole('button', { name: 'Add member' }).click();
    await expect(members.getByRole('combobox', { name: 'Role of Bea' })).toHaveValue('viewer');

    await guest.reload();
    await expect(guest.getByRole('link', { name: 'Shared' })).toBeVisible();
    await expect(guest.getByRole('link', { name: 'Private' })).toHaveCount(0);
    await guest.getByRole('link', { name: 'Shared' }).click();
    await expect(guest.getByRole('region', { name: 'Canvas' })).toBeVisible();
    // A viewer does not manage members; the owner does.
    await expect(guest.getByRole('button', { name: 'Members' })).toHaveCount(0);
    await expect(admin.getByRole('button', { name: 'Members' })).toBeVisible();

    await guest.getByRole('button', { name: 'Sign out' }).click();
    const signIn = guest.getByRole('form', { name: 'Sign in' });
    await signIn.getByRole('textbox', { name: 'Email' }).fill('bea@example.com');
    await signIn.getByLabel('Password').fill('wrong password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByRole('alert')).toContainText('INVALID_CREDENTIALS');
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(guest.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await adminContext.close();
    await guestContext.close();
    await studio.stop();
  }
});
