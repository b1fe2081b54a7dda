/** Thrown at start-up when the store file cannot be opened, is corrupt, or is from a newer version. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}
