import { useReactFlow } from '@xyflow/react';
import { AdvisorButton } from '../advisor/AdvisorButton.tsx';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { MembersButton } from '../auth/MembersButton.tsx';
import { navigate } from '../lib/useRoute.ts';
import { useProject, useProjectStoreApi } from '../store/ProjectStoreContext.tsx';
import { tableKey } from '../store/positions.ts';
import { selectActions, selectCanRedo, selectCanUndo, selectHidden, selectName } from '../store/selectors.ts';
import { ThemeToggle } from '../ui/ThemeToggle.tsx';
import { newTable } from './new-table.ts';
import { RefreshBaselineButton } from './RefreshBaselineButton.tsx';
import { SaveStatus } from './SaveStatus.tsx';

interface ToolbarProps {
  readonly sqlOpen: boolean;
  readonly onToggleSql: () => void;
  readonly advisorOpen: boolean;
  readonly onToggleAdvisor: () => void;
  readonly onSearch: () => void;
  readonly layoutRunning: boolean;
  readonly onAutoLayout: () => void;
  readonly onExportDocs: () => void;
}

function useAddTable() {
  const store = useProjectStoreApi();
  const flow = useReactFlow();
  return () => {
    const { design, actions } = store.getState();
    const table = newTable(design);
    const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
    const center = canvas
      ? flow.screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 3 })
      : { x: 0, y: 0 };
    actions.dispatch({ kind: 'table.add', table });
    actions.moveTables({ [tableKey(table)]: center });
    actions.select([tableKey(table)]);
  };
}

export function Toolbar({
  sqlOpen,
  onToggleSql,
  advisorOpen,
  onToggleAdvisor,
  onSearch,
  layoutRunning,
  onAutoLayout,
  onExportDocs,
}: ToolbarProps) {
  const actions = useProject(selectActions);
  const canUndo = useProject(selectCanUndo);
  const canRedo = useProject(selectCanRedo);
  const hidden = useProject(selectHidden);
  const name = useProject(selectName);
  const addTable = useAddTable();
  return (
    <header className="toolbar">
      <nav aria-label="Breadcrumb" className="crumbs">
        <a
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          Projects
        </a>
        <span aria-hidden="true"> / </span>
        <h1 className="project-name">{name}</h1>
      </nav>
      <div role="toolbar" aria-label="Design tools" className="tools">
        <button type="button" onClick={addTable}>
          Add table
        </button>
        <button type="button" onClick={actions.undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={actions.redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
        <button type="button" onClick={onAutoLayout} disabled={layoutRunning} aria-busy={layoutRunning}>
          Auto layout
        </button>
        <button type="button" onClick={actions.requestFit}>
          Zoom to fit
        </button>
        <button type="button" onClick={onSearch} aria-keyshortcuts="Control+K">
          Search
        </button>
        {hidden.length > 0 && (
          <button type="button" onClick={actions.showAll}>
            Show all tables ({hidden.length} hidden)
          </button>
        )}
        <RefreshBaselineButton />
        <button type="button" aria-pressed={sqlOpen} onClick={onToggleSql}>
          SQL
        </button>
        <AdvisorButton pressed={advisorOpen} onToggle={onToggleAdvisor} />
        <button type="button" aria-haspopup="dialog" onClick={onExportDocs}>
          Export docs
        </button>
        <MembersButton />
        <ThemeToggle />
      </div>
      <SaveStatus />
      <AccountMenu />
    </header>
  );
}
