import { type ComponentType, lazy as reactLazy } from 'react';

const RELOADED = 'nm-reloaded-for-chunk';

/**
 * React.lazy that survives a new release: a tab opened before an upgrade asks for page files that
 * no longer exist. Reload once to get the new ones; if that already happened, let the error show.
 */
export function lazy<T extends ComponentType<object>>(load: () => Promise<{ default: T }>) {
  return reactLazy(() =>
    load().then(
      (m) => {
        sessionStorage.removeItem(RELOADED);
        return m;
      },
      (e: unknown) => {
        if (!sessionStorage.getItem(RELOADED)) {
          sessionStorage.setItem(RELOADED, '1');
          window.location.reload();
          return new Promise<never>(() => {});
        }
        throw e;
      },
    ),
  );
}
