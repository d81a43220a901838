import type { SecretBox } from './connections/secret-box.ts';
import type { Engine } from './engine/engine.ts';
import type { JobRegistry } from './jobs/registry.ts';
import type { Store } from './store/store.ts';

/** What the route plugins share, handed to each as an option (no decorators, so types stay explicit). */
export interface Services {
  readonly store: Store;
  readonly engine: Engine;
  readonly box: SecretBox;
  readonly jobs: JobRegistry;
}

export interface ServicesOption {
  readonly services: Services;
}
