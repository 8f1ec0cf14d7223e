/** What the user reads when a file cannot be read or written: each problem its own message, with what to do. */
export const filesRu = {
  notFound: (path: string) => `Файл «${path}» не найден. Проверьте имя и папку (путь можно взять в кавычки).`,
  isFolder: (path: string) => `«${path}» — это папка, а не файл. Укажите путь к книге .xlsx.`,
  empty: (path: string) =>
    `Файл «${path}» пуст (0 байт): книги в нём нет. Возможно, его запись прервалась — возьмите резервную копию.`,
  xls: (path: string) =>
    `Файл «${path}» — книга старого формата Excel 97–2003 (.xls). Откройте её в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)», затем повторите команду с новым файлом.`,
  encrypted: (path: string) =>
    `Файл «${path}» защищён паролем (зашифрован). Откройте его в Excel, снимите пароль (Файл › Сведения › Защитить книгу › Зашифровать с использованием пароля — очистите поле) и сохраните копию без пароля для msoko.`,
  text: (path: string) =>
    `Файл «${path}» — текст (например, CSV), а не книга Excel. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)».`,
  ods: (path: string) =>
    `Файл «${path}» — таблица OpenDocument (.ods). Сохраните её в LibreOffice как «Excel 2007–365 (.xlsx)» и повторите команду.`,
  notWorkbook: (path: string) =>
    `Файл «${path}» — не книга Excel (.xlsx): в нём нет листов книги. Проверьте, тот ли файл указан.`,
  damaged: (path: string) =>
    `Файл «${path}» повреждён: архив книги .xlsx не читается (возможно, файл скачан или скопирован не полностью). Откройте его в Excel — он предложит восстановить книгу — и сохраните копию, либо возьмите резервную копию.`,
  unreadable: (path: string) =>
    `Книгу «${path}» не удалось прочитать: её содержимое не соответствует формату .xlsx. Откройте её в Excel или LibreOffice и сохраните заново как «Книга Excel (.xlsx)».`,
  tooLargeFile: (path: string, megabytes: string, limit: string) =>
    `Файл «${path}» слишком велик: ${megabytes} МБ, обрабатываются книги до ${limit} МБ. Удалите из копии книги лишние листы и пустые строки и повторите команду.`,
  tooManyCells: (path: string, sheet: string, cells: string, limit: string) =>
    `Лист «${sheet}» книги «${path}» слишком велик: ${cells} ячеек, обрабатывается до ${limit}. Чаще всего это форматирование, протянутое до конца листа: удалите пустые строки и столбцы ниже и правее данных и сохраните книгу.`,
  tooManyCellsBook: (path: string, cells: string, limit: string) =>
    `Книга «${path}» слишком велика: ${cells} ячеек на всех листах, обрабатывается до ${limit}. Удалите из копии книги лишние листы и пустые строки и столбцы ниже и правее данных и повторите команду.`,
  tooMuchSheetData: (path: string, megabytes: string, limit: string) =>
    `Книга «${path}» слишком велика: данные листов занимают ${megabytes} МБ, обрабатывается до ${limit} МБ. Удалите из копии книги лишние листы и пустые строки и повторите команду.`,
  noSpace: (path: string) =>
    `Не хватает места на диске, чтобы записать «${path}». Освободите место или укажите другой диск (--out). Исходная книга не изменена.`,
  noPermission: (path: string) =>
    `Нет прав на запись «${path}»: файл или папка только для чтения, либо книга открыта в Excel. Закройте книгу или укажите другой файл (--out). Исходная книга не изменена.`,
  noReadPermission: (path: string) =>
    `Нет прав на чтение файла «${path}». Скопируйте его в свою папку или попросите доступ у администратора.`,
  readOnlyDisk: (path: string) =>
    `Диск, на который записывается «${path}», доступен только для чтения. Укажите другое место (--out). Исходная книга не изменена.`,
  writeFailed: (path: string, code: string) =>
    `Не удалось записать «${path}» (ошибка ${code}). Исходная книга не изменена; проверьте диск и повторите команду.`,
  readFailed: (path: string, code: string) => `Не удалось прочитать «${path}» (ошибка ${code}). Проверьте диск и файл.`,
  wouldLose: (path: string, parts: string) =>
    `Книга «${path}» не перезаписана: msoko не умеет сохранить в ней ${parts}, и они пропали бы. Запишите результат в другой файл (--out НОВАЯ.xlsx): исходная книга останется как была.`,
  lostInCopy: (path: string, parts: string) =>
    `В «${path}» не перенесены ${parts}: msoko не умеет их сохранять. В исходной книге они остались.`,
  /** Parts of a package msoko cannot carry over, in the accusative after «сохранить в ней». */
  parts: {
    pivotTables: "сводные таблицы",
    connections: "подключения к данным и запросы Power Query",
    externalLinks: "связи с другими книгами",
    macros: "макросы (VBA)",
    slicers: "срезы и временные шкалы",
    activeX: "элементы управления ActiveX",
  },
} as const;

export type CarryLossKind = keyof typeof filesRu.parts;
