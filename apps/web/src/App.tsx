import { useRoute } from './lib/useRoute.ts';
import { ProjectPage } from './project/ProjectPage.tsx';
import { StartPage } from './start/StartPage.tsx';

export function App() {
  const path = useRoute();
  const match = /^\/projects\/([^/]+)\/?$/.exec(path);
  if (match?.[1]) return <ProjectPage id={decodeURIComponent(match[1])} />;
  return <StartPage />;
}
