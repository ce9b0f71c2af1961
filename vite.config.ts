import { defineConfig, type Plugin } from "vite";
import { precompressDirectory } from "./src/server/web-assets.ts";

/** Brotli and gzip copies of the built files, written once beside them for the server to send. */
function precompress(): Plugin {
  return {
    name: "cqpi-precompress",
    apply: "build",
    async writeBundle(options) {
      if (options.dir) await precompressDirectory(options.dir);
    },
  };
}

/** The chart library and the packages only it depends on. */
const chartLibraries =
  "(@mantine[\\\\/]charts|recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|immer|reselect|es-toolkit|decimal\\.js-light|eventemitter3|tiny-invariant)[\\\\/]";

/**
 * The single-page app lives in web/; the server serves web/dist in production. Each page is its own
 * chunk (the router imports them lazily), beside the shared libraries' chunk.
 */
export default defineConfig({
  root: "web",
  plugins: [precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      // Libraries mark React Server Components with "use client"; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      output: {
        // The libraries in one chunk that changes only with them (kept by browsers across releases), and
        // the app's code used by several pages in another, rather than dozens of small shared chunks,
        // each a round trip on a slow link; what one page alone uses stays in its chunk.
        codeSplitting: {
          groups: [
            { name: "vendor", test: new RegExp(`node_modules[\\\\/](?!${chartLibraries})`), priority: 3 },
            // The charts and what only they use, loaded with the observatory's pages alone.
            { name: "charts", test: new RegExp(`node_modules[\\\\/]${chartLibraries}`), priority: 2 },
            { name: "shared", test: /web[\\/]src[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
