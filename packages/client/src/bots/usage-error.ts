/**
 * A bad command-line option or value. The CLI prints its message and exits
 * with code 2, the usual code for wrong usage, so scripts can tell it from a
 * run that failed.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
