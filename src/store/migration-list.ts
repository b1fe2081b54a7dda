/**
 * Rules both migration lists (sqlite/migrations.ts, postgres/migrations.ts) and both runners
 * (sqlite/migrate.ts, postgres/migrate.ts) share: versions run 1, 2, 3, ... without gaps.
 */

export interface MigrationOutcome {
  /** Schema version found in the store (0 for a new or empty one). */
  from: number;
  /** Schema version after this run. */
  to: number;
}

/** The newest schema version this build knows. */
export function latestVersion(list: readonly { version: number }[]): number {
  return list.at(-1)?.version ?? 0;
}

/** A migration list that is not 1, 2, 3, ... is a programming error, caught at open. */
export function assertMigrationList(list: readonly { version: number; name: string }[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migration "${migration.name}" has version ${migration.version}, expected ${index + 1}: versions must run 1, 2, 3, ... in order`,
      );
    }
  });
}
