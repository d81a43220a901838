import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { type DocFile, isGeneratedDocPath } from '@schema-studio/docs';

/** What `--check` finds: paths relative to the output folder. */
export interface DocsDrift {
  /** Generated files whose content on disk differs. */
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  /** Files in the generated part of the folder that the set no longer has (e.g. an ERD part of a split). */
  readonly extra: readonly string[];
}

/**
 * The files on disk an export owns (`isGeneratedDocPath`): README.md, the fixed documents and the ERD parts.
 * Anything else in the folder is someone's own and left alone; the migration log under migrations/ is appended
 * to by `docs log` and never rewritten or removed by an export.
 */
async function ownedFiles(outDir: string): Promise<string[]> {
  const schemaFiles = await listMarkdown(join(outDir, 'schema'));
  const readme = await readText(join(outDir, 'README.md'));
  const present = [...(readme === undefined ? [] : ['README.md']), ...schemaFiles.map((f) => `schema/${f}`)];
  return present.filter(isGeneratedDocPath);
}

/** Markdown files under `dir`, subfolders included (a large ERD is split into schema/erd/*.md), '/'-separated. */
async function listMarkdown(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true });
    return entries
      .map((f) => f.split(sep).join('/'))
      .filter((f) => f.endsWith('.md'))
      .sort();
  } catch {
    return [];
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The migration log files present, as the index lists them. */
export async function migrationLogs(outDir: string): Promise<string[]> {
  return (await listMarkdown(join(outDir, 'migrations'))).map((f) => `migrations/${f}`);
}

export async function compareDocs(outDir: string, files: readonly DocFile[]): Promise<DocsDrift> {
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const onDisk = await readText(join(outDir, file.path));
    if (onDisk === undefined) missing.push(file.path);
    else if (onDisk !== file.content) stale.push(file.path);
  }
  const generated = new Set(files.map((f) => f.path));
  const extra = (await ownedFiles(outDir)).filter((path) => !generated.has(path));
  return { stale, missing, extra };
}

/** Writes the set; only changed files are touched, and owned files the set no longer has are removed. */
export async function writeDocs(outDir: string, files: readonly DocFile[]): Promise<DocsDrift> {
  const drift = await compareDocs(outDir, files);
  const changed = new Set([...drift.stale, ...drift.missing]);
  for (const file of files) {
    if (!changed.has(file.path)) continue;
    const path = join(outDir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  for (const path of drift.extra) await rm(join(outDir, path));
  return drift;
}
