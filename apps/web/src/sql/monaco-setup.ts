// Monaco bundled locally (no CDN): the editor core and the SQL grammar only, not every language and worker.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/sql/register';
// The core alone does not render markers as squiggles: this contribution instantiates the service that does.
import 'monaco-editor/editor/browser/services/contribution';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

export { monaco };
