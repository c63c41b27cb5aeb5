/**
 * A PostgreSQL array literal for a raw query parameter (`?::text[]`): MikroORM's raw queries expand a
 * JavaScript array into a comma list, so arrays travel as one quoted literal instead. NULL stays NULL.
 */
export function pgArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
