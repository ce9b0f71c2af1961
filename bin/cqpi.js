#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx compiles them on load), so `npx cqpi` works from a checkout.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
