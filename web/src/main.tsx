import "@mantine/core/styles.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { readSavedLanguage } from "./lib/i18n/index.tsx";

// Set before the first paint, so assistive technology reads the page in the right language.
document.documentElement.lang = readSavedLanguage();

// A page's chunk that is gone (a new version was installed while this tab stayed open): load the new
// version once, rather than leave the page broken; a second failure within a minute is left to show.
window.addEventListener("vite:preloadError", (event) => {
  const lastReload = Number(sessionStorage.getItem("cqpi-chunk-reload") ?? 0);
  if (Date.now() - lastReload < 60_000) return;
  event.preventDefault();
  sessionStorage.setItem("cqpi-chunk-reload", String(Date.now()));
  window.location.reload();
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
