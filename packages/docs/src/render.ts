import { compareStrings, type SchemaModel } from '@schema-studio/schema';
import { buildContext } from './context.ts';
import { renderDataDictionary } from './data-dictionary.ts';
import { renderErd } from './erd/render.ts';
import { filterModel } from './filter.ts';
import { documentedFindings, renderFindings } from './findings.ts';
import { DEFAULT_TITLE, type DocFile, type DocsOptions } from './options.ts';
import { renderReadme } from './readme.ts';
import { renderTableDefinitions } from './table-definitions.ts';

/**
 * The documentation set of a model: README.md, the ERD (one file, or an overview and one file per diagram),
 * table definitions, the data dictionary and, when the options carry findings, the advisor's findings. A pure function: the same model and options give the same bytes.
 */
export function renderDocs(model: SchemaModel, options: DocsOptions = {}): DocFile[] {
  const context = buildContext(filterModel(model, options.include, options.exclude), options.descriptions);
  const erd = renderErd(context);
  const findings = options.findings && documentedFindings(context, options.findings);
  const files = [
    renderReadme(context, {
      title: options.title ?? DEFAULT_TITLE,
      erdFiles: erd.length,
      migrationLogs: options.migrationLogs ?? [],
      ...(findings && { findings }),
    }),
    ...erd,
    renderTableDefinitions(context),
    renderDataDictionary(context),
    ...(findings ? [renderFindings(context, findings)] : []),
  ];
  return files.sort((a, b) => compareStrings(a.path, b.path));
}
