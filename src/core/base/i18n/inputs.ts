/** Messages for values a function cannot take: Excel error values and rich values (data types) in its inputs. */
export const inputsRu = {
  /** Excel's error codes as a Russian Excel shows them. */
  errorNames: {
    "#DIV/0!": "#ДЕЛ/0!",
    "#VALUE!": "#ЗНАЧ!",
    "#REF!": "#ССЫЛКА!",
    "#NAME?": "#ИМЯ?",
    "#NUM!": "#ЧИСЛО!",
    "#N/A": "#Н/Д",
    "#NULL!": "#ПУСТО!",
    "#SPILL!": "#ПЕРЕНОС!",
    "#CALC!": "#ВЫЧИСЛ!",
    "#BUSY!": "#ЗАНЯТО!",
    "#GETTING_DATA": "#ПОЛУЧЕНИЕ_ДАННЫХ",
    "#FIELD!": "#ПОЛЕ!",
    "#CONNECT!": "#ПОДКЛЮЧЕНИЕ!",
    "#BLOCKED!": "#БЛОКИРОВАНО!",
    "#UNKNOWN!": "#НЕИЗВЕСТНО!",
  } as Record<string, string>,
  errorValue: (what: string, name: string) =>
    `${what}: в ячейке ошибка ${name} — исправьте формулу или данные, на которые она ссылается`,
  someErrorValue: (what: string) => `${what}: в ячейке ошибка — исправьте формулу или данные, на которые она ссылается`,
  richValue: (what: string, text: string) =>
    `${what}: в ячейке тип данных${text ? ` «${text}»` : ""}, а ожидается число или текст — вставьте значение ячейки`,
  anyArgument: "Аргумент",
  args: { mode: "Вид изменения", direction: "Направление", unit: "Единица", name: "Название показателя" },
} as const;
