import { z } from "zod";
import { DIRECTIONS } from "../base/model/terms";

/** Units of measurement an indicator can have. `unitVerbatim` keeps the source's own word. */
export const unitSchema = z.enum(["percent", "count", "yesno", "ratio", "score"]);
export type Unit = z.infer<typeof unitSchema>;

/** Whether a higher value is better, a lower one, or neither (e.g. a count of events). */
export const directionSchema = z.enum(DIRECTIONS);

/** Dimensions a value can be broken down by, as the source names them. */
export const breakdownSchema = z.enum(["level", "educationLevel", "olympiadStage", "subject", "grade", "procedure"]);
export type Breakdown = z.infer<typeof breakdownSchema>;

/** Where an indicator's value is collected: per school (and summed up) or once for the municipality. */
export const collectedPerSchema = z.enum(["school", "municipality"]);
export type CollectedPer = z.infer<typeof collectedPerSchema>;

/** Kinds of educational organisation: general-education school, kindergarten, additional education. */
export const orgKindSchema = z.enum(["school", "preschool", "additional"]);
export type OrgKind = z.infer<typeof orgKindSchema>;

const description = z.string().trim().min(1);

/** How the value of an indicator is obtained. Descriptions are short Russian phrases. */
export const computationSchema = z.discriminatedUnion("kind", [
  /** numerator ÷ denominator × 100, e.g. «участники ЕГЭ с 81–100 баллами» ÷ «участники ЕГЭ». */
  z.object({ kind: z.literal("share"), numerator: description, denominator: description }),
  /** A whole number of things. */
  z.object({ kind: z.literal("count"), of: description }),
  /** Да / нет. */
  z.object({ kind: z.literal("yesno") }),
  /** numerator ÷ denominator, not in percent (e.g. pupils per teacher). */
  z.object({ kind: z.literal("ratio"), numerator: description, denominator: description }),
  /** A yes/no flag per organisation by `flag`, then the share of flagged organisations among `population`. */
  z.object({ kind: z.literal("flagShare"), flag: description, population: description }),
  /** Mean of a value over a population (e.g. average test score). */
  z.object({ kind: z.literal("average"), of: description }),
  /** Points on a scale, e.g. a rating. */
  z.object({ kind: z.literal("score"), of: description }),
]);
export type Computation = z.infer<typeof computationSchema>;

/** Where an item stands in its source document (file under shared/seeds, section or table, line). */
export const sourceRefSchema = z.object({
  /** A seed file, or «own» for the user's own Положение read from their file. */
  document: z.string().regex(/^(\d{3}_[0-9a-f]{16}\.txt|own)$/),
  section: z.string().min(1),
  line: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const indicatorSchema = z.object({
  /** Stable code, unique within the whole catalog, e.g. «ASN.1.1.01». ASCII letters, digits, dots. */
  code: z.string().regex(/^[A-Z]{2,5}(\.[0-9A-Za-z]+)+$/),
  /** The wording exactly as in the source (OCR damage, case and all; whitespace may be normalised). */
  name: description,
  /** Cleaned display label in the nominative («Доля ОО …»), with OCR damage repaired. */
  label: description,
  unit: unitSchema,
  /** The unit word as the source writes it («Процент», «Единицы», «Да/нет»), absent when blank. */
  unitVerbatim: z.string().optional(),
  computation: computationSchema,
  breakdowns: z.array(breakdownSchema).default([]),
  /**
   * The parts the source breaks the value into, in its order («школьный этап», «НОО»): each gets an input of its
   * own, and the total is computed from them. Absent: the value is collected whole.
   */
  parts: z.array(description).min(2).optional(),
  direction: directionSchema,
  collectedPer: collectedPerSchema,
  /** Kinds of organisation a per-school indicator is collected from; absent: read from the names (audience.ts). */
  audience: z.array(orgKindSchema).optional(),
  source: sourceRefSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const criterionSchema = z.object({
  code: z.string().min(1),
  /** Verbatim; empty string where the source has an indicator without a criterion. */
  name: z.string(),
  label: z.string(),
  indicators: z.array(indicatorSchema),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const systemSchema = z.object({
  code: z.string().min(1),
  /** Verbatim name of the system (mechanism, subsystem). */
  name: description,
  label: description,
  /** Short name for a worksheet tab: at most 31 characters, none of : \ / ? * [ ]. */
  sheetName: z
    .string()
    .min(1)
    .max(31)
    .regex(/^[^:\\/?*[\]]+$/),
  goals: z.array(description).default([]),
  tasks: z.array(description).default([]),
  criteria: z.array(criterionSchema),
  source: sourceRefSchema,
});
export type System = z.infer<typeof systemSchema>;

export const frameworkSchema = z.object({
  /** Stable id: asino, tula, abinsk, taimyr. */
  id: z.string().regex(/^[a-z]+$/),
  /** «Асиновский район». */
  municipality: description,
  /** Title of the source document. */
  title: description,
  document: sourceRefSchema.shape.document,
  systems: z.array(systemSchema).min(1),
});
export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkInput = z.input<typeof frameworkSchema>;
export type CriterionInput = z.input<typeof criterionSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;
