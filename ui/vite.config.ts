import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";

// The UI is served by Tauri from ui/dist in every build users and tests run;
// the dev server is only for `cargo xtask dev`.
export default defineConfig({
  // svelteTesting only acts under Vitest: browser exports and cleanup after each test.
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // UI messages live in ../locales, shared with the Rust side.
    fs: { allow: [".", "../locales"] },
  },
  build: {
    target: "safari15",
    // Fonts must ship as files: no data: URLs, which the CSP does not allow.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2048,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
