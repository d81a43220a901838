import { useAdvisor } from './AdvisorContext.tsx';

/** The toolbar's toggle of the Advisor panel; its name stays "Advisor", the count is a visual hint. */
export function AdvisorButton({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  const count = useAdvisor((s) => s.findings.length);
  return (
    <button type="button" aria-pressed={pressed} onClick={onToggle} title={`${count} advisor findings`}>
      Advisor
      {count > 0 && (
        <span className="toolbar-count" aria-hidden="true">
          {' '}
          {count}
        </span>
      )}
    </button>
  );
}
