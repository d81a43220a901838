import { AuthGate } from './auth/AuthGate.tsx';
import { useRoute } from './lib/useRoute.ts';
import { ProjectPage } from './project/ProjectPage.tsx';
import { StartPage } from './start/StartPage.tsx';

export function App() {
  return (
    <AuthGate>
      <Pages />
    </AuthGate>
  );
}

function Pages() {
  const path = useRoute();
  const match = /^\/projects\/([^/]+)\/?$/.exec(path);
  if (match?.[1]) return <ProjectPage id={decodeURIComponent(match[1])} />;
  return <StartPage />;
}
