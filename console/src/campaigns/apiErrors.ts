import { errorMessageKey } from '../auth/errorCodes';

/**
 * react-admin shows `error.message` through the translator. Providers throw the API error with its
 * message replaced by the key of the French text (`orga.errors.<CODE>`), keeping `code` and
 * `status` so that the authProvider's checkError still recognises an expired session.
 */
export function withMessageKey(error: unknown): Error {
  const key = errorMessageKey(error);
  if (error instanceof Error) {
    error.message = key;
    return error;
  }
  return Object.assign(new Error(key), { cause: error });
}

/** Runs a provider call and turns its failure into a displayable one. */
export async function displayable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw withMessageKey(error);
  }
}
