// Values that the two databases return differently, read one way.

/** A Boolean column: SQLite stores 0/1, PostgreSQL returns true/false. */
export function truth(value: number | boolean): boolean;
export function truth(value: number | boolean | null): boolean | null;
export function truth(value: number | boolean | null): boolean | null {
  return value === null ? null : value === true || value === 1;
}
