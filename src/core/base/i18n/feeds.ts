/** «Сбор данных» on «Показатели» for indicators the results sheets feed, or cannot. */
export const feedWords = {
  fromResults: "из результатов процедур",
  fromMedallists: "из листа «Медалисты»",
  fromFiokoList: "из листа «Список ФИОКО»",
  fromStatuses: "из отметок «ШНОР» и «ШНСУ» на листе «ОО»",
  notComputable: (plain: string, why: string) => `${plain} — ${why}`,
} as const;
