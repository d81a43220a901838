import type { MigrationPlan } from '@schema-studio/diff';
import type { Dialect } from '@schema-studio/schema';
import { strToU8, zipSync } from 'fflate';
import { useState } from 'react';
import {
  checkVersion,
  type FileFormat,
  type MigrationFile,
  migrationFiles,
  slug,
} from './migration-files.ts';

const FORMATS: readonly { value: FileFormat; label: string }[] = [
  { value: 'sql', label: 'Plain SQL' },
  { value: 'golang-migrate', label: 'golang-migrate' },
  { value: 'flyway', label: 'Flyway' },
];

function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One file downloads as itself; an up/down pair downloads as a zip to unpack into the tool's folder. */
function saveFiles(files: readonly MigrationFile[], zipName: string) {
  const [only] = files;
  if (files.length === 1 && only) {
    save(only.path, new Blob([only.content], { type: 'application/sql' }));
    return;
  }
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)])));
  save(zipName, new Blob([new Uint8Array(zip)], { type: 'application/zip' }));
}

/** Download the plan as plain SQL, golang-migrate files or Flyway files (versioned up and undo scripts). */
export function DownloadMigration({
  plan,
  name,
  dialect,
}: {
  plan: MigrationPlan | null;
  name: string;
  dialect: Dialect;
}) {
  const [format, setFormat] = useState<FileFormat>('sql');
  const [version, setVersion] = useState('1');
  const problem = format === 'sql' ? null : checkVersion(format, version);
  return (
    <span className="download-migration">
      <select
        aria-label="Download format"
        value={format}
        onChange={(e) => setFormat(e.target.value as FileFormat)}
      >
        {FORMATS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      {format !== 'sql' && (
        <input
          type="text"
          aria-label="Migration version"
          aria-invalid={problem !== null}
          title={problem ? `The version must be ${problem}` : 'The version in the file names'}
          value={version}
          size={8}
          onChange={(e) => setVersion(e.target.value.trim())}
        />
      )}
      <button
        type="button"
        disabled={!plan || problem !== null}
        onClick={() =>
          plan &&
          saveFiles(migrationFiles(plan, format, { name, dialect, version }), `${slug(name)}-${format}.zip`)
        }
      >
        Download
      </button>
    </span>
  );
}
