import { useCallback, useState } from 'react';

/**
 * Runs an operation on the host, turning a failure into `failure` (said in a sentence until the
 * next operation succeeds) instead of a blank pane.
 */
export function useAttempt(): { readonly failure: unknown; readonly attempt: <T>(operation: () => Promise<T>) => Promise<T | undefined> } {
  const [failure, setFailure] = useState<unknown>(null);
  const attempt = useCallback(async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await operation();
      setFailure(null);
      return value;
    } catch (error) {
      setFailure(error);
      return undefined;
    }
  }, []);
  return { failure, attempt };
}
