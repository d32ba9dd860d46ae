import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { PreferencesProvider } from '../features/preferences';
import { ME_QUERY_KEY } from '../features/session';
import { ToastProvider } from '../ui/feedback/ToastProvider';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

const queryClient = createQueryClient({
  onSessionEnded: () => {
    queryClient.setQueryData(ME_QUERY_KEY, null);
    const { href } = router.state.location;
    if (!href.startsWith('/sign-in')) void router.navigate({ to: '/sign-in', search: { redirect: href } });
  },
  onMfaRequired: () => {
    if (!router.state.location.pathname.startsWith('/mfa-setup')) void router.navigate({ to: '/mfa-setup', replace: true });
  },
});
const router = createAppRouter(queryClient);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </PreferencesProvider>
    </QueryClientProvider>
  );
}
