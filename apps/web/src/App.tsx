import { AuthGate } from './auth/AuthGate.tsx';
import { useRoute } from './lib/useRoute.ts';
import { ProjectPage } from './project/ProjectPage.tsx';
import { ReviewPage } from './review/ReviewPage.tsx';
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
  // A proposal's review has its own address, to be shared with the reviewers.
  const proposal = /^\/proposals\/([^/]+)\/?$/.exec(path);
  if (proposal?.[1]) return <ReviewPage key={proposal[1]} id={decodeURIComponent(proposal[1])} />;
  return <StartPage />;
}
