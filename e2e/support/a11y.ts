import type { Locator } from '@playwright/test';

/** Interactive roles that must always carry a name; an unnamed one shows in an ARIA snapshot as `- button`. */
const UNNAMED =
  /^\s*- (button|textbox|checkbox|combobox|searchbox|link|tab|radio|slider|spinbutton|switch)( \[[^\]]*\])*:?$/;

/** The lines of the ARIA snapshot of `scope` that are interactive controls without an accessible name. */
export async function unnamedControls(scope: Locator): Promise<string[]> {
  return (await scope.ariaSnapshot()).split('\n').filter((line) => UNNAMED.test(line));
}
