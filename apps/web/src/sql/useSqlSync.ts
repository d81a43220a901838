import { modelsEqual, type SchemaModel } from '@schema-studio/schema';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, describeError } from '../lib/api.ts';
import { dialectTools } from '../lib/dialect.ts';
import { useProject, useProjectStoreApi } from '../store/ProjectStoreContext.tsx';
import { selectDesign } from '../store/selectors.ts';
import { pauseAfter, type TextEdit } from './edit-pause.ts';

export interface SqlEditorHandle {
  getValue(): string;
  setValue(text: string): void;
  setError(error: { message: string; line: number; column: number } | null): void;
}

/**
 * Two-way sync between the SQL text and the design. Canvas edits re-render the DDL into the editor; typing,
 * after a pause (short after a commit point such as a `;` or a paste: `pauseAfter`; reads it makes stale are
 * skipped on the server), is turned into a model by the server's engine and replaces the design (positions kept by
 * table name). On an SQL error the design stays at the last good one and the editor shows a marker.
 */
export function useSqlSync() {
  const store = useProjectStoreApi();
  const design = useProject(selectDesign);
  // The editor's first text. After that the DDL is rendered only for a design that did not come from the
  // text (a canvas edit): rendering it after every read of the text was work on the way to the canvas.
  const [opened] = useState(() => ({ design, ddl: dialectTools(design.dialect).ddl(design) }));
  const latest = useRef(design);
  const editor = useRef<SqlEditorHandle | null>(null);
  /** The design the editor's own text produced: no need to re-render the text over the person's typing. */
  const fromText = useRef<SchemaModel | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** The pause of the send the timer waits for, if any. */
  const pending = useRef<number | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);

  /** Puts `next` into the editor as DDL, unless the editor's own text produced it. */
  const showDesign = useCallback((handle: SqlEditorHandle, next: SchemaModel) => {
    if (next === fromText.current) return;
    const ddl = dialectTools(next.dialect).ddl(next);
    if (handle.getValue() !== ddl) handle.setValue(ddl);
  }, []);

  useEffect(() => {
    latest.current = design;
    if (editor.current) showDesign(editor.current, design);
  }, [design, showDesign]);

  const apply = useCallback(
    async (sql: string) => {
      inflight.current?.abort();
      const controller = new AbortController();
      inflight.current = controller;
      try {
        const { model } = await api.sqlToModel(sql, latest.current.dialect, controller.signal);
        const { actions, design: current } = store.getState();
        actions.setSqlError(null);
        editor.current?.setError(null);
        if (modelsEqual(current, model)) return;
        actions.replaceDesign(model);
        fromText.current = store.getState().design;
      } catch (error) {
        if (controller.signal.aborted) return;
        const line = error instanceof ApiError ? Number(error.details.line ?? 1) : 1;
        const column = error instanceof ApiError ? Number(error.details.column ?? 1) : 1;
        const message = error instanceof ApiError ? error.message : describeError(error);
        store.getState().actions.setSqlError({ message, line, column });
        editor.current?.setError({ message, line: line || 1, column: column || 1 });
      }
    },
    [store],
  );

  const onChange = useCallback(
    (sql: string, edit: TextEdit) => {
      clearTimeout(timer.current);
      const pause = pauseAfter(edit, pending.current);
      pending.current = pause;
      timer.current = setTimeout(() => {
        pending.current = undefined;
        void apply(sql);
      }, pause);
    },
    [apply],
  );

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  const attach = useCallback(
    (handle: SqlEditorHandle | null) => {
      editor.current = handle;
      // The design may have changed while the editor loaded.
      if (handle && latest.current !== opened.design) showDesign(handle, latest.current);
    },
    [opened, showDesign],
  );

  return { initial: opened.ddl, onChange, attach };
}
