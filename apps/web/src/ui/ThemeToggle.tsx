import { type ThemeState, useTheme } from './useTheme.ts';

const selectTheme = (s: ThemeState) => s.theme;
const selectToggle = (s: ThemeState) => s.toggle;

export function ThemeToggle() {
  const theme = useTheme(selectTheme);
  const toggle = useTheme(selectToggle);
  return (
    <button type="button" aria-pressed={theme === 'dark'} onClick={toggle} title="Dark mode">
      Dark mode
    </button>
  );
}
