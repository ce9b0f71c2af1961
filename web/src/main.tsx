import "@mantine/core/styles.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { readSavedLanguage } from "./lib/i18n/index.tsx";

// Set before the first paint, so assistive technology reads the page in the right language.
document.documentElement.lang = readSavedLanguage();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
