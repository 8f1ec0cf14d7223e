import type { DocCell, DocSection, ReportDocument } from "../../src/core/features/analysis/document";

const NBSP = "\u00a0";

/** Invented school names: «МБОУ «СОШ № 1»»… */
export const sampleSchools = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `МБОУ «СОШ №${NBSP}${i + 1}»`);

const num = (value: number): DocCell => ({ text: value.toFixed(1).replace(".", ","), value, align: "right" });

/**
 * A справка shaped like the real one, with invented content: a summary, procedure results with a table
 * long enough to cross pages, one system and recommendations. Tests of the renderer use it so they do not
 * depend on the report builder.
 */
export function sampleDocument(rows = 70): ReportDocument {
  const schools = sampleSchools(rows);
  const procedures: DocSection = {
    id: "procedures",
    pageBreakBefore: true,
    blocks: [
      { kind: "heading", level: 1, number: "2", text: "Результаты оценочных процедур" },
      { kind: "heading", level: 2, number: "2.1", text: "ВПР по русскому языку, 4 класс" },
      { kind: "paragraph", text: `Качество знаний составило 61,2${NBSP}% (в 2023/2024 учебном году — 58,4${NBSP}%).` },
      {
        kind: "table",
        caption: "Таблица 1. Результаты ВПР по русскому языку в 4 классах по ОО",
        header: [
          [{ text: "ОО" }, { text: "2022/2023", span: 2 }, { text: "2023/2024", span: 2 }],
          [
            { text: "" },
            { text: "Участников" },
            { text: "Качество, %" },
            { text: "Участников" },
            { text: "Качество, %" },
          ],
        ],
        rows: schools.map((school, i) => [
          { text: school },
          { text: String(20 + i), value: 20 + i, align: "right" },
          num(40 + (i % 30)),
          { text: String(21 + i), value: 21 + i, align: "right" },
          num(45 + (i % 25)),
        ]),
        widths: [3, 2, 2, 2, 2],
      },
      { kind: "paragraph", style: "note", text: "Малые выборки (менее 10 участников) не ранжируются." },
    ],
  };
  return {
    title: {
      authority: "Управление образования администрации Энского муниципального района",
      title: "Аналитическая справка по результатам мониторинга МСОКО",
      municipality: "Энский муниципальный район",
      period: "2024/2025 учебный год",
      date: "6 декабря 2026 г.",
      preparedBy: "Подготовил: методист ИМЦ",
    },
    sections: [
      {
        id: "summary",
        blocks: [
          { kind: "heading", level: 1, number: "1", text: "Основные выводы" },
          {
            kind: "paragraph",
            style: "bullet",
            text: `Доля участников ОГЭ, получивших «2», снизилась на 2,3${NBSP}п.п. (с 8,1${NBSP}% до 5,8${NBSP}%).`,
          },
          { kind: "paragraph", style: "bullet", text: `Внимания требуют 2 ОО: ${schools.slice(0, 2).join(", ")}.` },
          {
            kind: "paragraph",
            text: "Текст основных выводов занимает не больше страницы и содержит главные изменения года.",
          },
        ],
      },
      procedures,
      {
        id: "system:ASN.1",
        blocks: [
          { kind: "heading", level: 1, number: "3", text: "Система оценки качества подготовки обучающихся" },
          { kind: "paragraph", text: "Цель: объективная оценка уровня подготовки обучающихся." },
          {
            kind: "table",
            header: [[{ text: "Показатель" }, { text: "2023/2024" }, { text: "2024/2025" }, { text: "Изменение" }]],
            rows: [
              [{ text: "Доля ОО с признаками необъективности" }, num(11.1), num(5.6), { text: `−5,5${NBSP}п.п.` }],
            ],
            widths: [5, 1, 1, 1],
          },
          {
            kind: "chart",
            title: "Качество знаний, %",
            unit: "%",
            categories: ["2022/2023", "2023/2024", "2024/2025"],
            series: [{ name: "Русский язык", values: [55.2, null, -1.5] }],
          },
        ],
      },
      {
        id: "recommendations",
        blocks: [
          { kind: "heading", level: 1, number: "4", text: "Адресные рекомендации" },
          { kind: "paragraph", style: "bullet", text: "Управлению образования: до 1 октября 2025 г. ..." },
        ],
      },
    ],
  };
}
