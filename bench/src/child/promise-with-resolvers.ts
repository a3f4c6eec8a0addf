/**
 * PostGraphile 5.1 (grafast, grafserv, @dataplan/pg) calls Promise.withResolvers, which Node
 * gained in 22; this project runs Node 20 (STACK.md). Without it every query fails with
 * "Cannot read properties of undefined (reading 'items')". Same semantics, defined only if absent.
 */
const promise = Promise as unknown as { withResolvers?: <T>() => { promise: Promise<T>; resolve(value: T): void; reject(reason: unknown): void } };
promise.withResolvers ??= <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const created = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise: created, resolve, reject };
};
