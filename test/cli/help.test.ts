import { cliText, commandHelp } from "../../src/core/base/i18n/cli";
import { COMMANDS } from "../../src/cli/main";
import { DEFAULT_DEMO_PATH } from "../../src/cli/commands/demo";
import { runCli } from "./run";

const names = Object.keys(COMMANDS);
/** Words Node's argument parser or a stack trace would show; none may reach the user. */
const ENGLISH = /[A-Za-z]{3,} [A-Za-z]{3,}|Unknown|argument|option '|Error/;

describe("msoko --help", () => {
  test.each(names)("msoko %s --help describes the command and every option it accepts, in Russian", async (name) => {
    const { code, out, err } = await runCli(name, "--help");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out.split("\n")[0]).toBe(`msoko ${name} — ${commandHelp[name].summary}`);
    expect(out).toContain(`msoko ${commandHelp[name].synopsis}`);
    const accepted = Object.keys(COMMANDS[name].spec.options);
    expect(Object.keys(commandHelp[name].options).sort()).toEqual([...accepted].sort());
    for (const option of accepted) expect(out).toMatch(new RegExp(`^ {2}--${option}\\b`, "m"));
    expect(out).toMatch(/^ {2}--help\s+эта справка$/m);
    expect(await runCli(name, "-h")).toEqual({ code, out, err });
    expect(await runCli("help", name)).toEqual({ code, out, err });
  });

  test("the help is asked for anywhere in the command, not run", async () => {
    const asked = await runCli("build", "--framework", "asino", "--out", "/nonexistent/x.xlsx", "--help");
    expect(asked).toEqual(await runCli("build", "--help"));
  });

  test("msoko help lists every command, with how it is called", async () => {
    const { code, out } = await runCli("help");
    expect(code).toBe(0);
    for (const name of names) expect(out).toContain(`msoko ${commandHelp[name].synopsis}`);
    expect(await runCli()).toMatchObject({ code: 2, out });
    expect(await runCli("help", "print")).toMatchObject({
      code: 2,
      err: "Неизвестная команда «print». Справка: msoko help",
    });
  });

  test("defaults the help names are the ones the commands use", async () => {
    expect((await runCli("demo", "--help")).out).toContain(DEFAULT_DEMO_PATH);
  });
});

describe("argument mistakes are told in Russian, never in the parser's English", () => {
  const cases: [string[], string][] = [
    [["build", "--framwork", "asino"], cliText.unknownOption("build", "--framwork", "--framework")],
    [["validate", "--xml", "книга.xlsx"], cliText.unknownOption("validate", "--xml", undefined)],
    [["catalog", "-j"], cliText.unknownOption("catalog", "-j", undefined)],
    [["build", "--framework", "asino", "--out"], cliText.missingValue("--out", "КНИГА.xlsx")],
    [["analyze", "книга.xlsx", "--period", "--out", "x.xlsx"], cliText.missingValue("--period", "ПЕРИОД")],
    [["validate", "книга.xlsx", "--json=да"], cliText.noValueExpected("--json")],
    [["demo", "лишнее"], cliText.unexpectedArgument("demo", "лишнее")],
    [["self-assessment", "--out", "x.xlsx", "книга.xlsx"], cliText.unexpectedArgument("self-assessment", "книга.xlsx")],
  ];
  test.each(cases)("msoko %j", async (argv, message) => {
    const { code, out, err } = await runCli(...argv);
    expect({ code, out, err }).toEqual({ code: 2, out: "", err: message });
    expect(err.replace(/msoko [a-z-]+|--[a-z]+|-[a-z]\b|КНИГА\.xlsx/g, "")).not.toMatch(ENGLISH);
  });
});
