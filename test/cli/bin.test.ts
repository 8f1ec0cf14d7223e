import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

describe("the msoko bin", () => {
  beforeAll(() => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
  });

  test("runs as `npx msoko` after the build, the way the README says", () => {
    const out = execFileSync("npx", ["msoko", "catalog", "--json", "--framework", "tula"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(JSON.parse(out).frameworks[0].id).toBe("tula");
  });
});
