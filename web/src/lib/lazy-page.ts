import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * A page loaded with its own chunk the first time it is shown, so that the first visit downloads the
 * shell and the page it opens on, not every page of the app. `name` is the page's named export.
 */
export function lazyPage<Name extends string, Module extends { [key in Name]: ComponentType }>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
