import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component fetched the first time it renders (wrap it in a Suspense boundary): the screens and
 * dialogs a visit may never open stay out of the first screen's JavaScript.
 */
export function lazyNamed<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((component) => ({ default: component })));
}
