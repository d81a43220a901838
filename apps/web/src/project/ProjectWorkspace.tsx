import { ReactFlowProvider } from '@xyflow/react';
import { type CSSProperties, lazy, Suspense, useCallback, useRef, useState } from 'react';
import { AdvisorProvider } from '../advisor/AdvisorContext.tsx';
import { AdvisorPanel } from '../advisor/AdvisorPanel.tsx';
import { Canvas } from '../canvas/Canvas.tsx';
import { MigrationPanel } from '../panels/MigrationPanel.tsx';
import { SidePanel } from '../panels/SidePanel.tsx';
import { ProjectStoreProvider } from '../store/ProjectStoreContext.tsx';
import type { ProjectStore } from '../store/project-store.ts';
import { PanelSplitter } from './PanelSplitter.tsx';
import { SearchDialog } from './SearchDialog.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useAutoLayout } from './useAutoLayout.ts';
import { useAutosave } from './useAutosave.ts';
import { usePanelHeight } from './usePanelHeight.ts';
import { useShortcuts } from './useShortcuts.ts';

// Monaco is large: it loads only when the SQL editor is first opened.
const SqlEditorPanel = lazy(() => import('../sql/SqlEditorPanel.tsx'));
// The docs preview brings markdown, sanitizing and (later still) Mermaid: loaded when first opened.
const DocsPreviewDialog = lazy(() => import('../docs/DocsPreviewDialog.tsx'));

/** The open project: toolbar, canvas, side panel, SQL editor and migration. */
export function ProjectWorkspace({ store }: { store: ProjectStore }) {
  const [sqlOpen, setSqlOpen] = useState(false);
  const [advisorOpen, setAdvisorOpen] = useState(false);
  const [searching, setSearching] = useState(false);
  const [exportingDocs, setExportingDocs] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useAutosave(store);
  useShortcuts(store, openSearch);
  const layout = useAutoLayout(store);
  const workspace = useRef<HTMLDivElement>(null);
  const panel = usePanelHeight(workspace);
  const rows =
    panel.height === undefined
      ? undefined
      : ({ '--bottom-panel-height': `${panel.height}px` } as CSSProperties);
  return (
    <ProjectStoreProvider store={store}>
      <AdvisorProvider projectId={store.getState().id}>
        <ReactFlowProvider>
          <div className="workspace" ref={workspace} style={rows}>
            <Toolbar
              sqlOpen={sqlOpen}
              onToggleSql={() => setSqlOpen((o) => !o)}
              advisorOpen={advisorOpen}
              onToggleAdvisor={() => setAdvisorOpen((o) => !o)}
              onSearch={openSearch}
              layoutRunning={layout.running}
              onAutoLayout={() => void layout.run()}
              onExportDocs={() => setExportingDocs(true)}
            />
            <main className="workspace-main">
              <Canvas busy={layout.running} />
              <SidePanel />
            </main>
            <PanelSplitter panel={panel} />
            <div
              className={`workspace-bottom${sqlOpen ? ' with-sql' : ''}${advisorOpen ? ' with-advisor' : ''}`}
            >
              {sqlOpen && (
                <Suspense fallback={<p role="status">Loading the SQL editor…</p>}>
                  <SqlEditorPanel />
                </Suspense>
              )}
              <MigrationPanel />
              {advisorOpen && <AdvisorPanel />}
            </div>
          </div>
          {searching && <SearchDialog onClose={() => setSearching(false)} />}
          {exportingDocs && (
            <Suspense
              fallback={
                <div className="dialog-backdrop">
                  <p role="status" className="dialog dialog-body">
                    Loading the documentation preview…
                  </p>
                </div>
              }
            >
              <DocsPreviewDialog onClose={() => setExportingDocs(false)} />
            </Suspense>
          )}
        </ReactFlowProvider>
      </AdvisorProvider>
    </ProjectStoreProvider>
  );
}
