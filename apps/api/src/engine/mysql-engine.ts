import type { RenameHint, VerifyReport } from '@schema-studio/diff';
import { planMysqlMigration, renderMysqlModelDdl, renderMysqlStatements } from '@schema-studio/mysql';
import { ConnectionError, sqlToModelMysql, verifyMysqlMigration } from '@schema-studio/mysql/node';
import type { SchemaModel } from '@schema-studio/schema';
import type { Outcome } from '../connections/live.ts';
import { failure } from '../errors.ts';
import type { PlanResponse } from './engine.ts';

/**
 * The engine's MySQL side. Planning and DDL are pure; reading SQL and proving migrations need a MySQL/MariaDB
 * server for scratch databases (`MYSQL_SHADOW_URL`): there is no embedded MySQL to fall back on.
 */
export function mysqlEngine(shadowUrl: string | undefined) {
  const noShadow = () => failure('NO_MYSQL_SHADOW');
  return {
    async sqlToModel(sql: string): Promise<Outcome<SchemaModel>> {
      if (!shadowUrl) return noShadow();
      try {
        const result = await sqlToModelMysql(sql, shadowUrl);
        if (result.ok) return { ok: true, value: result.value };
        const { message, line, column } = result.error;
        const where = line === undefined ? '' : ` (line ${line}, column ${column ?? 1})`;
        return failure(
          'SQL_ERROR',
          `${message}${where}`,
          line === undefined ? {} : { line, column: column ?? 1 },
        );
      } catch (error) {
        if (error instanceof ConnectionError)
          return failure('CONNECTION_FAILED', `MySQL shadow: ${error.message}`);
        throw error;
      }
    },
    async verify(
      baseline: SchemaModel,
      design: SchemaModel,
      hints: readonly RenameHint[],
    ): Promise<Outcome<VerifyReport>> {
      if (!shadowUrl) return noShadow();
      const plan = planMysqlMigration(baseline, design, hints);
      return { ok: true, value: await verifyMysqlMigration(plan, baseline, design, shadowUrl) };
    },
    plan(baseline: SchemaModel, design: SchemaModel, hints: readonly RenameHint[]): PlanResponse {
      const { up, down } = planMysqlMigration(baseline, design, hints);
      return {
        up,
        down,
        session: [],
        upSql: renderMysqlStatements(up, { hazardComments: true }),
        downSql: renderMysqlStatements(down, { hazardComments: true }),
      };
    },
    ddl: (model: SchemaModel) => renderMysqlModelDdl(model),
  };
}
