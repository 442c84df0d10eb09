import { QueryClient } from '@tanstack/react-query';

/**
 * The REST client retries what is safe to retry itself (rate limits, dropped connections), so
 * react-query does not retry again; layouts stay fresh until we change them.
 */
export const createAppQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
