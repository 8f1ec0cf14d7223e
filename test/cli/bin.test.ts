import { execFileSync, spawnSync } from "node:child_process";
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

  test("`node lib/cli/main.js …` behaves as `npx msoko …`: same output, same exit code", () => {
    const run = (command: string, args: string[]) => {
      const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    for (const args of [["build", "--help"], ["calc", "SHARE", "2819", "3800"], ["build", "--frmework", "x"], []]) {
      const direct = run("node", [join(root, "lib", "cli", "main.js"), ...args]);
      expect(direct.stdout + direct.stderr).not.toBe("");
      expect(direct).toEqual(run("npx", ["msoko", ...args]));
    }
    expect(run("node", [join(root, "lib", "cli", "main.js"), "calc", "SHARE", "2819", "3800"])).toEqual({
      status: 0,
      stdout: "74,2\n",
      stderr: "",
    });
  });
});
