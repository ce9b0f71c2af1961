import { defineConfig } from "vite";

/** The single-page app lives in web/; the server serves web/dist in production. */
export default defineConfig({
  root: "web",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
