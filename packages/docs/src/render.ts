import { compareStrings, type SchemaModel } from '@schema-studio/schema';
import { buildContext } from './context.ts';
import { renderDataDictionary } from './data-dictionary.ts';
import { renderErd } from './erd/render.ts';
import { filterModel } from './filter.ts';
import { DEFAULT_TITLE, type DocFile, type DocsOptions } from './options.ts';
import { renderReadme } from './readme.ts';
import { renderTableDefinitions } from './table-definitions.ts';

/**
 * The documentation set of a model: README.md, the ERD (one file, or an overview and one file per diagram),
 * table definitions and the data dictionary. A pure function: the same model and options give the same bytes.
 */
export function renderDocs(model: SchemaModel, options: DocsOptions = {}): DocFile[] {
  const context = buildContext(filterModel(model, options.include, options.exclude), options.descriptions);
  const erd = renderErd(context);
  const files = [
    renderReadme(context, options.title ?? DEFAULT_TITLE, erd.length, options.migrationLogs ?? []),
    ...erd,
    renderTableDefinitions(context),
    renderDataDictionary(context),
  ];
  return files.sort((a, b) => compareStrings(a.path, b.path));
}
