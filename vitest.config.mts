import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["main/**/*.test.ts", "renderer/**/*.test.ts", "content/**/*.test.ts"],
    environment: "node",
    globalSetup: ["main/testing/global-setup.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
