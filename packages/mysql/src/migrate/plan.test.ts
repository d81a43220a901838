import type { RoutineDef, ViewDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { planMysqlMigration, planMysqlStatements, renderMysqlModelDdl } from './plan.ts';
import { col, DB, fk, ID, idx, mysqlModel, PK, table, upHazards, upSql } from './test-support.ts';

const users = (extra: Parameters<typeof table>[2] = {}, ...more: ReturnType<typeof col>[]) =>
  table('users', [ID, col('email', 'varchar(100)', { nullable: false }), ...more], {
    primaryKey: PK,
    ...extra,
  });

describe('every statement', () => {
  it('is non-transactional and says so with a hazard', () => {
    const plan = planMysqlMigration(mysqlModel(users()), mysqlModel());
    expect(plan.up.length).toBeGreaterThan(0);
    for (const s of [...plan.up, ...plan.down]) {
      expect(s.transactional).toBe(false);
      expect(s.hazards.map((h) => h.code)).toContain('NOT_TRANSACTIONAL');
    }
  });

  it('plans nothing for equal models', () => {
    expect(planMysqlStatements(mysqlModel(users()), mysqlModel(users()))).toEqual([]);
  });
});

describe('columns', () => {
  it('adds a last column instantly and a middle one AFTER its predecessor without a clause', () => {
    const to = mysqlModel(
      table(
        'users',
        [
          ID,
          col('name', 'varchar(20)'),
          col('email', 'varchar(100)', { nullable: false }),
          col('age', 'int(11)'),
        ],
        {
          primaryKey: PK,
        },
      ),
    );
    expect(upSql(mysqlModel(users()), to)).toEqual([
      'ALTER TABLE `users` ADD COLUMN `name` varchar(20) NULL AFTER `id`',
      'ALTER TABLE `users` ADD COLUMN `age` int(11) NULL, ALGORITHM=INSTANT',
    ]);
  });

  it('puts a first column FIRST', () => {
    const to = mysqlModel(
      table('users', [col('x', 'int(11)'), ID, col('email', 'varchar(100)', { nullable: false })], {
        primaryKey: PK,
      }),
    );
    expect(upSql(mysqlModel(users()), to)).toEqual(['ALTER TABLE `users` ADD COLUMN `x` int(11) NULL FIRST']);
  });

  it('adds no INSTANT column to a table with a FULLTEXT index, or to a MyISAM table', () => {
    const fulltext = users({ indexes: [idx('ft', ['email'], { method: 'FULLTEXT' })] });
    const withAge = (t: typeof fulltext) => ({ ...t, columns: [...t.columns, col('age', 'int(11)')] });
    expect(upSql(mysqlModel(fulltext), mysqlModel(withAge(fulltext)))).toEqual([
      'ALTER TABLE `users` ADD COLUMN `age` int(11) NULL',
    ]);
    const myisam = users({ mysql: { engine: 'MyISAM' } });
    expect(upSql(mysqlModel(myisam), mysqlModel(withAge(myisam)))).toEqual([
      'ALTER TABLE `users` ADD COLUMN `age` int(11) NULL',
    ]);
  });

  it('warns that a NOT NULL column without a default fills existing rows with zero values', () => {
    const to = mysqlModel(users({}, col('score', 'int(11)', { nullable: false })));
    expect(upHazards(mysqlModel(users()), to)[0]?.hazards).toEqual([
      'ACCESS_EXCLUSIVE_LOCK',
      'VALIDATION_SCAN',
    ]);
  });

  it('drops a column with its data', () => {
    const hazards = upHazards(mysqlModel(users({}, col('old', 'text'))), mysqlModel(users()));
    expect(hazards).toEqual([
      {
        sql: 'ALTER TABLE `users` DROP COLUMN `old`',
        hazards: ['DELETES_DATA', 'TABLE_REWRITE', 'ACCESS_EXCLUSIVE_LOCK'],
      },
    ]);
  });

  it('restates a changed column in full with MODIFY', () => {
    const from = mysqlModel(users({}, col('at', 'datetime')));
    const to = mysqlModel(
      users(
        {},
        col('at', 'datetime', {
          nullable: false,
          default: 'current_timestamp()',
          comment: "when it's done",
          mysql: { onUpdate: 'current_timestamp()' },
        }),
      ),
    );
    expect(upHazards(from, to)).toEqual([
      {
        sql: "ALTER TABLE `users` MODIFY COLUMN `at` datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'when it''s done'",
        hazards: ['TABLE_REWRITE', 'SHARE_LOCK', 'VALIDATION_SCAN'],
      },
    ]);
  });

  it('changes a literal default with ALTER COLUMN, instantly', () => {
    const from = mysqlModel(users({}, col('n', 'int(11)', { default: '1' })));
    const to = mysqlModel(users({}, col('n', 'int(11)', { default: '2' })));
    expect(upSql(from, to)).toEqual([
      'ALTER TABLE `users` ALTER COLUMN `n` SET DEFAULT 2, ALGORITHM=INSTANT',
    ]);
    expect(upSql(to, mysqlModel(users({}, col('n', 'int(11)'))))).toEqual([
      'ALTER TABLE `users` ALTER COLUMN `n` DROP DEFAULT, ALGORITHM=INSTANT',
    ]);
  });

  it('changes an expression default with MODIFY and no clause', () => {
    const from = mysqlModel(users({}, col('at', 'datetime')));
    const to = mysqlModel(users({}, col('at', 'datetime', { default: 'current_timestamp()' })));
    expect(upSql(from, to)).toEqual([
      'ALTER TABLE `users` MODIFY COLUMN `at` datetime NULL DEFAULT current_timestamp()',
    ]);
  });

  it('appends ENUM values instantly and reports removed ones as data loss', () => {
    const e = (type: string) => mysqlModel(users({}, col('s', type)));
    expect(upHazards(e("enum('a','b')"), e("enum('a','b','c')"))).toEqual([
      {
        sql: "ALTER TABLE `users` MODIFY COLUMN `s` enum('a','b','c') NULL, ALGORITHM=INSTANT",
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
      },
    ]);
    expect(upHazards(e("enum('a','b')"), e("enum('b','a')"))[0]?.hazards).toEqual([
      'TABLE_REWRITE',
      'SHARE_LOCK',
    ]);
    expect(upHazards(e("enum('a','b')"), e("enum('a')"))[0]?.hazards).toEqual([
      'DELETES_DATA',
      'TABLE_REWRITE',
      'SHARE_LOCK',
    ]);
  });

  it('widens a VARCHAR in place and reports narrowing as data loss', () => {
    const v = (n: number) => mysqlModel(users({}, col('v', `varchar(${n})`)));
    expect(upSql(v(10), v(50))).toEqual([
      'ALTER TABLE `users` MODIFY COLUMN `v` varchar(50) NULL, ALGORITHM=INPLACE, LOCK=NONE',
    ]);
    expect(upHazards(v(50), v(10))[0]?.hazards).toEqual(['DELETES_DATA', 'TABLE_REWRITE', 'SHARE_LOCK']);
  });

  it('moves a column with MODIFY ... AFTER', () => {
    const from = mysqlModel(table('t', [ID, col('a', 'int(11)'), col('b', 'int(11)')], { primaryKey: PK }));
    const to = mysqlModel(table('t', [ID, col('b', 'int(11)'), col('a', 'int(11)')], { primaryKey: PK }));
    expect(upSql(from, to)).toEqual(['ALTER TABLE `t` MODIFY COLUMN `b` int(11) NULL AFTER `id`']);
  });

  it('renames a column instantly, except one a foreign key uses; down renames it back', () => {
    const from = mysqlModel(users({}, col('nick', 'varchar(20)')));
    const to = mysqlModel(users({}, col('handle', 'varchar(20)')));
    const hints = [{ kind: 'column' as const, schema: 'app', table: 'users', from: 'nick', to: 'handle' }];
    const plan = planMysqlMigration(from, to, hints);
    expect(plan.up.map((s) => s.sql)).toEqual([
      'ALTER TABLE `users` RENAME COLUMN `nick` TO `handle`, ALGORITHM=INSTANT',
    ]);
    expect(plan.down.map((s) => s.sql)).toEqual([
      'ALTER TABLE `users` RENAME COLUMN `handle` TO `nick`, ALGORITHM=INSTANT',
    ]);
    expect(plan.up[0]?.hazards.map((h) => h.code)).toContain('BREAKS_DEPENDENTS');

    const parent = table('teams', [ID], { primaryKey: PK });
    const child = (c: string) =>
      table('members', [ID, col(c, 'int(11)')], {
        primaryKey: PK,
        indexes: [idx('m_team', [c])],
        foreignKeys: [fk('m_team_fk', [c], 'teams', ['id'])],
      });
    const fkHint = [
      { kind: 'column' as const, schema: 'app', table: 'members', from: 'team', to: 'team_id' },
    ];
    expect(upSql(mysqlModel(parent, child('team')), mysqlModel(parent, child('team_id')), fkHint)).toEqual([
      'ALTER TABLE `members` RENAME COLUMN `team` TO `team_id`',
    ]);
  });

  it('restates columns that inherit a new table character set', () => {
    const t = (collation: string) =>
      table('t', [ID, col('name', 'varchar(10)')], {
        primaryKey: PK,
        mysql: { engine: 'InnoDB', charset: 'utf8mb4', collation },
      });
    expect(upSql(mysqlModel(t('utf8mb4_general_ci')), mysqlModel(t('utf8mb4_bin')))).toEqual([
      'ALTER TABLE `t` DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin',
      'ALTER TABLE `t` MODIFY COLUMN `name` varchar(10) NULL',
    ]);
  });

  it('removes AUTO_INCREMENT before its key is dropped', () => {
    const from = mysqlModel(table('t', [ID, col('x', 'int(11)', { nullable: false })], { primaryKey: PK }));
    const to = mysqlModel(
      table('t', [col('id', 'int(11)', { nullable: false }), col('x', 'int(11)', { nullable: false })]),
    );
    expect(upSql(from, to)).toEqual([
      'ALTER TABLE `t` MODIFY COLUMN `id` int(11) NOT NULL',
      'ALTER TABLE `t` DROP PRIMARY KEY',
    ]);
    expect(upSql(to, from)).toEqual([
      'ALTER TABLE `t` ADD PRIMARY KEY (`id`)',
      'ALTER TABLE `t` MODIFY COLUMN `id` int(11) NOT NULL AUTO_INCREMENT',
    ]);
  });
});

describe('keys and indexes', () => {
  it('replaces a primary key in one statement, so an AUTO_INCREMENT column stays a key', () => {
    const t = (columns: string[]) =>
      table('t', [ID, col('b', 'int(11)', { nullable: false })], {
        primaryKey: { name: 'PRIMARY', columns },
      });
    expect(upHazards(mysqlModel(t(['id'])), mysqlModel(t(['id', 'b'])))).toEqual([
      {
        sql: 'ALTER TABLE `t` DROP PRIMARY KEY, ADD PRIMARY KEY (`id`, `b`)',
        hazards: ['TABLE_REWRITE', 'SHARE_LOCK', 'INDEX_DROPPED'],
      },
    ]);
  });

  it('adds and drops secondary indexes online, FULLTEXT without a clause', () => {
    const withIndexes = users({
      indexes: [
        idx('by_email', ['email'], { keys: [{ column: 'email', length: 10, descending: true }] }),
        idx('ft', ['email'], { method: 'FULLTEXT' }),
      ],
    });
    expect(upHazards(mysqlModel(users()), mysqlModel(withIndexes))).toEqual([
      {
        sql: 'ALTER TABLE `users` ADD INDEX `by_email` (`email`(10) DESC), ALGORITHM=INPLACE, LOCK=NONE',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_BUILD'],
      },
      {
        sql: 'ALTER TABLE `users` ADD FULLTEXT INDEX `ft` (`email`)',
        hazards: ['SHARE_LOCK', 'TABLE_REWRITE', 'INDEX_BUILD'],
      },
    ]);
    expect(upHazards(mysqlModel(withIndexes), mysqlModel(users()))[0]).toEqual({
      sql: 'ALTER TABLE `users` DROP INDEX `by_email`, ALGORITHM=INPLACE, LOCK=NONE',
      hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_DROPPED'],
    });
  });

  it('adds unique keys as unique indexes and warns about duplicates', () => {
    const to = mysqlModel(users({ uniques: [{ name: 'users_email', columns: ['email'] }] }));
    expect(upHazards(mysqlModel(users()), to)).toEqual([
      {
        sql: 'ALTER TABLE `users` ADD UNIQUE INDEX `users_email` (`email`), ALGORITHM=INPLACE, LOCK=NONE',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_BUILD', 'VALIDATION_SCAN'],
      },
    ]);
  });

  it('renames an index on a renamed table under the new table name', () => {
    const from = mysqlModel(table('old', [ID], { primaryKey: PK, indexes: [idx('a', ['id'])] }));
    const to = mysqlModel(table('new', [ID], { primaryKey: PK, indexes: [idx('b', ['id'])] }));
    const hints = [
      { kind: 'table' as const, schema: 'app', from: 'old', to: 'new' },
      { kind: 'index' as const, schema: 'app', table: 'old', from: 'a', to: 'b' },
    ];
    expect(upSql(from, to, hints)).toEqual([
      'RENAME TABLE `old` TO `new`',
      'ALTER TABLE `new` RENAME INDEX `a` TO `b`, ALGORITHM=INPLACE, LOCK=NONE',
    ]);
  });

  it('adds and drops checks, dropping before the columns they use', () => {
    const check = { name: 'positive', expression: '`n` > 0' };
    const from = mysqlModel(users({ checks: [check] }, col('n', 'int(11)')));
    expect(upSql(from, mysqlModel(users()))).toEqual([
      'ALTER TABLE `users` DROP CONSTRAINT `positive`',
      'ALTER TABLE `users` DROP COLUMN `n`',
    ]);
    expect(upHazards(mysqlModel(users()), from)[1]).toEqual({
      sql: 'ALTER TABLE `users` ADD CONSTRAINT `positive` CHECK (`n` > 0)',
      hazards: ['TABLE_REWRITE', 'SHARE_LOCK', 'VALIDATION_SCAN'],
    });
  });
});

describe('foreign keys', () => {
  const teams = table('teams', [ID], { primaryKey: PK });
  const members = (extra: Parameters<typeof table>[2] = {}) =>
    table('members', [ID, col('team_id', 'int(11)')], { primaryKey: PK, ...extra });
  const teamFk = fk('members_team_fk', ['team_id'], 'teams', ['id']);

  it('adds a key after its index and drops it before its index and columns', () => {
    const linked = members({ indexes: [idx('members_team', ['team_id'])], foreignKeys: [teamFk] });
    const up = upHazards(mysqlModel(teams, members()), mysqlModel(teams, linked));
    expect(up.map((s) => s.sql)).toEqual([
      'ALTER TABLE `members` ADD INDEX `members_team` (`team_id`), ALGORITHM=INPLACE, LOCK=NONE',
      'ALTER TABLE `members` ADD CONSTRAINT `members_team_fk` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
    ]);
    expect(up[1]?.hazards).toEqual(['TABLE_REWRITE', 'SHARE_LOCK', 'VALIDATION_SCAN']);
    expect(upSql(mysqlModel(teams, linked), mysqlModel(teams, members()))).toEqual([
      'ALTER TABLE `members` DROP FOREIGN KEY `members_team_fk`, ALGORITHM=INPLACE, LOCK=NONE',
      'ALTER TABLE `members` DROP INDEX `members_team`, ALGORITHM=INPLACE, LOCK=NONE',
    ]);
  });

  it('keeps the index a remaining key uses until its replacement exists', () => {
    const a = members({ indexes: [idx('by_team', ['team_id'])], foreignKeys: [teamFk] });
    const b = members({ indexes: [idx('by_team_id', ['team_id', 'id'])], foreignKeys: [teamFk] });
    expect(upSql(mysqlModel(teams, a), mysqlModel(teams, b))).toEqual([
      'ALTER TABLE `members` ADD INDEX `by_team_id` (`team_id`, `id`), ALGORITHM=INPLACE, LOCK=NONE',
      'ALTER TABLE `members` DROP INDEX `by_team`, ALGORITHM=INPLACE, LOCK=NONE',
    ]);
  });

  it('creates referenced tables first with keys inline, and leaves cycles to ALTER TABLE', () => {
    const child = members({ foreignKeys: [teamFk] });
    const sql = upSql(mysqlModel(), mysqlModel(child, teams));
    expect(sql).toHaveLength(2);
    expect(sql[0]).toMatch(/^CREATE TABLE `teams`/);
    expect(sql[1]).toContain(
      'CONSTRAINT `members_team_fk` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)',
    );

    const a = table('a', [ID, col('b_id', 'int(11)')], {
      primaryKey: PK,
      foreignKeys: [fk('a_b', ['b_id'], 'b', ['id'])],
    });
    const b = table('b', [ID, col('a_id', 'int(11)')], {
      primaryKey: PK,
      foreignKeys: [fk('b_a', ['a_id'], 'a', ['id'])],
    });
    const cycle = upSql(mysqlModel(), mysqlModel(a, b));
    expect(cycle.map((s) => s.split('\n')[0])).toEqual([
      'CREATE TABLE `a` (',
      'CREATE TABLE `b` (',
      'ALTER TABLE `a` ADD CONSTRAINT `a_b` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT',
    ]);
    expect(cycle[0]).not.toContain('FOREIGN KEY');
    expect(cycle[1]).toContain('CONSTRAINT `b_a` FOREIGN KEY');
    // Dropping the cycle: one key first, then the tables, referencing ones first.
    expect(upSql(mysqlModel(a, b), mysqlModel())).toEqual([
      'ALTER TABLE `b` DROP FOREIGN KEY `b_a`, ALGORITHM=INPLACE, LOCK=NONE',
      'DROP TABLE `a`',
      'DROP TABLE `b`',
    ]);
  });

  it('drops referencing tables before the tables they reference', () => {
    expect(upSql(mysqlModel(members({ foreignKeys: [teamFk] }), teams), mysqlModel())).toEqual([
      'DROP TABLE `members`',
      'DROP TABLE `teams`',
    ]);
  });

  it('names a table of another database with its database', () => {
    const outside = { ...teamFk, refSchema: 'shared' };
    expect(upSql(mysqlModel(members()), mysqlModel(members({ foreignKeys: [outside] })))[0]).toContain(
      'REFERENCES `shared`.`teams` (`id`)',
    );
  });
});

describe('tables', () => {
  it('renames a table with RENAME TABLE; down renames it back', () => {
    const hints = [{ kind: 'table' as const, schema: 'app', from: 'users', to: 'people' }];
    const to = mysqlModel({ ...users(), name: 'people' });
    const plan = planMysqlMigration(mysqlModel(users()), to, hints);
    expect(plan.up.map((s) => s.sql)).toEqual(['RENAME TABLE `users` TO `people`']);
    expect(plan.down.map((s) => s.sql)).toEqual(['RENAME TABLE `people` TO `users`']);
  });

  it('changes engine and row format (a rebuild), options and comment (metadata)', () => {
    const after = users({
      mysql: { engine: 'MyISAM', charset: 'utf8mb4', rowFormat: 'DYNAMIC' },
      options: ['stats_persistent=0'],
      comment: 'people',
    });
    expect(upHazards(mysqlModel(users()), mysqlModel(after))).toEqual([
      { sql: 'ALTER TABLE `users` STATS_PERSISTENT=0', hazards: ['ACCESS_EXCLUSIVE_LOCK'] },
      {
        sql: 'ALTER TABLE `users` ENGINE=MyISAM ROW_FORMAT=DYNAMIC',
        hazards: ['TABLE_REWRITE', 'SHARE_LOCK'],
      },
      { sql: "ALTER TABLE `users` COMMENT='people'", hazards: ['ACCESS_EXCLUSIVE_LOCK'] },
    ]);
  });

  it('drops a table with its rows', () => {
    expect(upHazards(mysqlModel(users()), mysqlModel())).toEqual([
      { sql: 'DROP TABLE `users`', hazards: ['DELETES_DATA', 'ACCESS_EXCLUSIVE_LOCK'] },
    ]);
  });
});

describe('renderMysqlModelDdl', () => {
  it('writes the design as CREATE TABLE with keys, indexes, checks and options', () => {
    const t = users(
      {
        uniques: [{ name: 'users_email', columns: ['email'] }],
        indexes: [idx('by_name', ['name'], { comment: 'lookup' })],
        checks: [{ name: 'named', expression: "`name` <> ''" }],
        mysql: { engine: 'InnoDB', charset: 'utf8mb4', collation: 'utf8mb4_bin' },
        comment: 'people',
      },
      col('name', 'varchar(40)', { collation: 'utf8mb4_general_ci', default: "'x'" }),
      col('full', 'varchar(81)', {
        generated: "concat(`name`,' ',`email`)",
        mysql: { generatedStored: true },
      }),
    );
    expect(renderMysqlModelDdl(mysqlModel(t))).toContain(
      [
        'CREATE TABLE `users` (',
        '  `id` int(11) NOT NULL AUTO_INCREMENT,',
        '  `email` varchar(100) NOT NULL,',
        "  `name` varchar(40) COLLATE utf8mb4_general_ci NULL DEFAULT 'x',",
        "  `full` varchar(81) GENERATED ALWAYS AS (concat(`name`,' ',`email`)) STORED,",
        '  PRIMARY KEY (`id`),',
        '  UNIQUE KEY `users_email` (`email`),',
        "  KEY `by_name` (`name`) COMMENT 'lookup',",
        "  CONSTRAINT `named` CHECK (`name` <> '')",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='people';",
      ].join('\n'),
    );
  });

  it('writes no NULL after a generated column (MariaDB rejects it), NOT NULL only when the model has it', () => {
    const t = users(
      {},
      col('domain', 'varchar(100)', { generated: "substring_index(`email`,'@',-1)" }),
      col('len', 'int(11)', {
        nullable: false,
        generated: 'char_length(`email`)',
        mysql: { generatedStored: true },
      }),
    );
    const ddl = renderMysqlModelDdl(mysqlModel(t));
    expect(ddl).toContain(
      "  `domain` varchar(100) GENERATED ALWAYS AS (substring_index(`email`,'@',-1)) VIRTUAL,\n",
    );
    expect(ddl).toContain('  `len` int(11) GENERATED ALWAYS AS (char_length(`email`)) STORED NOT NULL,\n');
    const added = upSql(
      mysqlModel(users()),
      mysqlModel(users({}, col('domain', 'varchar(100)', { generated: '`email`' }))),
    );
    expect(added).toEqual([
      'ALTER TABLE `users` ADD COLUMN `domain` varchar(100) GENERATED ALWAYS AS (`email`) VIRTUAL',
    ]);
  });

  it('writes trigger and routine bodies as plain statements ending in `END;`, with no DELIMITER', () => {
    const body = 'CREATE PROCEDURE `touch`()\nBEGIN\n  UPDATE `users` SET `email` = `email`;\nEND';
    const ddl = renderMysqlModelDdl({ ...mysqlModel(users()), functions: [routine('touch', body)] });
    expect(ddl).toContain(`\n${body};\n`);
    expect(ddl).not.toMatch(/DELIMITER/i);
  });
});

const routine = (name: string, definition: string): RoutineDef => ({
  schema: DB,
  name,
  kind: definition.includes('PROCEDURE') ? 'procedure' : 'function',
  args: '',
  language: 'SQL',
  definition,
});

const view = (name: string, definition: string, dependsOn: string[]): ViewDef => ({
  schema: DB,
  name,
  materialized: false,
  definition,
  columns: [],
  indexes: [],
  triggers: [],
  dependsOn,
});

describe('views and routines', () => {
  const fn = routine(
    'domain_of',
    "CREATE FUNCTION `domain_of`(e varchar(100)) RETURNS varchar(100) DETERMINISTIC RETURN substring_index(e,'@',-1)",
  );
  const domains = view('domains', 'select `domain_of`(`email`) AS `d` from `users`', [
    `${DB}.users`,
    `${DB}.domain_of`,
  ]);
  const counted = view('domain_counts', 'select `d`, count(*) AS `n` from `domains` group by `d`', [
    `${DB}.domains`,
  ]);
  const design = { ...mysqlModel(users()), functions: [fn], views: [counted, domains] };

  it('creates a view after the functions and views it reads, and drops it before them', () => {
    const plan = planMysqlMigration(mysqlModel(users()), design);
    expect(plan.up.map((s) => /^[A-Z ]+`[^`]+`/.exec(s.sql)?.[0])).toEqual([
      'CREATE FUNCTION `domain_of`',
      'CREATE OR REPLACE VIEW `domains`',
      'CREATE OR REPLACE VIEW `domain_counts`',
    ]);
    expect(plan.down.map((s) => s.sql)).toEqual([
      'DROP VIEW `domain_counts`',
      'DROP VIEW `domains`',
      'DROP FUNCTION IF EXISTS `domain_of`',
    ]);
  });
});
