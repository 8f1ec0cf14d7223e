import { CellError, ErrorType } from "hyperformula";
import { FakeCustomFunctionError, installCustomFunctionsGlobal } from "../helpers/customFunctionsGlobal";

installCustomFunctionsGlobal();
const shipped = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

/**
 * What Excel hands a custom function besides plain values: error values in a referenced range (as
 * CustomFunctions.Error, as a rich error value, or as the formula engine's CellError) and rich values (data types,
 * formatted numbers). Each function answers a Russian #VALUE! naming the argument and the error as a Russian Excel
 * shows it, or uses the rich value's plain value; none throws, and no «[object Object]» reaches a cell.
 */

const NA = new FakeCustomFunctionError("#N/A", "");
const RICH_ERROR = { type: "Error", errorType: "Div0" };
const ENGINE_ERROR = new CellError(ErrorType.REF);
const DOUBLE = { type: "Double", basicValue: 3800 };
const FORMATTED = { type: "FormattedNumber", basicValue: 2819, numberFormat: "0" };
const CARD = { type: "Entity", text: "Доля выпускников", properties: {} };
const SHAPELESS = { type: "Entity", properties: {} };

const only = (matrix: unknown[][]) => matrix[0][0];

function expectValueError(result: unknown, message: RegExp): void {
  expect(result).toBeInstanceOf(FakeCustomFunctionError);
  const error = result as FakeCustomFunctionError;
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toMatch(message);
  expect(error.message).not.toMatch(/object|undefined|trim|TypeError/);
}

test.each([
  ["#N/A from Excel", NA, /^Числитель: в ячейке ошибка #Н\/Д — исправьте формулу или данные/],
  ["a rich #DIV/0! value", RICH_ERROR, /^Числитель: в ячейке ошибка #ДЕЛ\/0!/],
  ["the engine's #REF!", ENGINE_ERROR, /^Числитель: в ячейке ошибка #ССЫЛКА!/],
])("SHARE over a range with %s gives a Russian #VALUE! in that cell only", (_, bad, message) => {
  const result = shipped.share([[2819], [bad]], [[3800], [3800]]);
  expect(result[0][0]).toBe(74.2);
  expectValueError(result[1][0], message);
});

test("every function answers an error value in each of its inputs without throwing", () => {
  expectValueError(only(shipped.dynamics([[NA]], [[1]])), /^Текущее значение: .*#Н\/Д/);
  expectValueError(only(shipped.dynamics([[1]], [[2]], [[NA]])), /^Вид изменения: .*#Н\/Д/);
  expectValueError(only(shipped.trend([[1, NA, 3]])), /#Н\/Д/);
  expectValueError(only(shipped.quality([[NA]], [[1]], [[1]], [[1]])), /#Н\/Д/);
  expectValueError(only(shipped.status([[1]], [[2]], [[RICH_ERROR]])), /^Направление: .*#ДЕЛ\/0!/);
  expectValueError(only(shipped.describe([[NA]], [[39]], [[34.2]])), /^Название показателя: .*#Н\/Д/);
  expectValueError(only(shipped.describe([["Доля"]], [[39]], [[34.2]], [[NA]])), /^Единица: .*#Н\/Д/);
  expectValueError(only(shipped.describe([["Доля"]], [[39]], [[34.2]], [["%"]], [[NA]])), /^Направление: /);
  expectValueError(only(shipped.risk([[10, NA, 30]])), /#Н\/Д/);
});

test("rich values give their plain value: a number, a data type card's text", () => {
  expect(only(shipped.share([[FORMATTED]], [[DOUBLE]]))).toBe(74.2);
  const sentence = only(shipped.describe([[CARD]], [[39]], [[34.2]]));
  expect(String(sentence).replace(/\u00a0/g, " ")).toBe("Доля выпускников выросла с 34,2 % до 39,0 % (+4,8 п.п.).");
  expectValueError(
    only(shipped.describe([[SHAPELESS]], [[39]], [[34.2]])),
    /^Название показателя: в ячейке тип данных/,
  );
  expectValueError(only(shipped.share([[SHAPELESS]], [[10]])), /^Числитель: в ячейке тип данных/);
});
