/**
 * The slice of the custom-functions runtime our functions touch (CustomFunctions.Error and its
 * codes), installed as a global the way Excel provides it, so tests call the shipped functions.
 */
export class FakeCustomFunctionError {
  readonly name = "CustomFunctions.Error";
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsGlobal(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}
