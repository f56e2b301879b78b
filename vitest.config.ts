import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Generous: the suite must pass on a busy 2-core machine (hooks load studies and simulate data sets).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
