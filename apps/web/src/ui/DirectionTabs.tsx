export type Direction = 'up' | 'down';

interface DirectionTabsProps {
  /** Names the tab list ("Direction", "Script"). */
  readonly label: string;
  readonly direction: Direction;
  readonly onChange: (direction: Direction) => void;
  /** Each tab's text, e.g. `Up (3)`. */
  readonly tabLabel: (direction: Direction) => string;
}

/** The up/down switch of a migration, wherever one is shown (migration panel, review page). */
export function DirectionTabs({ label, direction, onChange, tabLabel }: DirectionTabsProps) {
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {(['up', 'down'] as const).map((d) => (
        <button key={d} type="button" role="tab" aria-selected={direction === d} onClick={() => onChange(d)}>
          {tabLabel(d)}
        </button>
      ))}
    </div>
  );
}
