/**
 * Таймырский район's Положение names eight mechanisms with goals and tasks but no indicators. As the
 * worked example of completing a Положение from the indicator library, each mechanism takes the
 * library indicators (here all worded as in the Асиновский Положение) that answer its tasks: ВПР/ОГЭ/ЕГЭ
 * results, functional literacy and objectivity for 7.1.1; identification of and support to ШНОР/ШНСУ and
 * networking for 7.1.2; and so on. The user changes the choice on «Показатели».
 */
export const TAIMYR_PICKS: Readonly<Record<string, readonly string[]>> = {
  "7.1.1": [
    "ASN.1.01.01",
    "ASN.1.01.02",
    "ASN.1.02.01",
    "ASN.1.02.02",
    "ASN.1.03.01",
    "ASN.1.03.02",
    "ASN.1.05.01",
    "ASN.1.06.01",
    "ASN.1.06.04",
  ],
  "7.1.2": ["ASN.2.01.01", "ASN.2.01.02", "ASN.2.02.01", "ASN.2.03.01", "ASN.2.03.02", "ASN.2.03.03"],
  "7.1.3": ["ASN.3.01.01", "ASN.3.03.01", "ASN.3.03.02", "ASN.3.05.01", "ASN.3.08.01"],
  "7.1.4": ["ASN.4.01.01", "ASN.4.02.01", "ASN.4.02.02", "ASN.4.04.01", "ASN.4.04.02", "ASN.4.06.01"],
  "7.2.1": ["ASN.5.01.01", "ASN.5.02.01", "ASN.5.04.02", "ASN.5.04.04", "ASN.5.05.04"],
  "7.2.2": ["ASN.6.01.01", "ASN.6.02.01", "ASN.6.03.01", "ASN.6.03.03", "ASN.6.04.01", "ASN.6.05.01"],
  "7.2.3": ["ASN.7.01.01", "ASN.7.02.02", "ASN.7.04.01", "ASN.7.05.01", "ASN.7.05.02", "ASN.7.07.01"],
  "7.2.4": ["ASN.8.01.01", "ASN.8.02.03", "ASN.8.02.06", "ASN.8.02.10", "ASN.8.03.01"],
};
