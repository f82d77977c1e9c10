/** A chunk loaded on first use and kept for the page; a failed load is forgotten so the next call retries. */
export interface Lazy<M> {
  /** The module once it has arrived. */
  readonly value: M | undefined;
  load(): Promise<M>;
}

export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let value: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
