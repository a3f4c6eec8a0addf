/**
 * How a use case ended, as a test reads it: 'ok', or the error's stable code (what a client
 * would see in `extensions.code`).
 */
export const codeOf = (promise: Promise<unknown>): Promise<string> => promise.then(() => 'ok', (error: { code: string }) => error.code);
