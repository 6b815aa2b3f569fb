import { DuckDBInstance } from '@duckdb/node-api';
import { digest } from '../lib/digest.mjs';

// explicitly declared columns: only what the work reads (schema inference on a folder of events fails)
const COLUMNS = `{eventID: 'VARCHAR', entries: 'STRUCT(type VARCHAR, data STRUCT("values" STRUCT(stacktrace STRUCT(frames STRUCT("function" VARCHAR, module VARCHAR, filename VARCHAR, "inApp" BOOLEAN)[]))[]))[]'}`;

/** The same work as frames-loop, as SQL over DuckDB's JSON reader, on an NDJSON file or a folder of files. */
export async function duckdbFrames(input) {
  const source = input.endsWith('.ndjson')
    ? `read_json('${input}', format = 'newline_delimited', columns = ${COLUMNS})`
    : `read_json('${input}/*.json', format = 'auto', columns = ${COLUMNS})`;
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(`CREATE TEMP TABLE chains AS
    SELECT list_filter(en.data."values", v -> len(v.stacktrace.frames) > 0) AS vs
    FROM (SELECT unnest(entries) AS en FROM ${source}) WHERE en.type = 'exception'`);
  const key = (f) =>
    `coalesce(${f}."function", '') || chr(9) || coalesce(${f}.module, '') || chr(9) || coalesce(${f}.filename, '')`;
  const top = async (sql) => (await db.runAndReadAll(sql)).getRows().map(([k, n]) => [k, Number(n)]);
  const crashTop = await top(`SELECT ${key('fr')} AS k, count(*) AS n FROM
    (SELECT vs[-1].stacktrace.frames[-1] AS fr FROM chains WHERE len(vs) > 0) GROUP BY k ORDER BY n DESC, k LIMIT 50`);
  const inAppTop = await top(`SELECT ${key('fr')} AS k, count(*) AS n FROM
    (SELECT unnest(flatten(list_transform(vs, v -> v.stacktrace.frames))) AS fr FROM chains) WHERE fr."inApp"
    GROUP BY k ORDER BY n DESC, k LIMIT 50`);
  return { events: null, digest: digest([crashTop, inAppTop]), topCrashSite: crashTop[0]?.[0] ?? null };
}
